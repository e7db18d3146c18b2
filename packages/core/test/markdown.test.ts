import { describe, expect, it } from "vitest";
import { looksExpensive, parseMarkdown } from "../src/markdown.ts";

describe("parseMarkdown", () => {
  const ordinary = "---\ntype: chapter\n---\n## Rubrik\n\nText med [länk](#x) och fotnot.[^1]\n\n- punkt\n  - underpunkt\n\n[^1]: Fotnot.\n";

  it("gives the same tree in this thread and in a worker", async () => {
    const [here] = await parseMarkdown([ordinary]);
    const [there] = await parseMarkdown([ordinary], { inThreadLimit: 0 });
    expect(there).toEqual(here);
    expect("tree" in here! && here.tree.children.map((node) => node.type)).toEqual(["yaml", "heading", "paragraph", "list", "footnoteDefinition"]);
  });

  it("gives up on a body that misses its deadline, and still parses the others", async () => {
    const hostile = "[".repeat(60_000) + "]".repeat(60_000);
    const started = Date.now();
    const outcomes = await parseMarkdown([ordinary, hostile, ordinary], { timeoutMs: 500, workers: 1, inThreadLimit: 0 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(outcomes.map((outcome) => ("tree" in outcome ? "tree" : outcome.failure))).toEqual(["tree", "timeout", "tree"]);
  });

  it("sends only input with the marks of slow parsing to a worker", () => {
    expect(looksExpensive(ordinary)).toBe(false);
    expect(looksExpensive("[".repeat(5000))).toBe(true);
    expect(looksExpensive(Array.from({ length: 30 }, (_, i) => "  ".repeat(i) + "- a").join("\n"))).toBe(true);
    expect(looksExpensive(">".repeat(30) + " x")).toBe(true);
  });
});
