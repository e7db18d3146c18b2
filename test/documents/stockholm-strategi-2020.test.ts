// Seed 004 (../shared/seeds/004_bb7b1607bc635be8.txt): Stockholm county's joint strategy 2020–2026.
// The expected counts were written by hand from the source, each with the source lines it
// comes from, so that a lost or invented item fails the test.

import { loadContent, toExport } from "@styrdok/core";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../paths.ts";

const id = "stockholm-strategi-2020";
const data = toExport(await loadContent(["content"], { cwd: repositoryRoot }));
const inDocument = <T extends { document: string }>(items: T[]) => items.filter((item) => item.document === id);
const count = <T>(items: T[], predicate: (item: T) => boolean) => items.filter(predicate).length;
const goalIds = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${id}-mal-${n}`);

describe(`${id} (seed 004)`, () => {
  const goals = inDocument(data.goals);
  const measures = inDocument(data.measures);
  const responsibilities = inDocument(data.responsibilities);
  const indicators = inDocument(data.indicators);
  const definitions = inDocument(data.definitions);

  it("has the vision, the purpose and the eight goals", () => {
    // L55–61 "Visionen är att: Ingen ska utsättas för eller uppleva våld i Stockholms län."
    expect(goals.filter((goal) => goal.level === "vision").map((goal) => goal.text)).toEqual(["Ingen ska utsättas för eller uppleva våld i Stockholms län."]);
    // L76–80 SYFTE.
    expect(count(goals, (goal) => goal.level === "syfte")).toBe(1);
    // L17–20: the parties' own aim in the preface, "Vår målsättning är att …".
    expect(count(goals, (goal) => goal.level === "malsattning")).toBe(1);
    // L656–927: MÅL 1–8, one heading and one sentence each; L1448–1890 repeat them with the same words.
    const eight = goals.filter((goal) => goal.level === "mal");
    expect(eight.map((goal) => goal.id)).toEqual(goalIds);
    expect(eight.map((goal) => goal.text)).toEqual([
      "Myndigheter och aktörer arbetar våldsförebyggande.", // L658–659
      "Våldsutövare har tillgång till återfallsförebyggande insatser utifrån sina behov.", // L709–711
      "Myndigheter och aktörer arbetar aktivt för att upptäcka våldsutsatta vuxna och barn samt våldsutövare.", // L753–755
      "Våldsutsatta vuxna och barn har tillgång till insatser utifrån sina behov.", // L786–788
      "Rättsvårdande myndigheter håller god kvalitet i utredningar och i rättsprocesser.", // L830–832
      "Våldsutsatta vuxna och barn medverkar i brottsutredningar.", // L861–862
      "Myndigheter och aktörer arbetar med systematisk kunskapsutveckling.", // L888–890
      "Myndigheter och aktörer använder metoder och insatser som vilar på evidens och/eller på beprövad erfarenhet.", // L924–927
    ]);
    // L633 "För att nå visionen … har åtta strategiska mål tagits fram".
    expect(eight.every((goal) => goal.parent === `${id}-vision` && goal.parentBasis === "stated")).toBe(true);
    // The source never maps the eight goals to the national strategy's four: every link is inferred.
    expect(eight.map((goal) => goal.frameworkGoals)).toEqual([1, 1, 2, 2, 3, 3, 4, 4].map((n) => [`nationell-strategi-2017-2026-mal-${n}`]));
    expect(eight.every((goal) => goal.frameworkGoalLinks.every((link) => link.basis === "inferred"))).toBe(true);
  });

  it("has the preconditions under each goal", () => {
    // "För att nå dit behöver följande vara på plats:" L661–673 (3), L713–723 (3), L757–763 (2), L790–800 (3),
    // L834–840 (2), L864–868 (1), L892–896 (1), L929–935 (2).
    const perGoal = goalIds.map((goal) => count(goals, (item) => item.level === "forutsattning" && item.parent === goal));
    expect(perGoal).toEqual([3, 3, 2, 3, 2, 1, 1, 2]);
    expect(count(goals, (goal) => goal.level === "forutsattning")).toBe(17);
  });

  it("has the recommended measures under each goal", () => {
    // "Förslag på åtgärder till regionala och lokala myndigheter och aktörer:" L681–706 (6), L733–750 (4),
    // L770–783 (3), L808–827 (4), L847–858 (3), L875–885 (2), L903–921 (3), L942–948 (2).
    const perGoal = goalIds.map((goal) => count(measures, (measure) => measure.goals.includes(goal)));
    expect(perGoal).toEqual([6, 4, 3, 4, 3, 2, 3, 2]);
    expect(measures).toHaveLength(27);
    expect(measures.every((measure) => measure.kind === "recommended-measure" && measure.goalsBasis === "stated")).toBe(true);
    // L749–750 and L826–827: the same measure under goal 2 and goal 4, one item per place.
    const shared = measures.filter((measure) => measure.text === "Strukturerad samverkan i enskilda ärenden mellan socialtjänst och polis samt andra aktörer.");
    expect(shared.map((measure) => measure.id)).toEqual([`${id}-atgard-2-4`, `${id}-atgard-4-4`]);
  });

  it("has each actor's responsibilities", () => {
    const byActor = (actor: string) => count(responsibilities, (responsibility) => responsibility.actor === actor);
    const bullets = (actor: string) => count(responsibilities, (responsibility) => responsibility.actor === actor && responsibility.leadIn !== undefined);
    // Bullets under each actor's lead-in.
    expect(bullets("operation-kvinnofrid")).toBe(5); // L1113–1131
    expect(bullets("lansstyrelsen-stockholm")).toBe(5); // L1142–1160
    expect(bullets("polismyndigheten")).toBe(6); // L1169–1195
    expect(bullets("kriminalvarden")).toBe(5); // L1209–1233
    expect(bullets("region-stockholm")).toBe(8); // L1242–1270
    expect(bullets("aklagarmyndigheten")).toBe(5); // L1280–1286 (3) and L1288–1297 (2)
    expect(bullets("storsthlm")).toBe(2); // L1305–1315
    expect(bullets("stockholms-lans-kommuner")).toBe(4); // L1341–1358
    // Plus the sentences that state an actor's task, mandate, responsibility or role.
    expect(byActor("operation-kvinnofrid")).toBe(6); // + L1403–1407 follow-up
    expect(byActor("lansstyrelsen-stockholm")).toBe(7); // + L627–631 mandate, L1133–1137 government assignment
    expect(byActor("polismyndigheten")).toBe(8); // + L1164–1167 (two sentences)
    expect(byActor("kriminalvarden")).toBe(6); // + L1209–1210
    expect(byActor("region-stockholm")).toBe(9); // + L1237–1239
    expect(byActor("stockholms-stad")).toBe(2); // L1319–1325, one of them negated
    expect(byActor("akademiskt-primarvardscentrum")).toBe(1); // L619–622
    expect(responsibilities).toHaveLength(50);
    // L1288 "Om åklagaren är förundersökningsledare ingår bland annat att:"
    expect(count(responsibilities, (responsibility) => responsibility.condition === "Om åklagaren är förundersökningsledare")).toBe(2);
    expect(count(responsibilities, (responsibility) => responsibility.negated === true)).toBe(1);
  });

  it("cites the Social Services Act down to chapter and section", () => {
    const cites = (chapter: string, section: string) =>
      count(responsibilities, (responsibility) => responsibility.legalBasis.some((basis) => basis.source === "socialtjanstlagen-2001-453" && basis.chapter === chapter && basis.section === section));
    expect(cites("14", "1")).toBe(3); // Polisen L1189, Kriminalvården L1231, Region Stockholm L1263
    expect(cites("5", "11")).toBe(4); // L1341–1358 "socialtjänstlagens 5 kap 11 §"
  });

  it("has the 81 indicators of Bilaga 1 per goal and kind, and six statistics", () => {
    const perGoal = (kind: string) => goalIds.map((goal) => count(indicators, (indicator) => indicator.kind === kind && indicator.goals.includes(goal)));
    // "Indikatorer" with "Källa: …": L1453–1459, L1533–1544, L1577–1600, L1665–1684, L1727–1785, none for goal 6 (L1813–1815), L1858–1872, L1892–1899.
    expect(perGoal("indicator")).toEqual([1, 2, 5, 4, 12, 0, 2, 1]);
    // "Utvecklingsindikatorer": L1461–1525, L1546–1569, L1602–1658, L1686–1713, L1787–1807, L1817–1850, L1874–1884, L1901–1911.
    expect(perGoal("development-indicator")).toEqual([15, 4, 13, 4, 4, 8, 3, 3]);
    expect(count(indicators, (indicator) => indicator.kind === "indicator" || indicator.kind === "development-indicator")).toBe(81);
    expect(indicators.filter((indicator) => indicator.kind === "indicator").every((indicator) => indicator.dataSource && indicator.sources.length === 1)).toBe(true);
    expect(indicators.filter((indicator) => indicator.kind === "development-indicator").every((indicator) => indicator.dataSource === undefined)).toBe(true);
    // L1540–1544 and L1677–1680: the same indicator under goal 2 and goal 4.
    const shared = indicators.filter((indicator) => indicator.text.startsWith("Andel kommuner där socialtjänstens verksamhetsområde våld i nära relationer har aktuella skriftliga överenskommelser"));
    expect(shared.map((indicator) => indicator.goals)).toEqual([[`${id}-mal-2`], [`${id}-mal-4`]]);
    // L408–410, L446–447, L548–552, L554–561 (three sentences).
    expect(count(indicators, (indicator) => indicator.kind === "statistic")).toBe(6);
  });

  it("has the definitions", () => {
    const byKind = (kind: string) => count(definitions, (definition) => definition.kind === kind);
    // L90–104: våld and its five forms; L161–274: six forms of violence (incl. grooming L194–196).
    expect(byKind("form-of-violence")).toBe(11);
    // L126–150: three perspectives.
    expect(byKind("perspective")).toBe(3);
    // L978–1002: universell, selektiv, indikerad; L1006–1048: samhälle, närmiljö, relation, individ.
    expect(byKind("level")).toBe(7);
    // våld L92–96, våldstyper L109–116, personuppklarning and -procent fn 15, risk- and skyddsfaktor L971–975, Indikatorer/Utvecklingsindikatorer L1442–1446.
    expect(byKind("term")).toBe(8);
    // BOPS L1184, RBM L1219, SIP L1270, NTU-lokal L1580.
    expect(byKind("abbreviation")).toBe(4);
    expect(definitions).toHaveLength(33);
  });

  it("records the parties, dates, lineage, footnotes and gaps", () => {
    const document = data.documents.find((candidate) => candidate.id === id)!;
    const role = (name: string) => (document.parties ?? []).filter((party) => party.roles.includes(name as never)).map((party) => party.actor);
    // L12–14 "vi – Länsstyrelsen, Kriminalvården, Polisen, Region Stockholm, Stockholms stad och Storsthlm".
    expect(role("party")).toEqual(["lansstyrelsen-stockholm", "kriminalvarden", "polismyndigheten", "region-stockholm", "stockholms-stad", "storsthlm"]);
    // L387–389 "har deltagit som referens"; L384–386 rådslag with civil society.
    expect(role("reference")).toEqual(["aklagarmyndigheten", "migrationsverket", "forsakringskassan", "arbetsformedlingen"]);
    expect(role("consulted")).toEqual(["civilsamhallesorganisationer-stockholm"]);
    // No signatures survive (L47–49 has only the two dates).
    expect(document.signatures ?? []).toHaveLength(0);
    expect((document.dates ?? []).map((date) => [date.kind, date.date])).toEqual([
      ["dated", "2019-12-13"], // L47
      ["in-force", "2020-01-01"], // L405–406
      ["dated", "2020-10-02"], // L49
    ]);
    expect([document.validFrom, document.validTo]).toEqual(["2020-01-01", "2026-12-31"]); // L405–406
    expect(document.supersedes).toEqual(["stockholm-strategi-2016"]); // L63–66, L402–406, fn 1
    const plan = data.documents.find((candidate) => candidate.id === "stockholm-handlingsplan-2020")!;
    expect(plan.relations?.map((relation) => [relation.relation, relation.document])).toEqual([["implements", id]]); // L391–395, fn 29
    const footnotes = data.chapters.filter((chapter) => chapter.document === id).flatMap((chapter) => chapter.footnotes);
    // Footnotes 1–30; number 14 is referenced at L466 but its text is missing.
    expect(footnotes.map((footnote) => footnote.label)).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)).filter((label) => label !== "14"));
    expect(document.gaps?.map((gap) => gap.kind)).toEqual(["cover"]);
    expect(
      inDocument(data.gaps)
        .map((gap) => gap.kind)
        .sort(),
    ).toEqual(["cover", "figure", "figure", "footnote", "image", "signatures"]);
    expect(inDocument(data.events).map((event) => event.date)).toEqual(["2018"]); // L1133
  });

  it("keeps its actors and frameworks in the shared registries", () => {
    const actors = new Map(data.actors.map((actor) => [actor.id, actor]));
    expect(actors.get("stockholms-lans-kommuner")?.members).toHaveLength(26);
    expect(actors.get("stockholms-lans-kommuner")?.members).toContain("stockholms-stad");
    expect(actors.get("operation-kvinnofrid")?.members).toHaveLength(7); // L1102–1104
    expect(actors.get("region-stockholm")?.formerNames?.[0]?.name).toBe("Stockholms läns landsting");
    const agenda = data.frameworks.find((framework) => framework.id === "agenda-2030")!;
    expect(agenda.goals).toHaveLength(17);
    const document = data.documents.find((candidate) => candidate.id === id)!;
    // L341–344: the strategy as a whole shares aims with Agenda 2030 goals 3, 5, 10 and 16.
    expect(document.frameworks?.find((link) => link.framework === "agenda-2030")?.goals).toEqual([3, 5, 10, 16].map((n) => `agenda-2030-mal-${n}`));
  });
});
