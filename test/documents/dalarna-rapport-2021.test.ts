// Seed 001 (../shared/seeds/001_b6f351ade7f30e45.txt): Länsstyrelsen Dalarna's 2021 report "Beredskap inför
// framtagande av strategi för att förebygga och bekämpa mäns våld mot kvinnor": the follow-up survey for 2020,
// the follow-up of the county board's training 2019–2020, the indicator report, older women, interviews and a
// process plan. The expected counts were written by hand from the source, each with the source lines it comes
// from (line numbers of `cat -n`), so that a lost or invented item fails the test.

import { loadContent, toExport } from "@styrdok/core";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../paths.ts";

const id = "dalarna-rapport-2021";
const data = toExport(await loadContent(["content"], { cwd: repositoryRoot }));
const inDocument = <T extends { document: string }>(items: T[]) => items.filter((item) => item.document === id);
const count = <T>(items: T[], predicate: (item: T) => boolean) => items.filter(predicate).length;
const chapter = (slug: string) => `${id}-${slug}`;

describe(`${id} (seed 001)`, () => {
  const goals = inDocument(data.goals);
  const measures = inDocument(data.measures);
  const responsibilities = inDocument(data.responsibilities);
  const indicators = inDocument(data.indicators);
  const definitions = inDocument(data.definitions);
  const events = inDocument(data.events);
  const document = data.documents.find((candidate) => candidate.id === id)!;
  const observations = (slug: string) => indicators.filter((indicator) => indicator.chapter === chapter(slug)).flatMap((indicator) => indicator.observations);

  it("has the twelve chapters in reading order, the last one the appendices", () => {
    // L1 Förord, L39 Sammanfattning, L115 Bakgrund, L238 Metoder …, L404 Årsuppföljning …, L1159 Uppföljning av …
    // kompetensinsatser, L1463 Lägesrapport …, L1600 Kartläggning om äldre kvinnor och våld, L1675 Intervjuer …,
    // L1850 Diskussion, L2170 Arbetsprocess vid utformning av strategin, L2386 Bilagor.
    const chapters = data.chapters.filter((candidate) => candidate.document === id);
    expect(chapters.map((candidate) => candidate.id.slice(id.length + 1))).toEqual([
      "forord",
      "sammanfattning",
      "bakgrund",
      "metoder",
      "arsuppfoljning",
      "kompetensinsatser",
      "lagesrapport",
      "aldre-kvinnor",
      "intervjuer",
      "diskussion",
      "arbetsprocess",
      "bilagor",
    ]);
    expect(chapters.filter((candidate) => candidate.appendix).map((candidate) => candidate.title)).toEqual(["Bilagor"]);
  });

  it("records the title from the running footers, the lost front pages and the people", () => {
    // L727, L1034, L1300: "… • Länsstyrelsen Dalarna 2021 • Beredskap inför framtagande av strategi …".
    expect(document.title).toBe("Beredskap inför framtagande av strategi för att förebygga och bekämpa mäns våld mot kvinnor");
    expect(document.titleBasis).toBe("stated");
    expect(document.kind).toBe("report");
    // Pages 1–7 are missing: the footer "24" at L727 is the 17th page counted from the Förord.
    expect(document.gaps?.map((gap) => gap.kind)).toEqual(["cover", "colophon", "table-of-contents"]);
    // L34–38: "Falun den 1 september 2021 / Rusmira Pérez Dervisic / Strateg inom våld i nära relationer".
    expect(document.signatures?.map((signature) => [signature.name, signature.date, signature.place])).toEqual([["Rusmira Pérez Dervisic", "2021-09-01", "Falun"]]);
    // L18–24 Ann-Karin Bohl and Soledad Alarcón Helling; L342–344 Anna-Karin Nilsson (the kartläggning).
    expect(document.contributors?.map((person) => person.name)).toEqual(["Ann-Karin Bohl", "Soledad Alarcón Helling", "Anna-Karin Nilsson"]);
    // "Rapport: 2021:07" (L361, fn 7 L382) is the number of Nilsson's report, not of this one.
    expect(document.source?.reportNumber).toBeUndefined();
    const role = (name: string) => (document.parties ?? []).filter((party) => party.roles.includes(name as never)).map((party) => party.actor);
    expect(role("commissioner")).toEqual(["lansstyrelsen-dalarna"]); // L18–19 "på uppdrag från Länsstyrelsen Dalarna"
    // L290–292 the survey's recipients besides the municipalities; L375–384 and L1703–1707 the interviews.
    expect(role("consulted")).toHaveLength(11);
  });

  it("relates the report to the action plan it follows up and the strategy it prepares", () => {
    // L12–16 "… förberedelse inför upprättandet av en regional strategi … Den ska ersätta den handlingsplan som gäller
    // fram till 2020"; L392 and L1727–1738 ask how known and used that plan is; L1761 the regional ANDT plan.
    expect(document.relations?.map((relation) => [relation.relation, relation.document, relation.basis])).toEqual([
      ["follows-up", "dalarna-handlingsplan-2017", "inferred"],
      ["prepares", "dalarna-strategi-2023", "inferred"],
      ["refers-to", "dalarna-andt-handlingsplan", "stated"],
    ]);
    // L2138–2142: the organisations that took part in producing the action plan 2017–2020, and Länsstyrelsen.
    const plan = data.documents.find((candidate) => candidate.id === "dalarna-handlingsplan-2017")!;
    expect(plan.parties).toHaveLength(12);
    // L260–261 each question area names the national goals it concerns: the report as a whole serves all four.
    expect(document.frameworks?.find((link) => link.framework === "nationell-strategi-2017-2026")?.goals).toEqual([1, 2, 3, 4].map((n) => `nationell-strategi-2017-2026-mal-${n}`));
  });

  it("has the report's own aim and the purposes of its parts, but no goals for the county", () => {
    // L117–125 "Mål": the report's aim, with other wordings in Sammanfattning L41–44 and Diskussion L1852–1858.
    const aim = goals.find((goal) => goal.level === "mal")!;
    expect(aim.id).toBe(`${id}-mal`);
    expect(aim.variants?.map((variant) => variant.chapter)).toEqual([chapter("sammanfattning"), chapter("diskussion")]);
    // L29–30 (Förord, "Ambitionen"), L368–369 (interviews), L1164–1165 (training follow-up, variant L316),
    // L1603–1605 (older women, variant L340–342).
    expect(goals.filter((goal) => goal.level === "syfte").every((goal) => goal.parent === aim.id)).toBe(true);
    expect(count(goals, (goal) => goal.level === "syfte")).toBe(4);
    expect(goals).toHaveLength(5);
  });

  it("has the recommendations of every chapter and the seven-row activity plan", () => {
    const inChapter = (slug: string, kind: string) => count(measures, (measure) => measure.chapter === chapter(slug) && measure.kind === kind);
    // Sammanfattning: L79–81, L86–88, L88–89, L91–93, L96–100, L102–105, L108–110, L111–113.
    expect(inChapter("sammanfattning", "recommendation")).toBe(8);
    // Kompetensinsatser: L1388–1401 (4), L1404–1405 and L1410–1412 (2), "Förslag" L1438–1462 (5).
    expect(inChapter("kompetensinsatser", "recommendation")).toBe(11);
    expect(count(measures, (measure) => measure.chapter === chapter("kompetensinsatser") && measure.group === "Förslag")).toBe(5);
    // Äldre kvinnor: "Förslag till utveckling i praktiken" L1659–1674.
    expect(inChapter("aldre-kvinnor", "recommendation")).toBe(5);
    // Intervjuer: the interviewees' proposals for content L1691–1696.
    expect(inChapter("intervjuer", "recommendation")).toBe(3);
    // Diskussion: L1922–1924 (mål 1); L1957–1959, L1961–1962 (mål 2); L2013–2017, L2023–2026 (2), L2038–2040 (mål 4);
    // L2052–2055, L2057–2062 (2); the six requirements for a strategy L2063–2106; L2152–2164 (3); L2132–2134.
    expect(inChapter("diskussion", "recommendation")).toBe(20);
    expect(count(measures, (measure) => measure.leadIn === "För att utforma en strategi krävs bland annat följande:")).toBe(6);
    const underGoal = (n: number) => count(measures, (measure) => measure.frameworkGoals.includes(`nationell-strategi-2017-2026-mal-${n}`));
    expect([1, 2, 3, 4].map(underGoal)).toEqual([1, 2, 0, 4]);
    // The same recommendation in Sammanfattning and Diskussion: one item in each chapter (L86–89 = L2023–2026, L111–113 = L2059–2062).
    for (const text of [
      "En regional kompetensplan bör därför tas fram i samband med upprättandet av en strategi med tillhörande genomförandeplan.",
      "I planen bör samtliga aktörers planerade insatser beskrivas så att samordningsvinster kan uppnås.",
      "Den bör fungera styrande för myndigheter som har tydligt ansvar kopplat till nationella målsättningar och vägledande för andra organisationer som arbetar med frågorna.",
    ]) {
      expect(measures.filter((measure) => measure.text === text).map((measure) => measure.chapter)).toEqual([chapter("sammanfattning"), chapter("diskussion")]);
    }
    // Aktivitetsplan L2178–2349: seven rows; "Arbetsgruppens uppdrag" L2358–2368: two tasks.
    const activities = measures.filter((measure) => measure.kind === "activity");
    expect(activities).toHaveLength(9);
    expect(activities.slice(0, 7).map((measure) => measure.timeframe?.text)).toEqual([
      "8/9 2021",
      "Oktober och november 2021",
      "November 2021",
      "28/10 2021",
      "November/december 2021",
      "Januari/februari 2022",
      "Mars – juni 2022",
    ]);
    expect(activities.slice(0, 7).map((measure) => measure.responsible)).toEqual([...Array(6).fill(["lansstyrelsen-dalarna"]), ["lansstyrelsen-dalarna", "lansgruppen-dalarna"]]);
    expect(measures).toHaveLength(56);
  });

  it("has the survey results as indicators per chapter and respondent group", () => {
    const inChapter = (slug: string, kind: string) => count(indicators, (indicator) => indicator.chapter === chapter(slug) && indicator.kind === kind);
    // Metoder L266–267 (who answered), L306 (all answered).
    expect(inChapter("metoder", "survey-result")).toBe(2);
    // Årsuppföljning: 40 results for the municipalities (L407–469 and L518–915), 11 for the women's shelters (L494–516, L1103–1158).
    expect(inChapter("arsuppfoljning", "survey-result")).toBe(51);
    const shelters = indicators.filter((indicator) => indicator.chapter === chapter("arsuppfoljning") && indicator.observations.every((observation) => observation.respondents === 5));
    expect(shelters).toHaveLength(11);
    expect(observations("arsuppfoljning")).toHaveLength(102);
    expect(count(observations("arsuppfoljning"), (observation) => observation.respondents === 5)).toBe(17);
    // Kompetensinsatser L1214–1221, L1232–1252, L1255–1315, L1319–1361.
    expect(inChapter("kompetensinsatser", "survey-result")).toBe(18);
    expect(observations("kompetensinsatser")).toHaveLength(33);
    // Lägesrapport: three summed results per goal area L1541–1549; gravida kvinnor L1555–1561; three sentences on
    // the police region L1564–1575; eight indicators for the social services L1583–1599.
    expect(inChapter("lagesrapport", "statistic")).toBe(3);
    expect(inChapter("lagesrapport", "indicator")).toBe(12);
    expect(count(observations("lagesrapport"), (observation) => observation.unit === "rank-band")).toBe(19);
    // Intervjuer L1679–1688 and L1727–1845: vague quantities only.
    expect(inChapter("intervjuer", "survey-result")).toBe(10);
    expect(observations("intervjuer").every((observation) => observation.qualifier !== undefined || observation.value === 3 || observation.value === 4)).toBe(true);
    // Diskussion: L1943 (seven samordningsförbund), L2034–2038 (statsbidrag), L2049–2050, and L1952–1953.
    expect(inChapter("diskussion", "statistic")).toBe(3);
    expect(inChapter("diskussion", "survey-result")).toBe(1);
    expect(indicators).toHaveLength(100);
    expect(indicators.flatMap((indicator) => indicator.observations)).toHaveLength(182);
  });

  it("keeps the values the text gives, and no others", () => {
    const byId = (slug: string) => indicators.find((indicator) => indicator.id === `${id}-indikator-${slug}`)!;
    // L859–865: the only surviving table values, with the number of municipalities that could give them (L869–880).
    expect(byId("beviljade-insatser").observations.map((observation) => [observation.value, observation.respondents])).toEqual([
      [190, 11],
      [102, 6],
      [34, 10],
    ]);
    // L1560–1561: "från 66 procent 2016 till 87 procent 2019", then the rank band.
    expect(byId("lagesrapport-gravida-kvinnor").observations.map((observation) => [observation.value, observation.period?.from])).toEqual([
      [66, "2016"],
      [87, "2019"],
      [undefined, undefined],
    ]);
    // L556 "Fem personal á 10-20 procent."
    expect(byId("exempel-personalresurser").observations[1]).toMatchObject({ value: 10, valueMax: 20, unit: "percent" });
    // L1262 60 respondents, L1288 eleven.
    expect(byId("upptackvaldet-utvardering").observations[0]?.respondents).toBe(60);
    expect(byId("samverkansutbildning-utvardering").observations[0]?.respondents).toBe(11);
    // L415–418 against L535–540: both the summary's three and the detail's "övriga" are kept.
    expect(byId("kommuner-samordnare").observations.map((observation) => observation.value)).toEqual([6, 1, 1, 5, undefined, 3]);
    // Vague words stay words: "majoriteten", "minst hälften", "några", "ett par" …
    const qualifiers = indicators.flatMap((indicator) => indicator.observations).filter((observation) => observation.qualifier);
    expect(qualifiers.every((observation) => observation.qualifier!.kind !== "majority" || observation.value === undefined)).toBe(true);
    expect(count(qualifiers, (observation) => observation.qualifier!.kind === "rank-band")).toBe(19);
  });

  it("has the responsibilities, definitions and events", () => {
    // L3–10 (3), L922–925, L970–971, L1052–1054, L1189–1196 (3), L1434–1435, L1482–1484, L1489–1492 (2), L1501–1503,
    // L1916–1917, L1930–1931, L2009–2011 (2), L2021–2023, L2029–2034 (2).
    expect(responsibilities).toHaveLength(21);
    expect(count(responsibilities, (responsibility) => responsibility.negated === true)).toBe(3);
    expect(responsibilities.find((responsibility) => responsibility.actor === "region-dalarna")?.legalBasis.map((basis) => basis.source)).toEqual(["sosfs-2014-4"]);
    const byKind = (kind: string) => count(definitions, (definition) => definition.kind === kind);
    // MVK, VNR, HRV, PoM L224–237; IFO L267; NMT L659; RSS fn 13 L1449; MVP fn 14 L1849; SIP L1960.
    expect(byKind("abbreviation")).toBe(9);
    // kompetensinsatser L1204–1206, kompetenshöjande insatser L1206–1208, Mål 2 a and 2 b L1532–1535, berörda myndigheter L2137–2145.
    expect(byKind("term")).toBe(5);
    // The three levels of the indicator report L1509–1511.
    expect(byKind("level")).toBe(3);
    // Bakgrund L154–157, L191–199 (3), L207–209, L220–221; Metoder L250, L339, L371, L366; Polisen L964–966;
    // training L1163–1164, L1215–1216, L1219–1220, L1220–1221, L1228–1229, L1255, L1274, L1287; Diskussion L1943–1944,
    // L1960–1961, L2029–2032, L2032, L2069, fn 18.
    expect(events).toHaveLength(25);
    expect(
      events
        .map((event) => event.date)
        .filter((date) => date.length === 10)
        .sort(),
    ).toEqual(["2018-06-14", "2021-06-09", "2021-08-01"]);
  });

  it("records the footnotes, the lost tables and figure, and the source's errors", () => {
    const footnotes = data.chapters.filter((candidate) => candidate.document === id).flatMap((candidate) => candidate.footnotes);
    expect(footnotes.map((footnote) => footnote.label)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    // fn 8, 11 and 12 (L1200, L1397, L1398) cite the same work; fn 17 (L2167–2168) the action plan 2017–2020.
    expect(footnotes.filter((footnote) => footnote.sources.includes("bohl-2021-tillsammans-klarar-vi-uppdragen-battre")).map((footnote) => footnote.label)).toEqual(["8", "11", "12"]);
    expect(footnotes.find((footnote) => footnote.label === "17")?.documents).toEqual(["dalarna-handlingsplan-2017"]);
    // fn 16 (L2085–2087): the URL broken over three lines, whole again.
    expect(footnotes.find((footnote) => footnote.label === "16")?.text).toBe(
      "<https://www.regeringen.se/regeringens-politik/mans-vald-mot-kvinnor-ska-upphora/regeringens-atgardspaket-for-att-intensifiera-arbetet-mot-mans-vald-mot-kvinnor/>",
    );
    // Tables L703, L722–723, L766–767, L790–791, L829–830, L856–857 (second column), L904–905; the figure L2120–2122.
    const gaps = inDocument(data.gaps).filter((gap) => Boolean(gap.chapter));
    expect(gaps.map((gap) => gap.kind)).toEqual([...Array(7).fill("table"), "figure"]);
    const errors = inDocument(data.sourceErrors);
    // Contradictions: L299/L495, L415–418/L535–540, L585/L588, L666/L670–671, L509–511/L1114–1126, L1680/L1729–1730,
    // L2046–2047/L1742, L2036–2038 (statsbidrag), L2388/L371.
    expect(count(errors, (error) => error.kind === "contradiction")).toBe(9);
    // Typos and wrong citations, e.g. L41–42 "Syftet är samla", L310 "att antal", L845 "insatesr", L913 and L1268
    // "kommenterar", L971 "SOSF 2014:4", L1132 "dem fem", L1181 "Alarcon", L1202 "S0F", L1365 "PöM", L1547 "den 30 procent".
    for (const original of [
      "Syftet är samla uppgifter",
      "Socialstyrelsens föreskrifter SOSF 2014:4",
      "S2020/01591/S0F",
      "Soledad Alarcon Helling",
      "ärenden gällande HRV eller PöM",
      "bland den 30 procent län/regioner med bäst värde",
    ]) {
      expect(errors.map((error) => error.original)).toContain(original);
    }
    expect(count(errors, (error) => error.original.includes("kommenterar"))).toBe(2);
    expect(errors).toHaveLength(37);
  });
});
