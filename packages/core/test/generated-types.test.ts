import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateLabels, generateTypes, labelsFile, outputFile } from "../scripts/generate-types.ts";

describe("generated types", () => {
  it("match the schemas (run `pnpm task:types` after changing a schema)", async () => {
    expect(readFileSync(outputFile, "utf8")).toBe(await generateTypes());
  });

  it("include the words of every enumerated value (run `pnpm task:types` after changing a schema)", () => {
    expect(readFileSync(labelsFile, "utf8")).toBe(generateLabels());
  });
});
