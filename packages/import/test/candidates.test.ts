import { describe, expect, it } from "vitest";
import { clean, proposeCandidates, type Registry, readSource, registryOf, wordsOf } from "../src/index.ts";

const registry: Registry = {
  actors: [
    { id: "polismyndigheten", names: ["Polismyndigheten", "Polisen"] },
    { id: "lansstyrelsen-dalarna", names: ["Länsstyrelsen i Dalarnas län", "Länsstyrelsen Dalarna"] },
    { id: "region-dalarna", names: ["Region Dalarna"] },
    { id: "region-dalarna-kommunalforbund", names: ["Region Dalarna"] },
  ],
  sources: [{ id: "socialtjanstlagen-2001-453", names: ["Socialtjänstlag (2001:453)", "Socialtjänstlag", "SoL", "SFS 2001:453"] }],
};

async function candidatesOf(text: string) {
  const read = await readSource(new TextEncoder().encode(text));
  if (!read.ok) throw new Error("unreadable");
  return proposeCandidates(clean(read.source, wordsOf(read.source)).blocks, registry);
}

describe("proposeCandidates", () => {
  it("proposes numbered goals with their level and label, and the measures listed under a lead-in", async () => {
    const found = await candidatesOf(
      [
        "Mål 1: Våld ska förebyggas.",
        "Delmål 2: Våldsutsatta ska få stöd.",
        "",
        "För att nå målen ska kommunen vidta följande åtgärder:",
        "",
        "• Ta fram rutiner för att fråga om våld.",
        "• Utbilda personalen.",
      ].join("\n"),
    );
    expect(found.goals.map((goal) => [goal.level, goal.label, goal.text, goal.line.line])).toEqual([
      ["mal", "Mål 1", "Våld ska förebyggas.", 1],
      ["delmal", "Delmål 2", "Våldsutsatta ska få stöd.", 2],
    ]);
    expect(found.measures.map((measure) => [measure.kind, measure.text, measure.leadIn, measure.line.line])).toEqual([
      ["measure", "Ta fram rutiner för att fråga om våld.", "För att nå målen ska kommunen vidta följande åtgärder:", 6],
      ["measure", "Utbilda personalen.", "För att nå målen ska kommunen vidta följande åtgärder:", 7],
    ]);
  });

  it("proposes recommendations under a heading Förslag, and no measures from questions or from a lead-in that only reports", async () => {
    const found = await candidatesOf(
      [
        "1. Förslag",
        "",
        "Kommunerna bör samordna sina utbildningar. Det har fungerat väl tidigare.",
        "",
        "2. Bakgrund",
        "",
        "Enkäten innehöll frågor om vilka insatser som genomförts under året:",
        "• Hur många utbildningar har hållits?",
        "• stöd till våldsutsatta",
      ].join("\n"),
    );
    expect(found.measures.map((measure) => [measure.kind, measure.text, measure.group])).toEqual([["recommendation", "Kommunerna bör samordna sina utbildningar.", "Förslag"]]);
  });

  it("proposes a responsibility where a registry actor ska, bör, kan or ansvarar, with the modality and the legal basis", async () => {
    const found = await candidatesOf(
      "Polisen ska utreda brotten skyndsamt. Länsstyrelsen Dalarna ansvarar för att samordna arbetet. Polismyndigheten bör anmäla oro för barn enligt 14 kap. 1 § socialtjänstlagen.",
    );
    expect(found.responsibilities.map((item) => [item.actor, item.modality, item.modalityText, item.text])).toEqual([
      ["polismyndigheten", "must", "ska", "Polisen ska utreda brotten skyndsamt."],
      ["lansstyrelsen-dalarna", "responsible", "ansvarar", "Länsstyrelsen Dalarna ansvarar för att samordna arbetet."],
      ["polismyndigheten", "should", "bör", "Polismyndigheten bör anmäla oro för barn enligt 14 kap. 1 § socialtjänstlagen."],
    ]);
    expect(found.responsibilities[2]!.legalBasis).toEqual([{ source: "socialtjanstlagen-2001-453", chapter: "14", section: "1", text: "14 kap. 1 § socialtjänstlagen" }]);
  });

  it("gives socialtjänsten's and hälso- och sjukvårdens duties to the county's municipalities and region, with the unit, also with the verb first", async () => {
    const corpus = {
      actors: [
        { id: "dalarnas-kommuner", kind: "grupp", name: "Dalarnas kommuner", counties: ["dalarna"] },
        { id: "region-dalarna", kind: "region", name: "Region Dalarna", counties: ["dalarna"] },
        { id: "region-stockholm", kind: "region", name: "Region Stockholm", counties: ["stockholm"] },
      ],
      sources: [],
    };
    const read = await readSource(new TextEncoder().encode("Socialtjänsten ska erbjuda skyddat boende. I varje ärende bör hälso- och sjukvården fråga om våld."));
    if (!read.ok) throw new Error("unreadable");
    const found = proposeCandidates(clean(read.source, wordsOf(read.source)).blocks, registryOf(corpus, ["dalarna"]));
    expect(found.responsibilities.map((item) => [item.actor, item.unit, item.modalityText])).toEqual([
      ["dalarnas-kommuner", "socialtjänsten", "ska"],
      ["region-dalarna", "hälso- och sjukvården", "bör"],
    ]);
  });

  it("leaves a subject that is in no registry, or that names two actors, to a person", async () => {
    const found = await candidatesOf("Skolan ska uppmärksamma barn som far illa. Region Dalarna ska erbjuda stöd.");
    expect(found.responsibilities).toEqual([]);
    expect(found.unknownSubjects.map((subject) => subject.subject)).toEqual(["Skolan", "Region Dalarna"]);
  });

  it("counts the registry actors the text names, and lists organisations it does not know", async () => {
    const found = await candidatesOf("Polisen och Polismyndigheten samverkar med Brottsofferjouren och Kvinnojouren i Falun, och med Trygghetsmyndigheten.");
    expect(found.actors.get("polismyndigheten")?.count).toBe(2);
    expect(found.unknownActors.map((mention) => mention.name)).toEqual(["Brottsofferjouren", "Kvinnojouren", "Trygghetsmyndigheten"]);
  });

  it("proposes the validity from a period on the title page", async () => {
    const found = await candidatesOf(["Handlingsplan mot våld", "2025–2028", "", "1. Inledning", "", "Text."].join("\n"));
    expect(found.validity).toMatchObject({ from: "2025", to: "2028", text: "2025–2028" });
  });
});
