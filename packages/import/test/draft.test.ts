import { describe, expect, it } from "vitest";
import { clean, proposeCandidates, readSource, wordsOf, writeDraft } from "../src/index.ts";

async function draftOf(text: string) {
  const read = await readSource(new TextEncoder().encode(text));
  if (!read.ok) throw new Error("unreadable");
  const cleaned = clean(read.source, wordsOf(read.source));
  const candidates = proposeCandidates(cleaned.blocks, { actors: [], sources: [] });
  return {
    candidates,
    draft: writeDraft(read.source, cleaned, candidates, { id: "plan", kind: "strategy", counties: ["dalarna"], fileName: "plan.txt", today: "2026-12-07", taken: new Set(["plan-mal-2"]) }),
  };
}

describe("writeDraft", () => {
  it("gives chapters and items ids from one set, so that a chapter MÅL 1 and the goal under it differ, and skips ids that are taken", async () => {
    const { draft } = await draftOf(["MÅL 1", "", "Våldet ska minska i hela länet.", "", "MÅL 2", "", "Stödet ska bli bättre i hela länet."].join("\n"));
    const ids = [...draft.files.values()].flatMap((text) => [...text.matchAll(/^ {0,2}(?:- )?id: (\S+)$/gm)].map((match) => match[1]));
    // The chapter "MÅL 1" is plan-mal-1, plan-mal-2 is taken: the goals are 3 and 4.
    expect(ids).toEqual(["plan", "plan-mal-1", "plan-mal-3", "plan-mal-4"]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("takes a heading such as Målsättningar 2022-2026 for a section, not a goal", async () => {
    const { candidates } = await draftOf(["Målsättningar 2022-2026", "", "Målet är att våldet ska upphöra och att alla ska få stöd."].join("\n"));
    expect(candidates.goals.map((goal) => goal.text)).toEqual(["Målet är att våldet ska upphöra och att alla ska få stöd."]);
  });
});
