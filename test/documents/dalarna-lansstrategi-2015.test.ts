// Seed 000 (../shared/seeds/000_d028a6732b216318.txt): Dalarna's revised county strategy against violence
// in close relationships, trafficking for sexual purposes and prostitution, with measures for 2015–2016.
// The expected counts were written by hand from the source, each with the source lines it comes from,
// so that a lost or invented item fails the test.

import { loadContent, toExport } from "@styrdok/core";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../paths.ts";

const id = "dalarna-lansstrategi-2015";
const data = toExport(await loadContent(["content"], { cwd: repositoryRoot }));
const inDocument = <T extends { document: string }>(items: T[]) => items.filter((item) => item.document === id);
const count = <T>(items: T[], predicate: (item: T) => boolean) => items.filter(predicate).length;
const chapter = (slug: string) => `${id}-${slug}`;
const bilaga2 = chapter("bilaga-2-myndigheter-och-organisationers-ansvar");

describe(`${id} (seed 000)`, () => {
  const goals = inDocument(data.goals);
  const measures = inDocument(data.measures);
  const responsibilities = inDocument(data.responsibilities);
  const definitions = inDocument(data.definitions);
  const events = inDocument(data.events);
  const document = data.documents.find((candidate) => candidate.id === id)!;

  it("has the chapters and appendices in reading order", () => {
    // L1 "1. Inledning", L179 "2. Samverkan i länet", L368 "3. Målområden, syfte och mål",
    // L425 "4. Insatser för perioden 2015 – 2016", L519 "Bilaga 1 - Samverkan",
    // L603–605 "Bilaga 2 - Myndigheter och organisationers ansvar/uppdrag", L1182 "Bilaga 3 - Definitioner".
    const chapters = data.chapters.filter((candidate) => candidate.document === id);
    expect(chapters.map((candidate) => candidate.label)).toEqual(["1", "2", "3", "4", "Bilaga 1", "Bilaga 2", "Bilaga 3"]);
    expect(chapters.filter((candidate) => candidate.appendix).length).toBe(3);
  });

  it("has the eight målområden in two groups, two purposes and three mål", () => {
    // L372–386: six målområden under "Fysiskt, psykiskt och sexuellt våld i nära relationer:".
    // L390–394: two under "Våld och övergrepp – oavsett relation, kön och ålder:".
    const areas = goals.filter((goal) => goal.level === "malomrade");
    expect(areas).toHaveLength(8);
    expect(count(areas, (goal) => goal.group === "Fysiskt, psykiskt och sexuellt våld i nära relationer")).toBe(6);
    expect(count(areas, (goal) => goal.group === "Våld och övergrepp – oavsett relation, kön och ålder")).toBe(2);
    // L10–16 the strategy's own purpose ("Syftet med strategin …"); L398–405 "3.2 Syfte".
    expect(count(goals, (goal) => goal.level === "syfte")).toBe(2);
    // L407–418 "3.3 Mål": three bullets, no numbers in the source.
    expect(goals.filter((goal) => goal.level === "mal").map((goal) => goal.text)).toEqual([
      "Flickor/kvinnor och pojkar/män erbjuds stöd och hjälp av god kvalitet och hög tillgänglighet oavsett var de är bosatta i länet",
      "Samverkan i länet ska stödja och utveckla arbetet hos berörda kommuner, landsting, myndigheter och frivilligorganisationer samt bidra till att arbetet integreras i berörda aktörers ordinarie verksamhet",
      "Kompetensnivån ska höjas hos berörda samverkansaktörer",
    ]);
    expect(goals).toHaveLength(13);
  });

  it("links men's violence against women to the gender-equality goal the sidebar still numbers 4", () => {
    // L108–116 "4. Mäns våld mot kvinnor ska upphöra …" and L361–365 "4:e inriktningsmål Mäns våld mot kvinnor":
    // today delmål 6, which records its former label "delmål 4".
    const area = goals.find((goal) => goal.id === `${id}-malomrade-mans-vald-mot-kvinnor`)!;
    expect(area.frameworkGoals).toEqual(["jamstalldhetspolitiska-mal-delmal-6"]);
    const target = data.frameworkGoals.find((goal) => goal.id === "jamstalldhetspolitiska-mal-delmal-6")!;
    expect(target.formerLabels?.map((former) => former.label)).toContain("delmål 4");
    expect(document.frameworks?.map((link) => link.framework).sort()).toEqual(["barnkonventionen", "jamstalldhetspolitiska-mal"]);
  });

  it("has the sixteen insatser of chapter 4 under their sections, all for 2015–2016", () => {
    // 4.1 L434–450: 4 bullets; 4.2 L454–469: 4; 4.3 L473–482: 3; 4.3.1.1 L494–507: 3; 4.4 L511–518: 2.
    const efforts = measures.filter((measure) => measure.kind === "effort");
    expect(efforts).toHaveLength(16);
    const bySection = (prefix: string) => count(efforts, (measure) => (measure.group ?? "").startsWith(`${prefix} `));
    expect([bySection("4.1"), bySection("4.2"), bySection("4.3"), bySection("4.3.1.1"), bySection("4.4")]).toEqual([4, 4, 3, 3, 2]);
    expect(efforts.every((measure) => measure.timeframe?.from === "2015" && measure.timeframe?.to === "2016")).toBe(true);
    // Lead-ins: L434, L474, L495; 4.2 and 4.4 have none.
    expect(count(efforts, (measure) => measure.leadIn === "Länsgruppens parter ska arbeta för att:")).toBe(4);
    expect(count(efforts, (measure) => measure.leadIn === "Länsgruppens parter ska:")).toBe(3);
    expect(count(efforts, (measure) => measure.leadIn === "Länsgruppens parter ska verka för att:")).toBe(3);
    // 4.1's heading (L430–432) repeats mål 1; 4.2 → mål 2, 4.3 and 4.3.1.1 → mål 3 (inferred); 4.4 → all.
    const perGoal = [1, 2, 3].map((n) => count(efforts, (measure) => measure.goals.includes(`${id}-mal-${n}`)));
    expect(perGoal).toEqual([6, 6, 8]);
    expect(count(efforts, (measure) => measure.goalsBasis === "stated")).toBe(6);
    // L369 calls the målområden "prioriterade målområden för insatser" but assigns no insats to one.
    expect(efforts.some((measure) => measure.goals.some((goal) => goal.includes("-malomrade-")))).toBe(false);
    // L455 "fyra gånger per år", L463 "2-3 gånger per år", L512 "årligen", L516 "fortlöpande".
    expect(efforts.filter((measure) => measure.frequency).map((measure) => measure.frequency)).toEqual(["fyra gånger per år", "2-3 gånger per år", "årligen", "fortlöpande"]);
  });

  it("has the social welfare boards' eleven särskilda åtaganden", () => {
    // L730–745 "Organisatoriska mål": 2 bullets. L746–814 "Verksamhetsrelaterade mål": Lokala handlingsplaner 1,
    // Informationsspridning 1, Kompetens- och metodutveckling 1, Insatser till våldsutsatta kvinnor … 5, Våldsutövande män 1.
    const commitments = measures.filter((measure) => measure.kind === "commitment");
    expect(commitments).toHaveLength(11);
    expect(commitments.every((measure) => measure.responsible.join() === "socialnamnderna-dalarna" && measure.chapter === bilaga2)).toBe(true);
    const groups = [
      "Organisatoriska mål",
      "Lokala handlingsplaner",
      "Informationsspridning",
      "Kompetens- och metodutveckling",
      "Insatser till våldsutsatta kvinnor och flickor och pojkar som bevittnat våld",
      "Våldsutövande män",
    ];
    expect(groups.map((group) => count(commitments, (measure) => measure.group === group))).toEqual([2, 1, 1, 1, 5, 1]);
    expect(measures).toHaveLength(27);
  });

  it("has every duty of Bilaga 2, per actor profile", () => {
    const inBilaga2 = responsibilities.filter((responsibility) => responsibility.chapter === bilaga2);
    const byActor = (...actors: string[]) => count(inBilaga2, (responsibility) => actors.includes(responsibility.actor));
    expect(byActor("dalarnas-kommuner", "socialnamnderna-dalarna")).toBe(17); // Socialtjänsten L609–728 (kommunen 5, socialnämnden/socialtjänsten 12)
    expect(byActor("aklagarmyndigheten", "polismyndigheten", "rikspolisstyrelsen")).toBe(12); // L818–904: åklagare 3, polis 8, RPS 1
    expect(byActor("region-dalarna")).toBe(8); // Landstinget Dalarna L906–936: 1 + 7 bullets
    expect(byActor("hogskolan-dalarna")).toBe(2); // L940–954
    expect(byActor("kriminalvarden", "frivarden-dalarna")).toBe(9); // L956–1009: Kriminalvården 5, Frivården 4
    expect(byActor("lansstyrelsen-dalarna")).toBe(4); // L1013–1035
    expect(byActor("migrationsverket")).toBe(2); // L1037–1045
    expect(byActor("region-dalarna-kommunalforbund")).toBe(2); // Region Dalarna (the joint body) L1058–1070
    expect(byActor("kvinnojourerna-dalarna")).toBe(3); // L1072–1088
    expect(byActor("brottsofferjourerna-dalarna")).toBe(6); // L1090–1131
    expect(byActor("radda-barnen")).toBe(2); // L1133–1147
    expect(byActor("barnahus-dalarna")).toBe(7); // L1149–1181
    expect(inBilaga2).toHaveLength(74);
    // L910–936: "hälso- och sjukvårdspersonal ska:" and seven bullets.
    expect(count(inBilaga2, (responsibility) => responsibility.leadIn === "Det innebär att hälso- och sjukvårdspersonal ska:")).toBe(7);
    // Chapter 2 (L194–196, L311–313, L329–331) and chapter 4 (L428) add four more.
    expect(responsibilities).toHaveLength(78);
  });

  it("keeps the modalities, the negated duty and the legal citations", () => {
    const inBilaga2 = responsibilities.filter((responsibility) => responsibility.chapter === bilaga2);
    // L706 "inte ett direkt tvingande uppdrag".
    expect(inBilaga2.filter((responsibility) => responsibility.negated).map((responsibility) => responsibility.modalityText)).toEqual(["är inte ett direkt tvingande uppdrag"]);
    // "bör" at L714 and L1031; "kan" at L1128–1131.
    expect(count(inBilaga2, (responsibility) => responsibility.modality === "should")).toBe(2);
    expect(count(inBilaga2, (responsibility) => responsibility.modality === "may")).toBe(1);
    const citations = inBilaga2.flatMap((responsibility) => responsibility.legalBasis.map((basis) => ({ ...basis, basis: responsibility.legalBasisBasis })));
    const sol = (chapterNo: string, section: string) => citations.filter((basis) => basis.source === "socialtjanstlagen-2001-453" && basis.chapter === chapterNo && basis.section === section);
    // L625 "2a kap 3-5 §§ socialtjänstlagen": one citation per section, each keeping the source's words.
    expect(["3", "4", "5"].map((section) => sol("2 a", section).map((basis) => basis.text))).toEqual([
      ["2a kap 3-5 §§ socialtjänstlagen"],
      ["2a kap 3-5 §§ socialtjänstlagen"],
      ["2a kap 3-5 §§ socialtjänstlagen"],
    ]);
    expect(sol("4", "1").map((basis) => basis.text)).toEqual(["4 kap.1 § SoL"]); // L629
    expect(sol("5", "11")).toHaveLength(2); // L637, covering L631–637
    expect(sol("5", "1")).toHaveLength(3); // L653 and the paragraph after it
    expect(sol("5", "1 a").map((basis) => basis.text)).toEqual(["5 kap 1 a § SoL"]); // L688–690
    // L871–873 the police's duty to report, printed "SoL kap 14 § 1 socialtjänstlagen"; L930–932 health care (inferred).
    expect(sol("14", "1").map((basis) => [basis.text, basis.basis])).toEqual([
      ["SoL kap 14 § 1 socialtjänstlagen", "stated"],
      [undefined, "inferred"],
    ]);
    expect(citations.filter((basis) => basis.source === "sosfs-2014-4").map((basis) => basis.text)).toEqual(["SOSFS 2014:4"]); // L641
  });

  it("has the definitions: terms, forms of violence and Kriminalvården's methods", () => {
    const inChapter = (slug: string) => count(definitions, (definition) => definition.chapter === chapter(slug));
    expect(inChapter("inledning")).toBe(2); // L127–141 särskilt utsatta grupper, sårbarhet
    expect(inChapter("malomraden-syfte-och-mal")).toBe(1); // L424 fn 2 "hbt"
    expect(inChapter("bilaga-1-samverkan")).toBe(5); // L520–530 samordning, samverkan; L534–546 three motives
    expect(inChapter("bilaga-2-myndigheter-och-organisationers-ansvar")).toBe(8); // L645, L983–987, L997, L1001–1009
    expect(inChapter("bilaga-3-definitioner")).toBe(16); // L1184–1358
    // Puls, VPP, IDAP, Entré (L983–987), SARA (L997), ROS (L1007–1009).
    expect(definitions.filter((definition) => definition.kind === "method").map((definition) => definition.term)).toEqual([
      "Puls",
      "Våldspreventivt program – VPP",
      "IDAP",
      "Entré",
      "SARA",
      "Relation och samlevnadsprogrammet (ROS)",
    ]);
    // Bilaga 3: psykiskt, fysiskt, sexuellt våld, hedersrelaterat våld, människohandel, prostitution.
    expect(count(definitions, (definition) => definition.kind === "form-of-violence")).toBe(6);
    // L1312–1340: the three rekvisit of människohandel.
    expect(definitions.filter((definition) => definition.text.startsWith("Det ") && definition.text.includes("rekvisitet"))).toHaveLength(3);
  });

  it("has the timeline of county-wide events and the other dated events", () => {
    // L200–302 "Länsövergripande händelser i länet": 12 events in 8 years (1982, 1985, 2007, 2009, 2010 ×3, 2011 ×3, 2013, 2014).
    const timeline = events.filter((event) => /-handelse-\d{4}(-\d)?$/.test(event.id) && event.chapter === chapter("samverkan-i-lanet"));
    expect(timeline).toHaveLength(12);
    expect(new Set(timeline.map((event) => event.date)).size).toBe(8);
    // L315 (2009, in the prose of chapter 2), L639 (2014-10-01), L859 (2015-01-01), L1263–1265 (1989).
    expect(events).toHaveLength(16);
    expect(
      events
        .map((event) => event.date)
        .filter((date) => date.length === 10)
        .sort(),
    ).toEqual(["2014-10-01", "2015-01-01"]);
  });

  it("records the footnotes, the lost title page, the lineage and the source errors", () => {
    const footnotes = data.chapters.filter((candidate) => candidate.document === id).flatMap((candidate) => candidate.footnotes);
    expect(footnotes.map((footnote) => footnote.label)).toEqual(["1", "2", "3", "4", "5"]); // L80, L424, L488, L491, L1309
    expect(footnotes.find((footnote) => footnote.label === "1")?.sources).toEqual(["skr-2011-12-3"]);
    expect(footnotes.find((footnote) => footnote.label === "5")?.sources).toEqual(["socialstyrelsen-2011-vald-handbok"]);
    expect(document.titleBasis).toBe("inferred");
    expect(document.gaps?.map((gap) => gap.kind)).toEqual(["title-page"]);
    expect(document.signatures ?? []).toHaveLength(0);
    // L2–8: revises the 2010 strategy and has absorbed the social welfare boards' joint action plan.
    expect(document.relations?.map((relation) => [relation.relation, relation.document])).toEqual([
      ["supersedes", "dalarna-lansstrategi-2010"],
      ["absorbs", "dalarna-socialnamndernas-handlingsplan-2010"],
      ["refers-to", "polismyndigheten-dalarna-handlingsplan-brottsdrabbade"],
    ]);
    for (const related of ["dalarna-lansstrategi-2010", "dalarna-socialnamndernas-handlingsplan-2010"]) {
      expect(data.documents.find((candidate) => candidate.id === related)?.textAvailability).toBe("none");
    }
    // L196 (1), L2 vs L262–272 and L175 (2), L424 (1), L494 (1), Bilaga 2 L635–1163 (12), Bilaga 3 L1253–1356 (5).
    const errors = inDocument(data.sourceErrors);
    expect(errors).toHaveLength(22);
    expect(errors.find((error) => error.original === "SoL kap 14 § 1 socialtjänstlagen")?.kind).toBe("citation");
    expect(count(errors, (error) => error.kind === "contradiction")).toBe(1);
    expect(count(errors, (error) => error.kind === "numbering")).toBe(1);
  });

  it("records Länsgruppen's members and models the reorganised actors", () => {
    // L196–309: twelve kinds of representatives plus Barnahus i Dalarna.
    const members = (document.parties ?? []).filter((party) => party.roles.includes("member"));
    expect(members).toHaveLength(13);
    const actor = (actorId: string) => data.actors.find((candidate) => candidate.id === actorId)!;
    // L859–861: the 21 police authorities became Polismyndigheten on 1 January 2015.
    expect(actor("polismyndigheten").predecessors).toEqual(expect.arrayContaining(["polismyndigheten-i-dalarnas-lan", "rikspolisstyrelsen"]));
    expect(actor("polismyndigheten-i-dalarnas-lan").dissolved).toBe("2014-12-31");
    // Landstinget Dalarna is today's Region Dalarna; the "Region Dalarna" of 2015 is another body.
    expect(actor("region-dalarna").formerNames?.map((former) => former.name)).toEqual(["Landstinget Dalarna"]);
    expect(actor("region-dalarna-kommunalforbund").successors).toEqual(["region-dalarna"]);
    expect(actor("dalarnas-kommuner").members).toHaveLength(15);
    expect(actor("barnahus-dalarna").parent).toBe("borlange-kommun"); // L1162–1163
  });
});
