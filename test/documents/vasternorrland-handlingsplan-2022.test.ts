// Seed 003 (../shared/seeds/003_45f1ef328fe546cc.txt): Västernorrland's regional action plan.
// The expected counts were written by hand from the source, each with the source lines it
// comes from, so that a lost or invented item fails the test.

import { loadContent, toExport } from "@styrdok/core";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../paths.ts";

const id = "vasternorrland-handlingsplan-2022";
const data = toExport(await loadContent(["content"], { cwd: repositoryRoot }));
const inDocument = <T extends { document: string }>(items: T[]) => items.filter((item) => item.document === id);
const count = <T>(items: T[], predicate: (item: T) => boolean) => items.filter(predicate).length;

describe(`${id} (seed 003)`, () => {
  const goals = inDocument(data.goals);
  const measures = inDocument(data.measures);
  const responsibilities = inDocument(data.responsibilities);

  it("has the vision and the four målsättningar, linked to the national strategy", () => {
    // L472–478 "Den långsiktiga visionen … är en nollvision"; L490–500 "Målsättningar 2022-2026", four bullets.
    expect(count(goals, (goal) => goal.level === "vision")).toBe(1);
    const aims = goals.filter((goal) => goal.level === "malsattning");
    expect(aims.map((goal) => goal.text)).toEqual([
      "Ett utökat och verkningsfullt förebyggande arbete mot våld.",
      "Förbättrad upptäckt av våld och starkare skydd och stöd för våldsutsatta kvinnor och barn.",
      "Effektivare brottsbekämpning",
      "Förbättrad kunskap och metod-utveckling",
    ]);
    // The second wording heads each measures section (L721–723, L743–744, L787, L818).
    expect(aims.every((goal) => goal.variants?.length === 1)).toBe(true);
    expect(aims.map((goal) => goal.frameworkGoals)).toEqual([1, 2, 3, 4].map((n) => [`nationell-strategi-2017-2026-mal-${n}`]));
  });

  it("has every measure under each goal", () => {
    // Goal 1: L727–741, 6 bullets. Goal 2: L748–762, 6 bullets, and L765–785 under
    // "Skydd, stöd och behandling", 9 bullets. Goal 3: L791–816, 10 bullets. Goal 4: L822–848, 9 bullets.
    const perGoal = [1, 2, 3, 4].map((n) => count(measures, (measure) => measure.goals.includes(`${id}-mal-${n}`)));
    expect(perGoal).toEqual([6, 15, 10, 9]);
    expect(measures).toHaveLength(40);
    expect(count(measures, (measure) => measure.group === "Skydd, stöd och behandling")).toBe(9);
    expect(measures.every((measure) => measure.responsible.length > 0 && measure.timeframe?.to === "2024")).toBe(true);
  });

  it("has each authority's responsibilities from the Ansvarsbeskrivning", () => {
    const byLabel = (label: string) => count(responsibilities, (responsibility) => responsibility.actorLabel === label);
    expect(byLabel("Kommunens ansvar")).toBe(19); // L889–995: 19 bullets
    expect(byLabel("Polismyndighetens ansvar")).toBe(9); // L998–1062: 8 bullets, one holds two duties (L1045–1053)
    expect(byLabel("Åklagarmyndighetens ansvar")).toBe(7); // L1066–1091: 6 bullets, one holds two duties (L1083–1086)
    expect(byLabel("Hälso- och sjukvården samt tandvårdens ansvar")).toBe(11); // L1102–1138
    expect(byLabel("Kriminalvårdens ansvar")).toBe(6); // L1164–1183
    expect(byLabel("Arbetsförmedlingens ansvar")).toBe(7); // L1186–1223
    expect(byLabel("Försäkringskassans ansvar")).toBe(7); // L1241–1271
    expect(byLabel("Migrationsverkets ansvar")).toBe(4); // L1274–1293
    // L627–651: the four parts of the collaboration structure, one task each.
    expect(count(responsibilities, (responsibility) => responsibility.chapter === `${id}-struktur-over-strategisk-samverkan`)).toBe(4);
  });

  it("cites 14 kap. 1 § SoL as the legal basis of every duty to report", () => {
    const reporting = responsibilities.filter((responsibility) => responsibility.text.startsWith("Anmäla enligt 14 kap 1 §"));
    // Kommun L911, polis L1045, åklagare L1088, hälso- och sjukvård L1106, kriminalvård L1177, arbetsförmedling L1220.
    expect(reporting.length).toBe(6);
    expect(reporting.every((responsibility) => responsibility.legalBasis.some((basis) => basis.source === "socialtjanstlagen-2001-453" && basis.chapter === "14" && basis.section === "1"))).toBe(true);
  });

  it("records the signatories, the revision group and the footnotes", () => {
    const document = data.documents.find((candidate) => candidate.id === id)!;
    expect(document.signatures).toHaveLength(15); // L125–183
    expect(document.contributors).toHaveLength(12); // L1297–1312
    expect(document.supersedes).toEqual(["vasternorrland-strategi-2018"]); // L51–53
    const footnotes = data.chapters.filter((chapter) => chapter.document === id).flatMap((chapter) => chapter.footnotes);
    expect(footnotes.map((footnote) => footnote.label)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1))); // footnotes 1–17
    expect(document.gaps?.map((gap) => gap.kind)).toEqual(["cover"]);
  });

  it("keeps the signing organisations in the shared actor registry", () => {
    const document = data.documents.find((candidate) => candidate.id === id)!;
    const actors = new Set(data.actors.map((actor) => actor.id));
    const signing = (document.parties ?? []).filter((party) => party.roles.includes("signatory")).map((party) => party.actor);
    expect(new Set(signing).size).toBe(15);
    expect(signing.every((actor) => actors.has(actor))).toBe(true);
  });
});
