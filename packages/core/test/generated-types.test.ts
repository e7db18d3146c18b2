import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateTypes, outputFile } from "../scripts/generate-types.ts";

describe("generated types", () => {
  it("match the schemas (run `pnpm task:types` after changing a schema)", async () => {
    expect(readFileSync(outputFile, "utf8")).toBe(await generateTypes());
  });
});
