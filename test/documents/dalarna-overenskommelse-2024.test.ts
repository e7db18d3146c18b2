// Seed 002 (../shared/seeds/002_1338da996c6dcbd8.txt): the regional agreement on collaboration between
// Region Dalarna and the county's 15 municipalities, "För kvinnofrid mot våld i nära relationer".
// The expected counts were written by hand from the source, each with the source lines it comes from,
// so that a lost or invented item fails the test.

import { loadContent, toExport } from "@styrdok/core";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../paths.ts";

const id = "dalarna-overenskommelse-2024";
const data = toExport(await loadContent(["content"], { cwd: repositoryRoot }));
const inDocument = <T extends { document: string }>(items: T[]) => items.filter((item) => item.document === id);
const count = <T>(items: T[], predicate: (item: T) => boolean) => items.filter(predicate).length;
const chapter = (slug: string) => `${id}-${slug}`;
type Citation = { source: string; chapter?: string; section?: string; article?: string; text?: string };
const cites = (citations: Citation[] | undefined, source: string, chapterNo?: string, section?: string) =>
  (citations ?? []).some((c) => c.source === source && (chapterNo === undefined || c.chapter === chapterNo) && (section === undefined || c.section === section));

describe(`${id} (seed 002)`, () => {
  const document = data.documents.find((candidate) => candidate.id === id)!;
  const chapters = data.chapters.filter((candidate) => candidate.document === id);
  const goals = inDocument(data.goals);
  const measures = inDocument(data.measures);
  const responsibilities = inDocument(data.responsibilities);
  const indicators = inDocument(data.indicators);
  const definitions = inDocument(data.definitions);
  const events = inDocument(data.events);
  const gaps = inDocument(data.gaps);
  const sourceErrors = inDocument(data.sourceErrors);
  const templates = inDocument(data.templates);

  it("has the front matter and Del 1–5 and Del 7 in reading order", () => {
    // L5 Förord, L94 Läsanvisning, L171 "Del 1: Om överenskommelsen", L856 "Del 2: Kunskap om våld",
    // L1726 "Del 3: Komplext samverkansområde", L1999 "Del 4: Gemensamt ansvar för samverkan",
    // L3203 "Del 5: Lokalt arbete tillsammans", L3788 "Del 7: Beslut om överenskommelsen" (there is no Del 6).
    expect(chapters.map((candidate) => candidate.title)).toEqual([
      "Förord",
      "Läsanvisning",
      "Om överenskommelsen",
      "Kunskap om våld",
      "Komplext samverkansområde",
      "Gemensamt ansvar för samverkan",
      "Lokalt arbete tillsammans",
      "Beslut om överenskommelsen",
    ]);
    expect(chapters.map((candidate) => candidate.label ?? null)).toEqual([null, null, "Del 1", "Del 2", "Del 3", "Del 4", "Del 5", "Del 7"]);
    expect(sourceErrors.some((error) => error.id === `${id}-kallfel-del-6-saknas` && error.kind === "numbering")).toBe(true);
  });

  it("has the title, the parties, the two signatures and the decisions", () => {
    // L233 "Överenskommelsens titel ”För kvinnofrid mot våld i nära relationer”"; running header L1, L2732, L3864.
    expect(document.title).toBe("För kvinnofrid mot våld i nära relationer");
    expect(document.kind).toBe("agreement");
    expect(document.alternativeTitles).toEqual(["Regional överenskommelse om samverkan"]);
    // L175–181 "Region Dalarna och Dalarnas 15 kommuner": the group as stated, the 15 municipalities inferred.
    const parties = (document.parties ?? []).filter((party) => party.roles.includes("party"));
    expect(parties).toHaveLength(17);
    expect(count(parties, (party) => party.basis === "stated")).toBe(2);
    const municipalities = data.actors.find((actor) => actor.id === "dalarnas-kommuner")!.members;
    expect(
      parties
        .filter((party) => party.basis === "inferred")
        .map((party) => party.actor)
        .sort(),
    ).toEqual([...municipalities].sort());
    // L81–83: two columns, "Ordförande Välfärdsrådet / Sofia Jarl" and "Vice ordförande Välfärdsrådet / Åsa Bergkvist".
    expect(document.signatures?.map((signature) => [signature.name, signature.role])).toEqual([
      ["Sofia Jarl", "Ordförande Välfärdsrådet"],
      ["Åsa Bergkvist", "Vice ordförande Välfärdsrådet"],
    ]);
    // L3792–3794 also requires Länschefsnätverket's chair and vice chair: their signatures are a gap.
    expect(gaps.filter((gap) => gap.kind === "signatures").map((gap) => gap.id)).toEqual([`${id}-gap-underskrifter-lanschefsnatverket`]);
    // L811–817 decided 2022-02-23 and commissioned 2022-03-25; L3792–3804 signed, recommended, approved (undated); L3808 in force.
    expect(document.dates?.map((date) => [date.kind, date.date ?? null])).toEqual([
      ["decided", "2022-02-23"],
      ["commissioned", "2022-03-25"],
      ["signed", null],
      ["recommended", null],
      ["approved", null],
      ["in-force", "2024-10-01"],
    ]);
    // L3808 "2024-10-01 – 2032-12-31"; L3810–3816 automatic extension by 12 months; L3838–3848 revision every eighth year.
    expect([document.validity?.from, document.validity?.to]).toEqual(["2024-10-01", "2032-12-31"]);
    expect(document.validity?.extension).toContain("automatiskt med 12 månader");
    expect(document.validity?.revision).toContain("vart åttonde år");
  });

  it("implements the regional strategy and builds on the national frameworks", () => {
    // L213–215 "Den här överenskommelsen är ett verktyg för att uppnå strategins målsättningar."
    expect(document.relations?.map((relation) => [relation.relation, relation.document])).toEqual([["implements", "dalarna-strategi-2023"]]);
    // L449–465 national strategy, gender-equality goals (delmål 6), Istanbul convention; L229–231 barnkonventionen; L477 Agenda 2030.
    expect(document.frameworks?.map((link) => link.framework)).toEqual(["nationell-strategi-2017-2026", "jamstalldhetspolitiska-mal", "barnkonventionen", "istanbulkonventionen", "agenda-2030"]);
    expect(document.frameworks?.find((link) => link.framework === "jamstalldhetspolitiska-mal")?.goals).toEqual(["jamstalldhetspolitiska-mal-delmal-6"]);
  });

  it("has the purposes, the two overall goals and the ambition", () => {
    // L672–686 "Syftet med denna samverkansöverenskommelse är att:", three bullets; L43–45 the preface's purpose;
    // L3215–3219 the purpose of the local agreements.
    expect(count(goals, (goal) => goal.level === "syfte" && goal.group === "Syfte")).toBe(3);
    expect(count(goals, (goal) => goal.level === "syfte")).toBe(5);
    // L690–706 "Det övergripande målet … är att:", two bullets.
    expect(goals.filter((goal) => goal.level === "overgripande-mal").map((goal) => goal.id)).toEqual([`${id}-mal-1`, `${id}-mal-2`]);
    // L635–641 "Ambitionen är att …".
    expect(count(goals, (goal) => goal.level === "malsattning")).toBe(1);
    expect(goals).toHaveLength(8);
  });

  it("defines the target groups, the forms of violence and the other concepts", () => {
    // L724–736: three target groups.
    expect(count(definitions, (definition) => definition.id.startsWith(`${id}-definition-malgrupp-`))).toBe(3);
    // L1147–1219 "Några exempel på våldets uttryck:": eight forms, seven from Socialstyrelsen (L1207), eftervåld from Unizon (L1219).
    const box = ["psykiskt-vald", "fysiskt-vald", "sexuellt-vald", "latent-vald", "ekonomiskt-vald", "materiellt-vald", "forsummelse", "eftervald"].map((slug) => `${id}-definition-${slug}`);
    const boxed = definitions.filter((definition) => box.includes(definition.id));
    expect(boxed).toHaveLength(8);
    expect(count(boxed, (definition) => definition.sources.includes("socialstyrelsen-2023-vald-i-nara-relationer-handbok"))).toBe(7);
    expect(count(boxed, (definition) => definition.sources.includes("unizon-2024"))).toBe(1);
    // Plus hedersrelaterat våld (L1258–1264), sexuellt våld oberoende relation (L1316–1322), annan människohandel (L1412–1418),
    // sexuell exploatering av barn (L1488–1499).
    expect(count(definitions, (definition) => definition.kind === "form-of-violence")).toBe(12);
    // L2139–2143 the legend of the lost table: SoL, HSL, TvL.
    expect(definitions.filter((definition) => definition.kind === "abbreviation").map((definition) => definition.term)).toEqual(["SoL", "HSL", "TvL"]);
    // Del 1: kvinnofrid, samverkan, three target groups, särskilt sårbar grupp (6); Del 2: 18; Del 4: abbreviations, SIP,
    // socialtjänstinsatser, hälso- och sjukvårdsinsatser, avvikelse (7); Del 5: implementering, IRIS, systematisk uppföljning, ISU, SU-Kvinnofrid (5).
    expect(definitions).toHaveLength(36);
  });

  it("has every responsibility of Del 4 with its actor, unit and modality", () => {
    const del4 = responsibilities.filter((responsibility) => responsibility.chapter === chapter("gemensamt-ansvar-for-samverkan"));
    const social = del4.filter((responsibility) => responsibility.actor === "dalarnas-kommuner" && responsibility.unit === "socialtjänsten");
    // Socialtjänstens ansvar L2319–2545: utreda vuxen 7 (L2327–2341), riskbedömning vuxen 5 (L2345–2361), erbjuda vuxen
    // 1 + 9 (L2396–2426), utredning barn 1 + 7 + 1 (L2432–2466), riskbedömning barn 4 (L2472–2491), insatser barn 3
    // (L2495–2503), våldsutövare 4 + 6 (L2509–2545).
    expect(social).toHaveLength(48);
    expect(count(social, (responsibility) => responsibility.modality === "must")).toBe(12);
    expect(count(social, (responsibility) => responsibility.modality === "should")).toBe(36);
    expect(count(social, (responsibility) => responsibility.leadIn === "I ett ärende som gäller en våldsutsatt vuxen bör socialtjänsten bland annat utreda:")).toBe(7);
    expect(count(social, (responsibility) => responsibility.leadIn === "Socialtjänsten bör bland annat kunna erbjuda den våldsutsatta vuxna:")).toBe(9);
    expect(count(social, (responsibility) => responsibility.leadIn === "Socialtjänsten bör bland annat kunna erbjuda våldsutövare:")).toBe(6);
    // Hälso- och sjukvårdens ansvar L2549–2582: fråga i enrum, punkterna 1–4, dokumentera; plus vårdgivare samverka internt L2198.
    const health = del4.filter((responsibility) => responsibility.actor === "region-dalarna" && responsibility.unit === "hälso- och sjukvården");
    expect(health).toHaveLength(7);
    expect(count(health, (responsibility) => responsibility.modality === "responsible")).toBe(1);
    // Socialnämnden: L2157 (3 kap. 5 §), L2196, L2400 (nämndens utredning), L2841–2845, L2847–2859.
    expect(count(del4, (responsibility) => responsibility.actor === "socialnamnderna-dalarna")).toBe(5);
    // L2220 "Respektive part förbinder sig att iaktta den sekretess och tystnadsplikt …": the only commitment.
    expect(responsibilities.filter((responsibility) => responsibility.modality === "commits").map((responsibility) => responsibility.modalityText)).toEqual(["förbinder sig"]);
    // "är skyldiga"/"har skyldighet": L2377–2379 anmälningsplikt, L3618–3620 statistik, L3684–3686 könsuppdelad statistik.
    expect(count(responsibilities, (responsibility) => /skyldig/.test(responsibility.modalityText ?? "") && responsibility.modality === "must")).toBe(3);
    // Barnahus L3099–3121 (three goals), regionkoordinatorer L3133–3135, kvinnojourerna L3159–3167, Länsföreningen L3180–3182.
    expect(count(del4, (responsibility) => responsibility.actor === "barnahus-dalarna")).toBe(3);
    expect(count(del4, (responsibility) => ["regionkoordinatorerna-bergslagen", "kvinnojourerna-dalarna", "lansforeningen-kvinno-och-tjejjourer-dalarna"].includes(responsibility.actor))).toBe(3);
    expect(del4).toHaveLength(103);
  });

  it("has the responsibilities of the other parts", () => {
    const inChapter = (slug: string) => count(responsibilities, (responsibility) => responsibility.chapter === chapter(slug));
    // Del 1: L536–540, L647–659, L643–662, L708–712. Del 2: L933–935, L1525–1529, four in the Barnkonventionen box L1637–1657.
    // Del 3: L1732–1734, L1746–1750, L1782–1784, L1827–1831, L1864. Del 5: L3233–3241, L3298–3300, L3477–3499 (2),
    // L3579–3583, L3614, L3618, L3636–3638, L3648–3654, L3664–3672 (2), L3682–3696 (3), L3742–3746 (2).
    // Del 7: L3792–3804 (4), L3820–3848 (6), L3852–3858 (2).
    expect([
      inChapter("om-overenskommelsen"),
      inChapter("kunskap-om-vald"),
      inChapter("komplext-samverkansomrade"),
      inChapter("lokalt-arbete-tillsammans"),
      inChapter("beslut-om-overenskommelsen"),
    ]).toEqual([4, 6, 5, 16, 12]);
    expect(responsibilities).toHaveLength(146);
    // Länschefsnätverket: L3820 (kan), L3832, L3834, L3838, L3842, L3844–3848.
    expect(count(responsibilities, (responsibility) => responsibility.actor === "lanschefsnatverket-dalarna")).toBe(6);
  });

  it("cites the laws down to chapter and section", () => {
    // 14 kap. 1 § SoL: the box L2367–2391 (two duties) and L2568–2572 ("enligt 14 kap. 1 §", law not named: inferred).
    const reporting = responsibilities.filter((responsibility) => cites(responsibility.legalBasis, "socialtjanstlagen-2001-453", "14", "1"));
    expect(reporting).toHaveLength(3);
    expect(count(reporting, (responsibility) => responsibility.legalBasisBasis === "inferred")).toBe(1);
    // 2 kap. 7 § SoL and 16 kap. 4 § HSL: L2256–2264 with fn 39 (L2316–2318) and L2626–2637 with fn 41 (L2631).
    expect(
      count(
        responsibilities,
        (responsibility) => cites(responsibility.legalBasis, "socialtjanstlagen-2001-453", "2", "7") && cites(responsibility.legalBasis, "halso-och-sjukvardslagen-2017-30", "16", "4"),
      ),
    ).toBe(2);
    // 3 kap. 5 § SoL (L2163), 2 kap. 1 § SoL (L2029–2033 with fn 36).
    expect(count(responsibilities, (responsibility) => cites(responsibility.legalBasis, "socialtjanstlagen-2001-453", "3", "5"))).toBe(1);
    expect(count(responsibilities, (responsibility) => cites(responsibility.legalBasis, "socialtjanstlagen-2001-453", "2", "1"))).toBe(1);
    // 2 kap. 9 § and 7 kap. 6 § HSLF-FS 2022:39 (fn 37, L2252) for the three duties of L2196–2208.
    expect(count(responsibilities, (responsibility) => cites(responsibility.legalBasis, "hslf-fs-2022-39", "2", "9") && cites(responsibility.legalBasis, "hslf-fs-2022-39", "7", "6"))).toBe(3);
    // Offentlighets- och sekretesslagen (2009:400): L2246–2248, L2359–2361, L2489–2491.
    expect(count(responsibilities, (responsibility) => cites(responsibility.legalBasis, "offentlighets-och-sekretesslagen-2009-400"))).toBe(3);
    // "HSL, 6 kap. § 13 a" (L2857–2859) is 6 kap. 13 a § föräldrabalken, recorded as a citation error.
    const guardian = responsibilities.find((responsibility) => cites(responsibility.legalBasis, "foraldrabalken-1949-381", "6", "13 a"))!;
    expect(guardian.legalBasis[0]!.text).toBe("HSL, 6 kap. § 13 a");
    expect(sourceErrors.some((error) => error.original === "HSL, 6 kap. § 13 a" && error.kind === "citation")).toBe(true);
    // Regeringsformen 1 kap. 2 § (L661); barnkonventionen articles 2, 3, 6, 12 (L1633–1635); Förordning (1994:1108) (fn 54).
    expect(count(responsibilities, (responsibility) => cites(responsibility.legalBasis, "regeringsformen-1974-152", "1", "2"))).toBe(1);
    const articles = responsibilities.flatMap((responsibility) => responsibility.legalBasis).filter((citation) => citation.source === "fn-konventionen-om-barnets-rattigheter");
    expect(articles.map((citation) => citation.article)).toEqual(["2", "3", "6", "12"]);
    expect(count(responsibilities, (responsibility) => cites(responsibility.legalBasis, "forordning-1994-1108"))).toBe(1);
    // Footnote 44 (L2723): "(lag 2017:612) 4 kap. 1-3 §§" as three citations.
    const footnotes = chapters.flatMap((candidate) => candidate.footnotes);
    expect(footnotes.find((footnote) => footnote.label === "44")?.citations?.map((citation) => citation.section)).toEqual(["1", "2", "3"]);
    // All legal sources are in the one registry file of laws and regulations.
    const legal = [
      "halso-och-sjukvardslagen-2017-30",
      "tandvardslagen-1985-125",
      "offentlighets-och-sekretesslagen-2009-400",
      "patientsakerhetslagen-2010-659",
      "hslf-fs-2022-39",
      "lss-1993-387",
      "lvu-1990-52",
      "lvm-1988-870",
      "lag-2017-612-samverkan-vid-utskrivning",
      "brottsbalken-1962-700",
      "kommunallagen-2017-725",
      "diskrimineringslagen-2008-567",
      "regeringsformen-1974-152",
      "foraldrabalken-1949-381",
      "sosfs-2011-9",
      "forordning-1994-1108",
    ];
    expect(legal.every((source) => data.sources.find((candidate) => candidate.id === source)?.file.endsWith("lagar-och-foreskrifter.md"))).toBe(true);
  });

  it("has the template for local agreements with 5 sections, 9 fields and 43 questions", () => {
    // L3292–3463 "Föreslaget innehåll i de lokala överenskommelserna": sections L3308, L3328, L3368, L3398, L3424–3426.
    expect(templates).toHaveLength(1);
    const template = templates[0]!;
    expect(template.documentKind).toBe("agreement");
    expect(template.sections.map((section) => section.title)).toEqual([
      "FRAMTAGANDE AV DEN LOKALA ÖVERENSKOMMELSEN",
      "LEDNING OCH ORGANISATION",
      "LOKAL LÄGESBILD",
      "LOKALT UTBUD AV INSATSER",
      "IMPLEMENTERING OCH SYSTEMATISK UPPFÖLJNING OCH ANALYS",
    ]);
    const fields = template.sections.flatMap((section) => section.fields);
    expect(fields.map((field) => field.questions?.length)).toEqual([4, 6, 4, 3, 4, 6, 4, 4, 8]);
    expect(fields.flatMap((field) => field.questions ?? [])).toHaveLength(43);
    expect(fields.find((field) => field.id === `${id}-mall-ledning-samverkansorganisation`)?.title).toBe("Beskrivning av den lokala ”samverkansorganisationen”");
  });

  it("has the follow-up measures and the statistics with their qualifiers", () => {
    // L3211–3215 local agreements; L3567–3577 three forms of follow-up.
    expect(measures).toHaveLength(4);
    expect(count(measures, (measure) => measure.leadIn === "Således behövs olika former av uppföljning inom ramen för denna överenskommelse.")).toBe(3);
    expect(measures.filter((measure) => measure.frequency).map((measure) => measure.frequency)).toEqual(["årligen", "årligen"]);
    // L1594 83 procent; L1912 "upp till ett femtiotal"; L1930–1932 "ett 30-tal brister"; L1960–1972 majorities;
    // L1974–1986 contacts before the crime; L2043 69 fall.
    expect(indicators.every((indicator) => indicator.kind === "statistic")).toBe(true);
    expect(indicators).toHaveLength(6);
    const values = indicators
      .flatMap((indicator) => indicator.observations)
      .filter((observation) => observation.value !== undefined)
      .map((observation) => [observation.value, observation.qualifier?.kind ?? null]);
    expect(values).toEqual([
      [83, null],
      [50, "at-most"],
      [30, "approximately"],
      [50, "approximately"],
      [25, "approximately"],
      [69, null],
    ]);
  });

  it("keeps the 55 footnotes in the chapters where they are referenced", () => {
    const labels = chapters.flatMap((candidate) => candidate.footnotes.map((footnote) => footnote.label));
    expect(labels).toEqual(Array.from({ length: 55 }, (_, i) => String(i + 1)));
    // Förord 1–4, Del 1 5–19 (fn 19 and the RSS box print after the Del 2 heading, L886–918), Del 2 20–33, Del 3 34–35,
    // Del 4 36–51, Del 5 52–55.
    expect(chapters.map((candidate) => candidate.footnotes.length)).toEqual([4, 0, 15, 14, 2, 16, 4, 0]);
    const footnotes = chapters.flatMap((candidate) => candidate.footnotes);
    expect(footnotes.find((footnote) => footnote.label === "4")?.documents).toEqual(["dalarna-strategi-2023"]);
    expect(footnotes.find((footnote) => footnote.label === "7")?.documents).toEqual(["dalarna-strategi-2023"]);
  });

  it("records what the extraction lost and the source's errors", () => {
    // Cover, table of contents, Bilaga 1–4 (L154–170), the large figure of fn 34 (L1904–1905) at document level;
    // chapter gaps: signatures (L3792–3794), figures L961, L1120, L1807–1825, L1872, L3069, L3352–3355, Ansvarstabellen L2104–2143.
    expect(count(gaps, (gap) => gap.kind === "appendix")).toBe(4);
    expect(count(gaps, (gap) => gap.kind === "figure")).toBe(7);
    expect(count(gaps, (gap) => gap.kind === "table")).toBe(1);
    expect(gaps).toHaveLength(15);
    // E.g. "HSL-FS 2022:39" (L87, L826), "(1962/700)" (L494), "(2010:1 408)" (L661), "tugår" (L664), LVM "(1998:870)" (L2721).
    expect(count(sourceErrors, (error) => error.original === "HSL-FS 2022:39")).toBe(2);
    expect(sourceErrors.map((error) => error.original)).toEqual(
      expect.arrayContaining(["brottsbalken (1962/700)", "(2010:1 408)", "tugår", "identifera", "förkommer", "ochdet", "16 kap. 4 §,,", "insatser enligt SOL", "artikelnummer 2023-1-8880"]),
    );
    expect(sourceErrors).toHaveLength(34);
    expect(events).toHaveLength(9);
  });
});
