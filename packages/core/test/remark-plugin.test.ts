import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import remarkStyrdok from "../src/remark-styrdok.ts";

describe("remark-styrdok", () => {
  it("reports styrdok's per-file findings inside an ordinary remark pipeline", async () => {
    const file = new VFile({ path: "actors.md", value: "---\ntype: actors\nactors:\n  - id: a\n    name: A\n    kind: stad\n---\n" });
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkStyrdok, { lang: "en" });
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column, message.fatal])).toEqual([["schema-enum", 6, 11, true]]);
    expect(file.messages[0]!.reason).toContain('has the value "stad"');
  });
});
