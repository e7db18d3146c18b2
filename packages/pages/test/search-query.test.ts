// What the search page asks Pagefind and how it judges the answer (src/search-query.ts).
import { describe, expect, it } from "vitest";
import { matchesQuery, type NamedItem, namedMatches, pagefindTerm, queryWords, suggestion } from "../src/search-query.ts";
import { namesFile } from "../src/search-words.ts";

describe("pagefindTerm", () => {
  it("asks for each word's Swedish stem, which every inflection of it begins with", () => {
    expect(pagefindTerm("rättsprocessen")).toBe("rättsprocess");
    expect(pagefindTerm("Polisen")).toBe("polis");
    expect(pagefindTerm("kvinnofriden")).toBe("kvinnofrid");
    // Every inflection of a word begins with the stem asked for.
    for (const form of ["våldsutövare", "våldsutövarna", "våldsutövaren"]) expect(form.startsWith(pagefindTerm("våldsutövarna"))).toBe(true);
  });

  it("keeps å, ä and ö, numbers and punctuation as typed", () => {
    expect(pagefindTerm("Brå")).toBe("brå");
    expect(pagefindTerm("bra")).toBe("bra");
    expect(pagefindTerm("SOSFS 2014:4")).toBe("sosf 2014:4");
  });

  it("leaves an exact search in quotation marks alone", () => {
    expect(pagefindTerm('"skyddat boende"')).toBe('"skyddat boende"');
  });
});

describe("matchesQuery", () => {
  it("finds a word that begins with a query word's stem, letter for letter", () => {
    expect(matchesQuery("Rättsvårdande myndigheter håller god kvalitet i rättsprocesser", "rättsprocessen")).toBe(true);
    expect(matchesQuery("Brottsförebyggande rådet (Brå)", "Brå")).toBe(true);
  });

  it("tells Pagefind's fallback to a shorter prefix from a hit: 'ivo' is not 'i', 'bra' is not 'Brå'", () => {
    expect(matchesQuery("Våld i nära relationer", "IVO")).toBe(false);
    expect(matchesQuery("Brottsförebyggande rådet, Brå", "bra")).toBe(false);
    // Pagefind finds only what has every word: a hit lacking one came from the fallback.
    expect(matchesQuery("Samverkan i nära relationer", "IVO samverkan")).toBe(false);
  });
});

describe("namedMatches", () => {
  const items: NamedItem[] = [
    { names: ["Brottsförebyggande rådet", "Brå"], url: "/aktor/bra/", title: "Brottsförebyggande rådet", kind: "actor" },
    { names: ["SoL", "SFS 2001:453", "Socialtjänstlag (2001:453)"], url: "/kalla/sol/", title: "Socialtjänstlag (2001:453)", kind: "source" },
    { names: ["Polismyndigheten", "Polisen"], url: "/aktor/polis/", title: "Polismyndigheten", kind: "actor" },
    { names: ["Våldsutövare"], url: "/begrepp/#valdsutovare", title: "Våldsutövare", kind: "definition" },
  ];

  it("finds an item by any of its names, in any case and spacing", () => {
    expect(namedMatches("brå", items).map((item) => item.url)).toEqual(["/aktor/bra/"]);
    expect(namedMatches("  sol ", items).map((item) => item.url)).toEqual(["/kalla/sol/"]);
    expect(namedMatches("SFS  2001:453", items).map((item) => item.url)).toEqual(["/kalla/sol/"]);
  });

  it("finds a name in another inflection, since readers type 'polisen' and 'våldsutövarna'", () => {
    expect(namedMatches("polisens", items).map((item) => item.url)).toEqual(["/aktor/polis/"]);
    expect(namedMatches("våldsutövarna", items).map((item) => item.url)).toEqual(["/begrepp/#valdsutovare"]);
  });

  it("never takes another letter for å, ä or ö, nor a beginning for the name", () => {
    expect(namedMatches("bra", items)).toEqual([]);
    expect(namedMatches("So", items)).toEqual([]);
    expect(namedMatches("Brottsförebyggande", items)).toEqual([]);
  });
});

describe("suggestion", () => {
  const vocabulary = ["och", "våld", "kvinnofrid", "socialstyrelsen", "polismyndigheten", "migrationsverket", "kvinnor", "barnkonventionen"];

  it("offers the closest word of the index for a word it does not have", () => {
    expect(suggestion("kvinofrid", vocabulary)).toBe("kvinnofrid");
    expect(suggestion("socialstyrelssen", vocabulary)).toBe("socialstyrelsen");
    expect(suggestion("polismyndigeten", vocabulary)).toBe("polismyndigheten");
    expect(suggestion("barnkonvetionen och våld", vocabulary)).toBe("barnkonventionen och våld");
  });

  it("offers nothing when every word is known, in any inflection, or nothing is close", () => {
    expect(suggestion("kvinnofriden", vocabulary)).toBeUndefined();
    expect(suggestion("våld", vocabulary)).toBeUndefined();
    expect(suggestion("xylofonorkester", vocabulary)).toBeUndefined();
    // A short word is too easily another word: no guess.
    expect(suggestion("vold", vocabulary)).toBeUndefined();
  });

  it("finds the names file by the first letter typed, not by a quotation mark a title begins with", () => {
    expect(namesFile("”Inget att vänta på”")).toBe(namesFile("inget"));
    expect(namesFile("Brå")).toBe(namesFile("b"));
  });

  it("words a query the way the search reads it", () => {
    expect(queryWords("SOSFS 2014:4, Brå")).toEqual(["sosfs", "2014", "4", "brå"]);
  });
});
