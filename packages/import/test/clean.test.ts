import { describe, expect, it } from "vitest";
import { type Block, clean, FOOTNOTE_MARK, readSource, type SourceText, wordsOf } from "../src/index.ts";

async function sourceOf(text: string): Promise<SourceText> {
  const read = await readSource(new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.problems.map((problem) => problem.code).join());
  return read.source;
}

async function cleaned(text: string) {
  const source = await sourceOf(text);
  return clean(source, wordsOf(source));
}

// The cleaning's own footnote marks read as Markdown writes them.
const texts = (blocks: Block[]) => blocks.map((block) => block.text.replace(FOOTNOTE_MARK, "[^$1]"));

// Three pages as pdftotext writes them: form feeds between pages, a running head on top, a page number at the foot.
const threePages = [
  "Regional strategi mot våld",
  "1. Inledning",
  "",
  "Denna strategi beskriver hur länets myndigheter ska arbeta tillsammans mot våld i nära",
  "relationer. Arbetet ska be-",
  "drivas i samverkan med civilsamhället och utgå från den nationella strategin1.",
  "",
  "1 Skr. 2016/17:10 Makt, mål och myndighet.",
  "1",
  "\fRegional strategi mot våld",
  "2. Mål",
  "",
  "Strategin har tre målsättningar:",
  "• Våldet ska förebyggas.",
  "• Våldsutsatta ska få stöd",
  "  och skydd.",
  "• Arbetet ska bli mer kunskapsbaserat.",
  "",
  "Ansvaret för hälso- och sjukvårdens arbets- och",
  "ledningsformer ligger hos regionen och EU-",
  "kommissionen följer arbetet.",
  "2",
  "\fRegional strategi mot våld",
  "3. Uppföljning",
  "",
  "Länsstyrelsen följer upp strategin varje år.",
  "3",
  "",
].join("\n");

describe("clean", () => {
  it("drops page numbers and the running head, each with its page and line", async () => {
    const result = await cleaned(threePages);
    expect(result.dropped.map((dropped) => [dropped.reason, dropped.line.page, dropped.line.text])).toEqual([
      ["page-number", 1, "1"],
      ["page-number", 2, "2"],
      ["page-number", 3, "3"],
      ["running-head", 1, "Regional strategi mot våld"],
      ["running-head", 2, "\fRegional strategi mot våld".slice(1)],
      ["running-head", 3, "Regional strategi mot våld"],
    ]);
    expect(texts(result.blocks).join("\n")).not.toContain("Regional strategi mot våld");
  });

  it("joins lines into paragraphs and undoes a hyphen at a line end only where that makes a word", async () => {
    const result = await cleaned(threePages);
    expect(texts(result.blocks)).toContain(
      "Denna strategi beskriver hur länets myndigheter ska arbeta tillsammans mot våld i nära relationer. Arbetet ska bedrivas i samverkan med civilsamhället och utgå från den nationella strategin[^1].",
    );
    // "arbets- och" shares its second part; "EU-" is an abbreviation's hyphen.
    expect(texts(result.blocks)).toContain("Ansvaret för hälso- och sjukvårdens arbets- och ledningsformer ligger hos regionen och EU-kommissionen följer arbetet.");
  });

  it("separates a footnote number glued to a word and collects the note", async () => {
    const result = await cleaned(threePages);
    expect(result.footnotes).toEqual([expect.objectContaining({ label: "1", text: "Skr. 2016/17:10 Makt, mål och myndighet.", referenced: true })]);
    expect(texts(result.blocks).join("\n")).not.toContain("1 Skr.");
  });

  it("recognises numbered headings and bullet lists, with a list item's lines joined", async () => {
    const result = await cleaned(threePages);
    const headings = result.blocks.filter((block) => block.kind === "heading");
    expect(headings.map((heading) => [heading.level, heading.label, heading.text])).toEqual([
      [1, "1", "Inledning"],
      [1, "2", "Mål"],
      [1, "3", "Uppföljning"],
    ]);
    const items = result.blocks.filter((block) => block.kind === "list-item");
    expect(texts(items)).toEqual(["Våldet ska förebyggas.", "Våldsutsatta ska få stöd och skydd.", "Arbetet ska bli mer kunskapsbaserat."]);
  });

  it("drops a table of contents", async () => {
    const result = await cleaned(
      [
        "Innehåll",
        "1. Inledning ........................ 3",
        "2. Mål .............................. 5",
        "",
        "1. Inledning",
        "",
        "Text om inledningen som är lång nog att vara ett stycke i dokumentet.",
      ].join("\n"),
    );
    expect(result.dropped.filter((dropped) => dropped.reason === "table-of-contents").map((dropped) => dropped.line.line)).toEqual([1, 2, 3]);
    expect(texts(result.blocks)).toEqual(["Inledning", "Text om inledningen som är lång nog att vara ett stycke i dokumentet."]);
  });

  it("without page breaks, takes a number alone that continues the count for a page's end", async () => {
    const result = await cleaned(["Första sidans text slutar här mitt i en mening som", "4", "fortsätter på nästa sida och slutar där.", "", "Tabellen visar antalet ärenden:", "", "250"].join("\n"));
    expect(result.dropped.map((dropped) => dropped.line.text)).toEqual(["4"]);
    expect(texts(result.blocks)).toEqual(["Första sidans text slutar här mitt i en mening som fortsätter på nästa sida och slutar där.", "Tabellen visar antalet ärenden:", "250"]);
  });

  it("joins a word pdftotext broke at a soft hyphen (no space at the line's end) and keeps real spaces", async () => {
    const result = await cleaned(
      [
        "Strategin gäller för hela länet och ska ",
        "följas upp varje år av länsstyrelsen. Arbetet ",
        "utgår från lokala förutsätt",
        "ningar och behov i familjens ",
        "rykte och i länets åtgärds",
        "områden. ",
      ].join("\n"),
    );
    expect(texts(result.blocks)).toEqual([
      "Strategin gäller för hela länet och ska följas upp varje år av länsstyrelsen. Arbetet utgår från lokala förutsättningar och behov i familjens rykte och i länets åtgärdsområden.",
    ]);
  });

  it("joins words the extraction split at a ligature, and leaves two words alone", async () => {
    const result = await cleaned(
      "Knuff ar, slag och sparkar hör till det fysiska våldet, liksom att hota med vapen och att skada.\n\nStöd och behan-\nfl ing ges av kommunen, som ska finnas på plats.",
    );
    expect(texts(result.blocks)).toEqual([
      "Knuffar, slag och sparkar hör till det fysiska våldet, liksom att hota med vapen och att skada.",
      "Stöd och behanfling ges av kommunen, som ska finnas på plats.",
    ]);
  });

  it("takes a short line with no sentence end over a paragraph for a heading", async () => {
    const result = await cleaned(["Bakgrund ", "Våld i nära relationer är ett stort problem i hela länet och berör många. "].join("\n"));
    expect(result.blocks.map((block) => [block.kind, block.text])).toEqual([
      ["heading", "Bakgrund"],
      ["paragraph", "Våld i nära relationer är ett stort problem i hela länet och berör många."],
    ]);
  });
});

describe("readSource", () => {
  it("refuses text that is not UTF-8, saying where and what it looks like", async () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode("Rad ett\nV"), 0xe5, 0x6c, 0x64]);
    const read = await readSource(latin1);
    expect(read).toEqual({ ok: false, problems: [{ code: "import-encoding", params: { guess: "windows-1252" }, place: { line: 2, column: 2 } }] });
  });

  it("refuses an empty file and a binary one, and reads a file called .pdf that is text as text", async () => {
    expect(await readSource(new Uint8Array())).toEqual({ ok: false, problems: [{ code: "import-empty", params: {} }] });
    expect(await readSource(new TextEncoder().encode("   \n\n  "))).toEqual({ ok: false, problems: [{ code: "import-empty", params: {} }] });
    expect((await readSource(Uint8Array.from([0x41, 0, 0x42]))).ok).toBe(false);
    expect(await readSource(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0xe5, 0xe4]))).toEqual({ ok: false, problems: [{ code: "import-binary", params: {} }] });
    const text = await readSource(new TextEncoder().encode("bara text"));
    expect(text.ok && text.source.format).toBe("text");
  });

  it("refuses a corrupt PDF with a finding, not an exception", async () => {
    const read = await readSource(new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF"));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.code).toMatch(/^import-pdf-(corrupt|no-text)$/);
  });

  it("reads UTF-16 with its byte-order mark", async () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[..."Våld"].flatMap((char) => [char.charCodeAt(0), 0])]);
    const read = await readSource(utf16);
    expect(read.ok && read.source.lines[0]!.text).toBe("Våld");
  });
});
