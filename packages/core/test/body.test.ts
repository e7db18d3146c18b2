import { describe, expect, it } from "vitest";
import { type BodyBlock, blockOfText, containsWords, normalizeText } from "../src/body.ts";
import { bodyOf } from "./memory.ts";

/** A chapter file with this body after a three-line frontmatter: body line n is file line n + 3. */
const file = (markdown: string) => `---\ntype: chapter\n---\n${markdown}`;
const body = (markdown: string) => bodyOf(file(markdown));

/** The blocks as the reader meets them: type and text. */
const blocksOf = (markdown: string) => body(markdown).blocks.map((block) => [block.type, block.text]);

describe("readBody: the Markdown", () => {
  it("is what follows the frontmatter, with LF line endings and without the blank lines before it", () => {
    expect(bodyOf("---\r\ntype: chapter\r\n---\r\n\r\n\r\nFörsta stycket.\r\nSamma stycke.\r\n\r\nAndra.\r\n").markdown).toBe("Första stycket.\nSamma stycke.\n\nAndra.\n");
  });

  it("keeps the indentation of its first line", () => {
    expect(body("\n    kod\n").markdown).toBe("    kod\n");
  });
});

describe("readBody: footnotes", () => {
  it("keeps each footnote's label as written and its text as Markdown with LF line endings", () => {
    const { footnotes } = body("Text.[^Not1]\n\n[^Not1]: Se *Socialtjänstlagen*\r\noch förarbetena.\n");
    expect(footnotes.map((footnote) => [footnote.label, footnote.identifier, footnote.text])).toEqual([["Not1", "not1", "Se *Socialtjänstlagen*\noch förarbetena."]]);
    expect(footnotes[0]!.place.start).toEqual({ line: 6, column: 1 });
  });

  it("keeps the first of a footnote defined twice, as GFM shows it, and sets the second apart", () => {
    const { footnotes, duplicateFootnotes } = body("Text.[^1]\n\n[^1]: Den första.\n[^1]: Den andra.\n");
    expect(footnotes.map((footnote) => footnote.text)).toEqual(["Den första."]);
    expect(duplicateFootnotes.map((footnote) => [footnote.label, footnote.text, footnote.place.start.line])).toEqual([["1", "Den andra.", 7]]);
  });

  it("knows which footnotes the text refers to, whatever the case of the reference", () => {
    const { referencedFootnotes } = body("Text.[^A] Mer.[^b]\n\n[^a]: A.\n[^b]: B.\n[^c]: C.\n");
    expect([...referencedFootnotes]).toEqual(["a", "b"]);
  });

  it("finds a reference to a footnote that is never defined, where it is written", () => {
    const { undefinedFootnotes } = body("Text.[^1]\n\nMer text[^saknas] här.\n\n[^1]: Finns.\n");
    expect(undefinedFootnotes).toEqual([{ label: "saknas", place: { start: { line: 6, column: 9 }, end: { line: 6, column: 18 } } }]);
  });

  it("does not take an escaped \\[^x] or code for an undefined footnote", () => {
    expect(body("Skriv \\[^x] för en fotnot, eller `[^y]`.\n\n```\n[^z]\n```\n").undefinedFootnotes).toEqual([]);
  });

  it("still finds an undefined footnote after an escaped backslash: in \\\\[^x] only the backslash is escaped", () => {
    expect(body("Sökväg C:\\\\[^x] och C:\\\\\\[^y].\n").undefinedFootnotes.map((footnote) => [footnote.label, footnote.place.start.column])).toEqual([["x", 12]]);
  });
});

describe("readBody: links", () => {
  it("counts a link to #id as a mention of the item, with the id percent-decoded", () => {
    const { mentions } = body("Se [målet](#s-mal-1) och [åtgärden](#%C3%A5tg%C3%A4rd-1).\n");
    expect(mentions.map((mention) => [mention.id, mention.href])).toEqual([
      ["s-mal-1", "#s-mal-1"],
      ["åtgärd-1", "#%C3%A5tg%C3%A4rd-1"],
    ]);
    expect(mentions[0]!.place).toEqual({ start: { line: 4, column: 4 }, end: { line: 4, column: 21 } });
  });

  it("reads a web address after an unclosed bracket, whose pieces GFM leaves without a place", () => {
    // Found by the fuzzer: "[http://…" crashed the reader (an internal error) on the text's missing position (remark-gfm #16, #79).
    const read = body("Se [https://example.org och [www.example.org.\n");
    expect(read.plainText).toBe("Se [https://example.org och [www.example.org.");
    expect(read.blocks.map((block) => block.type)).toEqual(["paragraph"]);
  });

  it("finds a reference to an undefined footnote beside such a web address too", () => {
    // Those pieces have no place of their own: the stretch of the paragraph they stand in is read instead.
    expect(body("Se [https://example.org [^saknas] och [www.example.org.\n").undefinedFootnotes).toEqual([
      { label: "saknas", place: { start: { line: 4, column: 25 }, end: { line: 4, column: 34 } } },
    ]);
    expect(body("Se [https://example.org \\[^x] och [www.example.org.\n").undefinedFootnotes).toEqual([]);
  });

  it("counts a reference definition to #id as a mention, and keeps a malformed escape as written", () => {
    expect(body("Se [målet] och [trasig](#%E0%A4%A).\n\n[målet]: #s-mal-1\n").mentions.map((mention) => mention.id)).toEqual(["%E0%A4%A", "s-mal-1"]);
  });

  it("sets apart a link that is neither to an item nor absolute, such as one that forgot its #", () => {
    const { relativeLinks, mentions } = body("[a](polismyndigheten) [b](./s-mal-1) [c](https://example.org) [d](mailto:a@example.org) [e](#s-mal-1)\n");
    expect(relativeLinks.map((link) => link.href)).toEqual(["polismyndigheten", "./s-mal-1"]);
    expect(mentions.map((mention) => mention.id)).toEqual(["s-mal-1"]);
  });

  it("counts a link or image that runs code or embeds data as unsafe, whatever its case", () => {
    const { unsafeLinks } = body("[a](javascript:alert(1)) [b](JavaScript:x) [c](data:text/html,x) ![d](vbscript:x) [e](https://example.org/javascript:x)\n");
    expect(unsafeLinks.map((link) => link.href)).toEqual(["javascript:alert(1)", "JavaScript:x", "data:text/html,x", "vbscript:x"]);
  });

  it("counts a link with java\\tscript: or a leading space as unsafe, since browsers ignore those characters", () => {
    const { unsafeLinks } = body("[a](java&#9;script:alert(1)) [b](<java\tscript:alert(1)>) [c](&#32;javascript:x)\n");
    expect(unsafeLinks.map((link) => link.href)).toEqual(["java\tscript:alert(1)", "java\tscript:alert(1)", " javascript:x"]);
  });
});

describe("readBody: HTML and plain text", () => {
  it("records raw HTML, inline and as a block, where it stands", () => {
    const { html } = body("<div>\ndold text\n</div>\n\nEn <span>markerad</span> text.\n");
    expect(html.map((fragment) => [fragment.value, fragment.place.start.line, fragment.place.start.column])).toEqual([
      ["<div>\ndold text\n</div>", 4, 1],
      ["<span>", 8, 4],
      ["</span>", 8, 18],
    ]);
  });

  it("gives the plain text NFC-normalised, whitespace collapsed, markup and footnote markers gone, footnotes last", () => {
    const { plainText } = body("Ja\u0308mställt  *arbete*\u00a0med `kod`.[^1]  \nNy rad.\n\nNästa stycke.\n\n[^1]: En **fotnot**.\n");
    expect(plainText).toBe("Jämställt arbete med kod. Ny rad. Nästa stycke. En fotnot.");
  });

  it("never runs the words of two blocks together", () => {
    expect(body("# Rubrik\n\n- ett\n- två\n\n| a | b |\n|---|---|\n| c | d |\n").plainText).toBe("Rubrik ett två a b c d");
  });
});

describe("readBody: blocks", () => {
  it("lists the blocks in the order a reader meets them, each with its place in the file and its text", () => {
    const markdown = "## Mål\n\nFörsta stycket.\n\n> Ett citat.\n\n| a | b |\n|---|---|\n| c | d |\n";
    const text = file(markdown);
    const blocks = bodyOf(text).blocks;
    expect(blocks.map((block) => [block.type, block.text])).toEqual([
      ["heading", "Mål"],
      ["paragraph", "Första stycket."],
      ["blockquote", "Ett citat."],
      ["paragraph", "Ett citat."],
      ["table", "a b c d"],
      ["tableRow", "a b"],
      ["tableCell", "a"],
      ["tableCell", "b"],
      ["tableRow", "c d"],
      ["tableCell", "c"],
      ["tableCell", "d"],
    ]);
    expect(blocks.map((block) => text.slice(block.start, block.end)).slice(0, 3)).toEqual(["## Mål", "Första stycket.", "> Ett citat."]);
  });

  it("does not count a # heading, which would be the chapter's own title, nor code", () => {
    expect(blocksOf("# Titel\n\n```\nkod\n```\n\nText.\n")).toEqual([["paragraph", "Text."]]);
  });

  it("takes a tight list's items as blocks, not their paragraphs; a loose list's paragraphs count", () => {
    expect(blocksOf("- ett\n- två\n")).toEqual([
      ["list", "ett två"],
      ["listItem", "ett"],
      ["listItem", "två"],
    ]);
    expect(blocksOf("- ett\n\n- två\n")).toEqual([
      ["list", "ett två"],
      ["listItem", "ett"],
      ["paragraph", "ett"],
      ["listItem", "två"],
      ["paragraph", "två"],
    ]);
  });

  it("puts the footnotes a footnote refers to after those the text refers to, as the page lists them", () => {
    // The text refers to 2; footnote 2 refers to 3; footnote 1, defined first and referring to 3 itself, only later.
    const blocks = blocksOf("Text.[^2] Mer.[^1]\n\n[^1]: Ett, se[^3].\n[^2]: Två, se[^3].\n[^3]: Tre.\n");
    expect(blocks.filter(([type]) => type === "footnoteDefinition").map(([, text]) => text)).toEqual(["Två, se.", "Ett, se.", "Tre."]);
  });

  it("does not give a block the words of a footnote defined inside it, which the page shows apart", () => {
    const blocks = blocksOf("> Citat.[^1]\n>\n> [^1]: Fotnotens ord.\n");
    expect(blocks[0]).toEqual(["blockquote", "Citat."]);
    expect(blocks.at(-1)).toEqual(["paragraph", "Fotnotens ord."]);
  });

  it("leaves out the table cells beyond the header's columns, which the page drops", () => {
    expect(blocksOf("| a | b |\n|---|---|\n| c | d | bortom |\n")).toEqual([
      ["table", "a b c d"],
      ["tableRow", "a b"],
      ["tableCell", "a"],
      ["tableCell", "b"],
      ["tableRow", "c d"],
      ["tableCell", "c"],
      ["tableCell", "d"],
    ]);
  });

  it("gives a block the text of its code, as the page shows it, but keeps code out of the prose a field may quote", () => {
    const { blocks, plainText } = body("> Före.\n>\n> ```\n> kod här\n> ```\n");
    expect(blocks[0]).toEqual(expect.objectContaining({ type: "blockquote", text: "Före. kod här" }));
    expect(plainText).toBe("Före.");
  });

  it("measures how deeply the body nests", () => {
    expect(body("Text.\n").depth).toBe(2);
    expect(body(`${"> ".repeat(50)}Djupt.\n`).depth).toBe(52);
  });

  it("puts footnotes last, in the order the text first refers to them, and leaves out those not shown", () => {
    const blocks = blocksOf("Text.[^b] Mer.[^a] Igen.[^b]\n\n[^a]: Fotnot a.\n[^b]: Fotnot b.\n[^c]: Ingen hänvisar hit.\n[^a]: En andra definition.\n");
    expect(blocks).toEqual([
      ["paragraph", "Text. Mer. Igen."],
      ["footnoteDefinition", "Fotnot b."],
      ["paragraph", "Fotnot b."],
      ["footnoteDefinition", "Fotnot a."],
      ["paragraph", "Fotnot a."],
    ]);
  });
});

describe("blockOfText", () => {
  const blocks = (markdown: string) => body(markdown).blocks;
  const where = (markdown: string, text: string) => {
    const block = blockOfText(blocks(markdown), text);
    return block && [block.type, block.text];
  };

  it("finds the smallest block that holds the whole text", () => {
    expect(where("Inledning.\n\nPolisen ska anmäla oro för barn. Mer text.\n\nSlut.\n", "Polisen ska anmäla oro för barn.")).toEqual(["paragraph", "Polisen ska anmäla oro för barn. Mer text."]);
  });

  it("compares the text as the body reads: normalised, in whole words", () => {
    expect(where("Polisen ska  anmäla\noro.\n", "Polisen ska anmäla oro.")).toEqual(["paragraph", "Polisen ska anmäla oro."]);
    expect(where("Ja\u0308mställdhet.\n", "Jämställdhet.")).toEqual(["paragraph", "Jämställdhet."]);
    expect(where("Stödet ges.\n", "Stöd")).toBeUndefined();
  });

  it("takes the outer block on a tie: a quote rather than its paragraph, a footnote rather than its paragraph", () => {
    expect(where("> Ett citat.\n", "Ett citat.")).toEqual(["blockquote", "Ett citat."]);
    expect(where("Text.[^1]\n\n[^1]: Fotnotens text.\n", "Fotnotens text.")).toEqual(["footnoteDefinition", "Fotnotens text."]);
  });

  it("anchors on the tight list item, not its paragraph, and on a loose list's item rather than its paragraph", () => {
    expect(where("- Parterna utbildar personal.\n- Något annat.\n", "Parterna utbildar personal.")).toEqual(["listItem", "Parterna utbildar personal."]);
    expect(where("- Parterna utbildar personal.\n\n- Något annat.\n", "Parterna utbildar personal.")).toEqual(["listItem", "Parterna utbildar personal."]);
  });

  it("takes a list, table or row only when none of its parts will do", () => {
    expect(where("- Den enda punkten.\n", "Den enda punkten.")).toEqual(["listItem", "Den enda punkten."]);
    expect(where("- Ett.\n- Två.\n", "Ett. Två.")).toEqual(["list", "Ett. Två."]);
    const table = "| Mål | Ansvar |\n|---|---|\n| Färre utsätts | Polisen |\n";
    expect(where(table, "Färre utsätts")).toEqual(["tableCell", "Färre utsätts"]);
    expect(where(table, "Färre utsätts Polisen")).toEqual(["tableRow", "Färre utsätts Polisen"]);
    expect(where("| Ensam |\n|---|\n", "Ensam")).toEqual(["tableCell", "Ensam"]);
  });

  it("anchors a text that spans two paragraphs where its first eight words are", () => {
    const markdown = "Inledning.\n\nEtt två tre fyra fem sex sju åtta nio.\n\nTio elva.\n";
    expect(where(markdown, "Ett två tre fyra fem sex sju åtta nio. Tio elva.")).toEqual(["paragraph", "Ett två tre fyra fem sex sju åtta nio."]);
    // Seven words in one paragraph and the eighth in the next: the text stands nowhere.
    expect(where("Ett två tre fyra fem sex sju.\n\nÅtta nio.\n", "Ett två tre fyra fem sex sju. Åtta nio.")).toBeUndefined();
  });

  it("anchors a text that runs out of a list item or a cell on the item or cell where its first eight words are, not the whole list or table", () => {
    const list = "- Inledande punkt.\n- Ett två tre fyra fem sex sju åtta nio.\n\nTio elva.\n";
    expect(where(list, "Ett två tre fyra fem sex sju åtta nio. Tio elva.")).toEqual(["listItem", "Ett två tre fyra fem sex sju åtta nio."]);
    const table = "| Mål | Ansvar |\n|---|---|\n| Ett två tre fyra fem sex sju åtta nio | Polisen |\n\nTio elva.\n";
    expect(where(table, "Ett två tre fyra fem sex sju åtta nio Tio elva.")).toEqual(["tableCell", "Ett två tre fyra fem sex sju åtta nio"]);
  });

  it("finds nothing for an empty text or one the body does not hold", () => {
    expect(where("Text.\n", "  ")).toBeUndefined();
    expect(where("Text.\n", "Annan text.")).toBeUndefined();
    expect(blockOfText([] as BodyBlock[], "Text.")).toBeUndefined();
  });
});

describe("normalizeText and containsWords", () => {
  it("normalise to NFC with every run of whitespace, a non-breaking space too, as one space", () => {
    expect(normalizeText("  A\u0308r\u00a0 \t\n det  ")).toBe("Är det");
  });

  it("find a text only as whole words", () => {
    expect(containsWords("Polisen ska anmäla oro.", "ska anmäla")).toBe(true);
    expect(containsWords("Polisen ska anmäla oro.", "oro.")).toBe(true);
    expect(containsWords("Polisen skall anmäla.", "ska")).toBe(false);
    expect(containsWords("Stödet ges.", "stöd")).toBe(false);
    expect(containsWords("enligt 140 §", "14")).toBe(false);
    expect(containsWords("enligt 14 §", "14")).toBe(true);
    // Found at its second place when the first is inside a word.
    expect(containsWords("Skatten och ska", "ska")).toBe(true);
  });

  it("let punctuation at the edge of the text stand next to a word", () => {
    expect(containsWords("barn.Nästa", "barn.")).toBe(true);
    expect(containsWords("(se bilaga)", "(se")).toBe(true);
  });

  it("find the empty text everywhere", () => {
    expect(containsWords("vad som helst", "")).toBe(true);
  });
});
