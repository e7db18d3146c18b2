// The published content itself: it must validate without a single finding, and its export
// must satisfy the public data contract.

import { loadContent, renderFinding, schemaValidators, toExport } from "@styrdok/core";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "./paths.ts";

// A fixed day: whether a document's validity has ended must not turn the test red on a date
// with no change to the content. `styrdok validate` itself judges by today.
const result = await loadContent(["content"], { cwd: repositoryRoot, today: "2026-11-22" });

describe("content/", () => {
  it("validates with zero errors and zero warnings", () => {
    const findings = result.files.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.ruleId} ${renderFinding(message, "sv")}`));
    expect(findings).toEqual([]);
  });

  it("exports data that satisfies schemas/export.schema.json", () => {
    const validate = schemaValidators().ajv.getSchema("export.schema.json")!;
    const data = toExport(result);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(data.documents.length).toBeGreaterThan(0);
  });
});
