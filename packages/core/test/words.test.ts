import { describe, expect, it } from "vitest";
import { compareWords, normalizeMarkdown, normalizeProse } from "../src/words.ts";

describe("compareWords", () => {
  it("keeps Swedish words whole, contractions with a colon included", () => {
    expect(compareWords("Se k:a och våldsutsatta barn.", "Se kyrkan och våldsutsatta kvinnor.")).toEqual([
      { op: "equal", text: "Se " },
      { op: "delete", text: "k:a" },
      { op: "insert", text: "kyrkan" },
      { op: "equal", text: " och våldsutsatta " },
      { op: "delete", text: "barn" },
      { op: "insert", text: "kvinnor" },
      { op: "equal", text: "." },
    ]);
  });

  it("gives a text that is all new, all gone or the same as one run", () => {
    expect(compareWords("", "Ny text.")).toEqual([{ op: "insert", text: "Ny text." }]);
    expect(compareWords("Gammal text.", "")).toEqual([{ op: "delete", text: "Gammal text." }]);
    expect(compareWords("Samma.", "Samma.")).toEqual([{ op: "equal", text: "Samma." }]);
    expect(compareWords("", "")).toEqual([]);
  });

  it("gives a text rewritten beyond recognition as deleted and inserted whole", () => {
    const before = Array.from({ length: 3000 }, (_, index) => `ord${index}`).join(" ");
    const after = Array.from({ length: 3000 }, (_, index) => `annat${index}`).join(" ");
    expect(compareWords(before, after)).toEqual([
      { op: "delete", text: before },
      { op: "insert", text: after },
    ]);
  });
});

describe("normalizeProse", () => {
  it("collapses whitespace, line breaks and Unicode forms", () => {
    expect(normalizeProse("  Stöd\r\n och   skydd\t")).toBe("Stöd och skydd");
    expect(normalizeProse("sto\u0308d")).toBe("stöd");
  });
});

describe("normalizeMarkdown", () => {
  it("joins the lines of a rewrapped paragraph and drops trailing spaces and extra blank lines", () => {
    expect(normalizeMarkdown("Första raden\n  fortsätter   här.  \r\n\r\n\r\n\nAndra stycket.\n")).toBe("Första raden fortsätter här.\n\nAndra stycket.");
  });

  it("keeps the line breaks that start list items, headings, quotes, table rows and footnotes", () => {
    const markdown = "# Rubrik\nText\n- ett\n  fortsatt\n- två\n  - under\n1. först\n> citat\n| a | b |\n| - | - |\n[^1]: Fotnot.";
    expect(normalizeMarkdown(markdown)).toBe("# Rubrik\nText\n- ett fortsatt\n- två\n  - under\n1. först\n> citat\n| a | b |\n| - | - |\n[^1]: Fotnot.");
  });
});
