// The Decompounder, as the search index uses it: compounds split into their parts, and no part
// that would make a search find words that have nothing to do with it.
import { describe, expect, it } from "vitest";
import { Decompounder } from "../src/index.ts";

describe("compounds", () => {
  const decompounder = new Decompounder();
  it("split into their parts with the Swedish dictionary", () => {
    expect(decompounder.parts("kvinnofrid")).toEqual(expect.arrayContaining(["kvinna", "frid"]));
    expect(decompounder.parts("våldsutsatta")).toEqual(expect.arrayContaining(["våld", "utsatta"]));
    expect(decompounder.parts("kvinnofridssatsning")).toEqual(expect.arrayContaining(["kvinnofrid", "satsning", "frid"]));
  });

  it("leave words that are not compounds whole", () => {
    expect(decompounder.parts("kvinnor")).toEqual([]);
    expect(decompounder.parts("relationer")).toEqual([]);
    expect(decompounder.parts("polisen")).toEqual([]);
    // Not "rap|port", "kom|munerna", "dala|rnas", "myndig|heter": short or suffix-like parts are chance matches.
    for (const word of ["rapport", "kommunerna", "dalarnas", "myndigheter", "gällande"]) expect(decompounder.parts(word), word).toEqual([]);
  });

  it("give a linking -s to the modifier: sjukvårds|lag, not sjukvård|slag", () => {
    expect(decompounder.parts("sjukvårdslag")).toEqual(expect.arrayContaining(["sjukvård", "lag"]));
    expect(decompounder.parts("sjukvårdslag")).not.toContain("slag");
  });

  // Over-splits once found in the content's words: each made a search for one "part" find words
  // that have nothing to do with it ("föra" found "förebygga"). Add every new one here.
  const overSplits: Record<string, string[]> = {
    förebygga: ["föra", "bygga"],
    förekommer: ["föra", "kommer"],
    förekomst: ["föra"],
    förtryck: ["ryck"],
    undersökning: ["ökning", "sökning"],
    fortsatt: ["att", "satt"],
    tillfällen: ["fällen"],
    tillgångar: ["gångar"],
    genomsnittet: ["snittet"],
    efterfrågar: ["frågar"],
    fastställ: ["ställ"],
    underlättas: ["lättas"],
    framföra: ["föra"],
    fullgöra: ["göra"],
    inneburit: ["burit"],
    angeläget: ["läget"],
    avseenden: ["enden"],
    försvarare: ["varare"],
    försvåra: ["våra"],
    formella: ["ella"],
    emotionella: ["ella"],
    dessutom: ["utom"],
    förståelse: ["else"],
    handlingar: ["lingar", "hand"],
    koppling: ["ling"],
    lärdomar: ["omar"],
    specialister: ["ister"],
    äventyra: ["tyra"],
    misshandel: ["handel"],
    föranleder: ["leder"],
    utvärderingarna: ["ringarna"],
  };
  for (const [word, wrong] of Object.entries(overSplits)) {
    it(`leave ${word} without ${wrong.map((part) => `"${part}"`).join(" or ")}`, () => {
      const parts = decompounder.parts(word);
      for (const part of wrong) expect(parts, `${word}: ${parts.join(" ")}`).not.toContain(part);
    });
  }

  it("take a second s for the head, not the modifier, when the content uses that head: grund|skolan, arbets|sätt", () => {
    const withContent = new Decompounder(["skolan", "sätt", "lag"]);
    expect(withContent.parts("grundskolan")).toEqual(expect.arrayContaining(["grund", "skolan"]));
    expect(withContent.parts("arbetssätt")).toContain("sätt");
    expect(withContent.parts("sjukvårdslag")).toContain("lag");
  });

  it("leave names whole: a capital inside a sentence is a name, not a compound", () => {
    expect(decompounder.partsOfText("Kommunerna i Sundsvalls och Kramfors län samverkar.")).toEqual([]);
    // At a sentence's start the capital says nothing.
    expect(decompounder.partsOfText("Kvinnofrid är målet.")).toEqual(expect.arrayContaining(["frid"]));
    // A list item, a quotation or a table cell begins like a sentence.
    expect(decompounder.partsOfText("Insatser:\n- Kvinnofridssatsning i länet")).toEqual(expect.arrayContaining(["satsning"]));
    expect(decompounder.partsOfText("| Kvinnofridssatsning |")).toEqual(expect.arrayContaining(["satsning"]));
    // A name made of a word the content uses is split like the word.
    expect(new Decompounder(["kvinnofrid"]).partsOfText("Samarbetet Operation Kvinnofrid")).toEqual(expect.arrayContaining(["frid"]));
  });
});

describe("isSpelled", () => {
  const words = new Decompounder();
  it("knows inflected words and compounds, and not a word's half or a made-up string", () => {
    for (const word of ["uppgett", "behandling", "förutsättningar", "våldsutsatta", "geografiska", "syftar", "myndighetsgemensamma", "samverkansöverenskommelser"])
      expect(words.isSpelled(word), word).toBe(true);
    for (const word of ["syf", "verksamhe", "xqzv", "kompetensutve"]) expect(words.isSpelled(word), word).toBe(false);
  });
});
