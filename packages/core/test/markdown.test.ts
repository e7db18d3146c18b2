import { describe, expect, it } from "vitest";
import { markdownProcessor, parseMarkdown } from "../src/markdown.ts";

describe("parseMarkdown", () => {
  const ordinary = "---\ntype: chapter\n---\n## Rubrik\n\nText med [länk](#x) och fotnot.[^1]\n\n- punkt\n  - underpunkt\n\n[^1]: Fotnot.\n";

  it("gives the same tree as remark in this thread", async () => {
    const [outcome] = await parseMarkdown([ordinary]);
    expect(outcome).toEqual({ tree: JSON.parse(JSON.stringify(markdownProcessor.parse(ordinary))) });
    expect("tree" in outcome! && outcome.tree.children.map((node) => node.type)).toEqual(["yaml", "heading", "paragraph", "list", "footnoteDefinition"]);
  });

  it("gives up on a body that misses its deadline, and still parses the others", async () => {
    const hostile = "[".repeat(60_000) + "]".repeat(60_000);
    const started = Date.now();
    const outcomes = await parseMarkdown([ordinary, hostile, ordinary], { timeoutMs: 500, workers: 1 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(outcomes.map((outcome) => ("tree" in outcome ? "tree" : outcome.failure))).toEqual(["tree", "timeout", "tree"]);
  });

  it("has a deadline for small hostile inputs too", async () => {
    const small = `${"- ".repeat(8_000)}x\n`;
    const [outcome] = await parseMarkdown([small], { timeoutMs: 300 });
    expect(outcome).toEqual({ failure: "timeout", seconds: 0.3 });
  });
});
