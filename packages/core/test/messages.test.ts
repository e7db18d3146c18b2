import { VFile } from "vfile";
import { VFileMessage } from "vfile-message";
import { describe, expect, it } from "vitest";
import { type Code, codes, Finding, type FindingParams, kindOfValue, pathWords, quoted, renderFinding, report, severityOf } from "../src/messages.ts";

/** Characters that could forge an output line, reorder it or colour a terminal, as content might carry them. */
const hostile = "x\ny\r\u2028\u2029\u001b[31m\u202ez";
/** Characters that must never reach a rendered finding from content. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this looks for.
const forging = /[\n\r\u2028\u2029\u001b\u202e]/;

/**
 * Representative params for every code: `hostile` wherever the value comes from the content
 * (a value, a key, an id, a label, a title, a link). Plain words where styrdok itself or the
 * system supplies it: the schemas' own words, error codes, dates and ids in checked (valid)
 * files, and file paths (which the reporters print as they are anyway).
 */
const examples: { [C in Code]: FindingParams[C] } = {
  "path-not-found": { path: hostile },
  "file-unreadable": { reason: "EACCES" },
  "file-unexpected": { rename: hostile },
  "symlink-broken": {},
  "symlink-outside-root": { target: "/etc/passwd" },
  "file-empty": {},
  "file-too-large": { size: 3_000_000, limit: 2_000_000 },
  "file-binary": {},
  "encoding-invalid": { byte: "0xff" },
  "encoding-utf16": {},
  "frontmatter-missing": {},
  "frontmatter-unterminated": {},
  "frontmatter-not-mapping": { actual: "array" },
  // A parser's message of several lines: only its first line is shown.
  "yaml-syntax": { parserMessage: "Something new went wrong\n  at line 3, column 4", yamlCode: "SOMETHING_NEW", nbsp: true },
  "yaml-tab": {},
  "yaml-indent": { actual: 3, expected: 4 },
  "yaml-duplicate-key": { key: hostile, first: 3 },
  "yaml-alias-limit": {},
  "yaml-too-deep": { limit: 40 },
  "markdown-too-complex": { seconds: 10 },
  "type-missing": { allowed: ["document", "chapter"], written: hostile, suggestion: "type" },
  "type-unknown": { value: hostile, allowed: ["document", "chapter"], suggestion: "chapter" },
  "schema-unknown-field": { field: hostile, path: [hostile, { item: 1, id: hostile }], allowed: ["id", "name"], suggestion: "name" },
  "schema-required": { field: "name", path: ["actors", { item: 0, id: hostile }], title: "Namn" },
  "schema-type": { path: ["actors", { item: 0, id: hostile }, "name"], expected: ["string"], actual: "array" },
  "schema-enum": { value: hostile, path: ["actors", { item: 0, id: hostile }, "kind"], allowed: ["kommun", "region"], suggestion: "kommun" },
  "schema-const": { path: ["type"], expected: "chapter" },
  "schema-pattern": { value: hostile, path: ["actors", { item: 0, id: hostile }, "id"], pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", suggestion: "x-y-z" },
  "schema-empty": { path: ["actors", { item: 0, id: hostile }, "name"] },
  "schema-too-few": { path: ["parties", { item: 0 }, "roles"], limit: 1 },
  "schema-too-long": { path: ["title"], limit: 20_000 },
  "schema-duplicate-value": { value: hostile, path: ["counties"] },
  "schema-out-of-range": { path: ["respondents"], comparison: ">=", limit: 0 },
  "invalid-date": { value: hostile, path: ["validity", "to"] },
  "invalid-url": { value: hostile, path: ["source", "url"] },
  "schema-invalid": { path: ["actors", { item: 0, id: hostile }], keyword: "minProperties", ajvParams: { limit: 2 }, ajvMessage: "must NOT have fewer than 2 properties" },
  "duplicate-id": { id: hostile, other: "actors.md:4", otherType: "actor" },
  "reference-unresolved": { id: hostile, expected: "actor", suggestion: "polismyndigheten", path: ["measures", { item: 0, id: hostile }, "responsible", { item: 0 }] },
  "references-unchecked": { count: 2, field: hostile },
  "reference-wrong-type": { id: hostile, actual: "actor", expected: "goal", path: ["measures", { item: 0, id: hostile }, "goals", { item: 0 }] },
  // Chains, dates and kinds come from schema-valid files only: ids and dates there have a fixed form.
  cycle: { relation: "parent", chain: "s-a → s-b → s-a" },
  "date-order": { from: "2021", to: "2020" },
  "link-unresolved": { href: hostile, suggestion: "s-mal-1" },
  "footnote-undefined": { label: hostile },
  "footnote-unknown-label": { label: hostile },
  "text-not-in-body": {
    field: hostile,
    id: hostile,
    passage: [
      { op: "equal", text: hostile },
      { op: "delete", text: hostile },
      { op: "insert", text: hostile },
    ],
  },
  "footnote-duplicate": { label: hostile },
  "footnote-unused": { label: hostile },
  "link-unsafe": { href: hostile },
  "html-in-body": { html: hostile },
  "link-missing-hash": { href: hostile, id: hostile },
  "body-ignored": { type: "actors" },
  "yaml-comment-in-value": {},
  "yaml-tag": { tag: hostile },
  "chapter-without-document": {},
  "document-not-index": {},
  "chapter-order-ambiguous": { name: hostile },
  "document-without-text": { value: "complete" },
  "template-field-missing": { template: hostile, field: hostile, title: hostile },
  "template-field-foreign": { field: hostile, actual: hostile, expected: hostile },
  "actor-unreferenced": { id: hostile },
  "goal-without-measure": { id: hostile },
  "measure-without-responsible": { id: hostile, kind: "action-plan" },
  "document-expired-not-superseded": { id: hostile, to: "2020-12-31" },
  "document-draft": { id: hostile },
  "item-proposed": { id: hostile, type: "measure", from: hostile },
  "continues-outside-lineage": { id: hostile, type: "goal", target: hostile, document: hostile, targetDocument: hostile },
  "format-refused": { reason: "unsupported", detail: "a YAML tag" },
  "import-empty": {},
  "import-encoding": { guess: "windows-1252" },
  "import-binary": {},
  "import-too-large": { size: 140_000_000, limit: 104_857_600, unit: "bytes" },
  "import-pdf-encrypted": {},
  // pdf.js's own words about a file the editor hands in.
  "import-pdf-corrupt": { reason: hostile },
  "import-pdf-no-text": { pages: 3 },
  "import-no-text": {},
  "internal-error": { reason: "Cannot read properties of undefined (reading 'id')" },
};

const render = <C extends Code>(code: C, params: FindingParams[C], lang: "sv" | "en") => renderFinding(new Finding(code, params, undefined), lang);

describe("renderFinding", () => {
  it.each(Object.keys(codes) as Code[])("words %s in Swedish and in English, and lets no content forge an output line", (code) => {
    const sv = render(code, examples[code], "sv");
    const en = render(code, examples[code], "en");
    expect(sv.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(sv).not.toBe(en);
    expect(sv).not.toMatch(forging);
    expect(en).not.toMatch(forging);
  });

  it("shows a value from the content in quotes, with line breaks and control characters escaped", () => {
    expect(render("link-unsafe", { href: "java\tscript:\nalert(1)" }, "en")).toBe(
      'The link "java\\tscript:\\nalert(1)" runs code or embeds data and is not shown as a link on the site. Link with https: or to an id with #.',
    );
    expect(render("yaml-duplicate-key", { key: "a\u202eb", first: 3 }, "sv")).toBe('Fältet "a\\u202eb" står redan på rad 3; ett fält får bara stå en gång i samma samling.');
  });

  it("keeps an id in a path as written, but not a line break inside it", () => {
    const words = render("schema-enum", { value: "kommunn", path: ["actors", { item: 0, id: "x\nactors.md:1:1  fel  forged" }, "kind"], allowed: ["kommun"], suggestion: "kommun" }, "sv");
    expect(words).toBe('actors › nr 1 (x\\nactors.md:1:1  fel  forged) › kind har värdet "kommunn", som inte är tillåtet. Menade du "kommun"? Tillåtna värden: kommun.');
  });

  it("names a footnote by its label in Markdown form, escaping what the label must not carry", () => {
    expect(render("footnote-unused", { label: "12" }, "sv")).toBe("Fotnoten [^12] definieras men texten hänvisar aldrig till den; skriv [^12] där den hör hemma.");
    expect(render("footnote-duplicate", { label: "a\u202eb" }, "en")).toBe("The footnote [^a\\u202eb] is defined more than once; only the first is shown.");
  });

  it("names the kinds of values in words", () => {
    expect(render("schema-type", { path: ["counties"], expected: ["array", "null"], actual: "string" }, "sv")).toBe("counties ska vara en lista eller tomt, men är en text.");
    expect(render("schema-type", { path: ["counties"], expected: ["array"], actual: "non-finite" }, "en")).toBe(
      "counties must be a list, but is a number that is not finite (such as .nan or a number too large).",
    );
    expect(render("frontmatter-not-mapping", { actual: "array" }, "sv")).toBe("Frontmatter ska vara fält på formen nyckel: värde, men är en lista.");
  });

  it("counts in the reader's grammar: one reference, two references", () => {
    expect(render("references-unchecked", { count: 1 }, "en")).toMatch(/^1 reference in the content points to an id that does not exist, but it is not checked/);
    expect(render("references-unchecked", { count: 2 }, "en")).toMatch(/^2 references in the content point to ids that do not exist, but they are not checked/);
    expect(render("schema-too-few", { path: ["roles"], limit: 1 }, "sv")).toBe("roles måste ha minst 1 värde.");
    expect(render("schema-too-few", { path: ["roles"], limit: 2 }, "sv")).toBe("roles måste ha minst 2 värden.");
    expect(render("schema-out-of-range", { path: ["respondents"], comparison: ">=", limit: 0 }, "sv")).toBe("respondents måste vara minst 0.");
  });

  it("names the type an id should have, with the right article", () => {
    expect(render("reference-wrong-type", { id: "polismyndigheten", actual: "actor", expected: "goal", path: [] }, "sv")).toBe('"polismyndigheten" är en aktör, men här krävs ett mål.');
    expect(render("reference-wrong-type", { id: "polismyndigheten", actual: "actor", expected: "goal", path: [] }, "en")).toBe('"polismyndigheten" is an actor, but a goal is required here.');
    expect(render("reference-unresolved", { id: "polis", expected: "actor", suggestion: "polismyndigheten", path: [] }, "sv")).toBe(
      'Det finns ingen aktör med id "polis". Menade du "polismyndigheten"?',
    );
  });

  it("explains a YAML error the editor can act on, and says when a non-breaking space is on the line", () => {
    const known = render("yaml-syntax", { parserMessage: "Bad indentation of a sequence entry", yamlCode: "BAD_INDENT" }, "sv");
    expect(known).toMatch(/^Ogiltig YAML: indraget stämmer inte\./);
    const withNbsp = render("yaml-syntax", { parserMessage: "Bad indentation", yamlCode: "BAD_INDENT", nbsp: true }, "en");
    expect(withNbsp).toContain("The line contains a non-breaking space");
    expect(render("yaml-syntax", { parserMessage: "Something new\nsecond line", yamlCode: "SOMETHING_NEW" }, "en")).toBe("Invalid YAML: Something new");
  });

  it("gives a rule without words of its own in ajv's words, in Swedish too", () => {
    const params: FindingParams["schema-invalid"] = { path: ["validity"], keyword: "minProperties", ajvParams: { limit: 1 }, ajvMessage: "must NOT have fewer than 1 properties" };
    expect(render("schema-invalid", params, "en")).toBe("validity must NOT have fewer than 1 properties.");
    const sv = render("schema-invalid", params, "sv");
    expect(sv).toMatch(/^validity /);
    expect(sv).not.toContain("must NOT");
  });

  it("keeps the words of a message that is not styrdok's", () => {
    expect(renderFinding(new VFileMessage("Something from another plugin"), "sv")).toBe("Something from another plugin");
  });
});

describe("pathWords", () => {
  it("counts list positions from 1, with the item's id, in the reader's language", () => {
    const path = ["actors", { item: 1, id: "aklagarmyndigheten" }, "kind"];
    expect(pathWords(path, "sv")).toBe("actors › nr 2 (aklagarmyndigheten) › kind");
    expect(pathWords(path, "en")).toBe("actors › no. 2 (aklagarmyndigheten) › kind");
    expect(pathWords(["parties", { item: 0 }, "roles"], "sv")).toBe("parties › nr 1 › roles");
  });

  it("names the frontmatter as a whole when the path is empty", () => {
    expect(pathWords([], "sv")).toBe("frontmatter");
    expect(render("schema-required", { field: "title", path: [], title: "Rubrik" }, "sv")).toBe('Fältet "title" (Rubrik) saknas.');
    expect(render("schema-required", { field: "name", path: ["actors", { item: 2 }], title: "" }, "en")).toBe('The field "name" is missing in actors › no. 3.');
  });
});

describe("Finding", () => {
  it("carries its code as rule id and reason, and is an error or a warning by its code", () => {
    const error = new Finding("link-unsafe", { href: "javascript:x" }, { start: { line: 3, column: 5 }, end: { line: 3, column: 20 } });
    expect([error.ruleId, error.reason, error.source, error.fatal, severityOf(error)]).toEqual(["link-unsafe", "link-unsafe", "styrdok", true, "error"]);
    expect([error.line, error.column, error.place]).toEqual([3, 5, { start: { line: 3, column: 5 }, end: { line: 3, column: 20 } }]);
    const warning = new Finding("footnote-unused", { label: "1" }, undefined);
    expect([warning.fatal, severityOf(warning), warning.line, warning.column]).toEqual([false, "warning", 1, 1]);
  });

  it("offers a suggestion as `expected` and keeps the value as written as `actual`", () => {
    const finding = new Finding("schema-enum", { value: "kommunn", path: ["actors", { item: 0, id: "falun" }, "kind"], allowed: ["kommun"], suggestion: "kommun" }, undefined);
    expect(finding.expected).toEqual(["kommun"]);
    expect(finding.actual).toBe("kommunn");
    const noSuggestion = new Finding("schema-enum", { value: "banan", path: [], allowed: ["kommun"], suggestion: "" }, undefined);
    expect(noSuggestion.expected).toEqual([]);
    const noValue = new Finding("schema-enum", { valueKind: "array", path: [], allowed: ["kommun"], suggestion: "" }, undefined);
    expect(noValue.actual).toBeUndefined();
  });

  it("gives its path as data, list positions from 0, or none when it concerns no path", () => {
    const finding = new Finding("schema-required", { field: "name", path: ["actors", { item: 1, id: "falun" }], title: "Namn" }, undefined);
    expect(finding.dataPath).toEqual(["actors", 1]);
    expect(new Finding("footnote-unused", { label: "1" }, undefined).dataPath).toBeUndefined();
  });

  it("is added to its file by `report`, named by the file's path", () => {
    const file = new VFile({ path: "documents/s/01-kap.md", value: "" });
    const finding = report(file, "footnote-unused", { start: { line: 9, column: 1 } }, { label: "1" });
    expect(file.messages).toEqual([finding]);
    expect(finding.file).toBe("documents/s/01-kap.md");
    expect(finding.name).toBe("documents/s/01-kap.md:9:1");
  });
});

describe("kindOfValue and quoted", () => {
  it("name a value's kind as a message words it", () => {
    expect([null, undefined, [], {}, "x", true, 3, 3.5, Number.NaN, Number.POSITIVE_INFINITY].map(kindOfValue)).toEqual([
      "null",
      "null",
      "array",
      "object",
      "string",
      "boolean",
      "integer",
      "number",
      "non-finite",
      "non-finite",
    ]);
  });

  it("quote texts, finite numbers and truth values as written, and anything else by its kind", () => {
    expect(quoted("ska")).toEqual({ value: "ska" });
    expect(quoted(2020)).toEqual({ value: "2020" });
    expect(quoted(false)).toEqual({ value: "false" });
    expect(quoted(Number.NaN)).toEqual({ valueKind: "non-finite" });
    expect(quoted(["a"])).toEqual({ valueKind: "array" });
    expect(quoted(null)).toEqual({ valueKind: "null" });
    expect(render("schema-enum", { ...quoted(["a"]), path: ["kind"], allowed: ["kommun"], suggestion: "" }, "sv")).toBe('kind har värdet "en lista", som inte är tillåtet. Tillåtna värden: kommun.');
  });
});
