import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { formatContent } from "../src/format.ts";

const contentRoot = fileURLToPath(new URL("../../../content/", import.meta.url));

function contentFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? contentFiles(path) : name.endsWith(".md") ? [path] : [];
  });
}

function formatted(text: string): string {
  const outcome = formatContent(text);
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason} ${outcome.detail}`);
  return outcome.text;
}

/** The frontmatter's data, as the validator reads it. */
function dataOf(text: string): unknown {
  const yaml = /^\ufeff?---\r?\n([\s\S]*?\r?\n)---/.exec(text)?.[1] ?? "";
  return parseDocument(yaml, { uniqueKeys: true, strict: true, resolveKnownTags: false }).toJS({ maxAliasCount: 100 });
}

function bodyOf(text: string): string {
  return text.replace(/^\ufeff?---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
}

describe("fmt on the real content", () => {
  const files = contentFiles(contentRoot);

  it.each(files.map((file) => [file.slice(contentRoot.length), file]))("%s is canonical: formatting it changes no byte", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const outcome = formatContent(text);
    expect(outcome).toMatchObject({ ok: true, changed: false });
  });
});

describe("fmt on tricky YAML", () => {
  const cases: Array<[string, string]> = [
    [
      "comments before, beside and after keys, and at the end",
      `---
# what this file is
type: actors # the kind
actors:
  # the police
  - id: polismyndigheten # id
    name: Polismyndigheten
    kind: statlig-myndighet
    # nothing more
# the end
---
`,
    ],
    [
      "anchors and aliases",
      `---
type: chapter
id: x
title: T
indicators:
  - id: a
    kind: indicator
    text: t
    sources: &shared [kalla-1, kalla-2]
  - id: b
    kind: indicator
    text: u
    sources: *shared
---
`,
    ],
    [
      "block and folded scalars, indented from a flush list",
      `---
type: chapter
id: x
title: T
goals:
- id: a
  level: mal
  text: |
    Första raden
      indragen rad

    sista raden
  note: >-
    En vikt
    text som
    fortsätter
---
`,
    ],
    [
      "quoted strings with escapes, Swedish letters and single quotes",
      `---
type: chapter
id: x
title: 'Mäns våld mot kvinnor – "citat" och ''apostrof'''
label: "\\t\\u00e5 \\"x\\" \\\\ \\u2028 slut"
note: Plain text, a colon:here and a hash#inside
---
`,
    ],
    [
      "flow sequences, flow maps and a list too long for one line",
      `---
type: document
id: d
counties: [ dalarna ,stockholm ]
parties:
  - {actor: polismyndigheten, roles: [author, member], label: "Polisen"}
relations: [{relation: supersedes, document: d-2010}]
frameworks:
- framework: nationell-strategi-2017-2026
  goals: [nationell-strategi-2017-2026-mal-1, nationell-strategi-2017-2026-mal-2, nationell-strategi-2017-2026-mal-3]
---
`,
    ],
    [
      "a long line that must never be wrapped, and a multi-line plain text",
      `---
type: chapter
id: x
title: ${"ordet ".repeat(60).trim()}
note: en text
  som fortsätter
  på flera rader
---
`,
    ],
    [
      "keys out of the schema's order, an unknown key, numbers and truth values as written",
      `---
title: T
id: x
type: chapter
appendix: TRUE
mål: [a]
label: "3"
indicators:
  - text: t
    id: i
    kind: statistic
    observations:
      - unit: percent
        value: 12.50
        date: 2020
---
`,
    ],
  ];

  it.each(cases)("%s: same data, comments kept, idempotent", (_name, text) => {
    const once = formatted(text);
    expect(dataOf(once)).toEqual(dataOf(text));
    expect(formatted(once)).toBe(once);
    for (const comment of text.match(/#.*$/gm) ?? []) if (!/'|:/.test(comment)) expect(once).toContain(comment);
  });

  it("writes the canonical form", () => {
    expect(formatted(cases[4]![1])).toBe(`---
type: document
id: d
counties: [dalarna, stockholm]
parties:
  - actor: polismyndigheten
    roles: [author, member]
    label: "Polisen"
relations:
  - relation: supersedes
    document: d-2010
frameworks:
  - framework: nationell-strategi-2017-2026
    goals:
      - nationell-strategi-2017-2026-mal-1
      - nationell-strategi-2017-2026-mal-2
      - nationell-strategi-2017-2026-mal-3
---
`);
    expect(formatted(cases[6]![1])).toBe(`---
type: chapter
id: x
title: "T"
label: "3"
appendix: TRUE
mål: ["a"]
indicators:
  - id: i
    kind: statistic
    text: "t"
    observations:
      - value: 12.50
        date: 2020
        unit: percent
---
`);
    expect(formatted(cases[3]![1])).toBe(`---
type: chapter
id: x
title: "Mäns våld mot kvinnor – \\"citat\\" och 'apostrof'"
label: "\\tå \\"x\\" \\\\ \\u2028 slut"
note: "Plain text, a colon:here and a hash#inside"
---
`);
  });

  it("keeps comments next to the key they belong to when keys move", () => {
    const text = `---
# top
id: x
# about the title
title: T
type: chapter # always chapter
---
`;
    expect(formatted(text)).toBe(`---
# top
type: chapter # always chapter
id: x
# about the title
title: "T"
---
`);
  });

  it("keeps a comment after a nested list with what follows it, and one indented as the list in the list", () => {
    const text = "---\ntype: chapter\nid: x\ngoals:\n  - id: a\n    text: t\n    # in the item\n  # in the list\n# before the title\ntitle: T\n---\n";
    expect(formatted(text)).toBe('---\ntype: chapter\nid: x\n# before the title\ntitle: "T"\ngoals:\n  - id: a\n    text: "t"\n    # in the item\n  # in the list\n---\n');
  });

  it("keeps a comment after a key without a value on that key's line, and the comment lines below it with the key they stand above", () => {
    // Found by the fuzzer: both went above the key without a value, so that the next run moved them again.
    const cases = [
      ["---\ntype: chapter\nid: x\nnote: # kommentar\ntitle: T\n---\n", '---\ntype: chapter\nid: x\ntitle: "T"\nnote: # kommentar\n---\n'],
      ["---\ntype: chapter\nid: x\nnote:\n# om titeln\ntitle: T\n---\n", '---\ntype: chapter\nid: x\n# om titeln\ntitle: "T"\nnote:\n---\n'],
      ["---\ntype:\nparent:  #kommentar\n---\n", "---\ntype:\nparent: #kommentar\n---\n"],
    ];
    for (const [text, canonical] of cases) {
      expect(formatted(text!)).toBe(canonical);
      expect(formatted(canonical!)).toBe(canonical);
    }
  });

  it("reads a space or a comma at the end of a flow list or mapping as nothing, not as one more empty item", () => {
    // Found by pnpm task:fuzz: `[ ]` became a list of one empty item, which the check caught ("unsafe"), and `{ }` was refused.
    const cases = [
      ["---\ntype: chapter\nid: x\ntitle: T\ncounties: [ ]\n---\n", '---\ntype: chapter\nid: x\ntitle: "T"\ncounties: []\n---\n'],
      ["---\ntype: chapter\nid: x\ntitle: T\ncounties: [dalarna, ]\n---\n", '---\ntype: chapter\nid: x\ntitle: "T"\ncounties: ["dalarna"]\n---\n'],
      ["---\ntype: chapter\nid: x\ntitle: T\ncounties: [ # inga än\n  ]\n---\n", '---\ntype: chapter\nid: x\ntitle: "T"\ncounties: []\n# inga än\n---\n'],
      ["---\ntype: chapter\nid: x\ntitle: T\nnote: { }\n---\n", '---\ntype: chapter\nid: x\ntitle: "T"\nnote: {}\n---\n'],
      ["---\ntype: chapter\nid: x\ntitle: T\nnote: {a: b, }\n---\n", '---\ntype: chapter\nid: x\ntitle: "T"\nnote:\n  a: "b"\n---\n'],
    ];
    for (const [text, canonical] of cases) {
      expect(formatted(text!)).toBe(canonical);
      expect(formatted(canonical!)).toBe(canonical);
    }
  });

  it("keeps a frontmatter that is an empty mapping, {}, as it is", () => {
    // Found by the fuzzer: it printed as nothing, which reads as no data at all ("unsafe").
    expect(formatted("---\n{}\n---\n")).toBe("---\n{}\n---\n");
  });

  it("keeps the keys' order where schema order would put an alias before its anchor", () => {
    const text = "---\ntype: chapter\nid: x\nnote: &n hej\nlabel: *n\ntitle: T\n---\n";
    expect(formatted(text)).toBe('---\ntype: chapter\nid: x\nnote: &n "hej"\nlabel: *n\ntitle: "T"\n---\n');
  });

  it("re-indents block scalars with their key and keeps their lines", () => {
    const once = formatted(cases[2]![1]);
    expect(once).toContain("  - id: a\n    level: mal\n    text: |\n      Första raden\n        indragen rad\n\n      sista raden\n    note: >-\n      En vikt\n");
  });

  it("keeps the blank lines that a block scalar with + keeps, at the end of the frontmatter too", () => {
    // Found by the fuzzer: they are the text's own line ends, and dropping them changed the data ("unsafe").
    expect(formatted("---\ntype: chapter\nid: x\nnote: |+\n  a\n\n---\n")).toBe("---\ntype: chapter\nid: x\nnote: |+\n  a\n\n---\n");
    expect(formatted("---\ntype: chapter\nid: x\nnote: >+\n\n\n---\n")).toBe("---\ntype: chapter\nid: x\nnote: >+\n\n\n---\n");
  });

  it("prints an anchor on an empty value in a flow list as it prints it anywhere else: no space after it", () => {
    // Found by the fuzzer: "- &a " with its trailing space became "- &a" when formatted again.
    const once = formatted("---\ntype: chapter\nid: x\nnote: [[&a, Å]]\n---\n");
    expect(once).toBe('---\ntype: chapter\nid: x\nnote:\n  -\n    - &a\n    - "Å"\n---\n');
    expect(formatted(once)).toBe(once);
  });

  it("drops a blank line of spaces at the start of the body as it drops an empty one, in one pass", () => {
    // Found by the fuzzer: the spaces went, and the empty line they left stayed until fmt ran again.
    const once = formatted('---\ntype: chapter\nid: x\ntitle: "T"\n---\n \n* punkt\n');
    expect(once).toBe('---\ntype: chapter\nid: x\ntitle: "T"\n---\n\n* punkt\n');
    expect(formatted(once)).toBe(once);
  });

  it("reads a body that starts with a thematic break (---) as a body, never as a second frontmatter", () => {
    // Found by the fuzzer: its Markdown was compared as if it began a file, so "---\nText  \n---" looked like frontmatter and fmt refused.
    const text = '---\ntype: chapter\nid: x\ntitle: "T"\n---\n---\nText  \n---\n1. Mer\n';
    expect(formatted(text)).toBe('---\ntype: chapter\nid: x\ntitle: "T"\n---\n\n---\nText  \n---\n1. Mer\n');
  });

  it("keeps a byte-order mark that starts the body: in the file it is a character of the text, not a mark", () => {
    // Found by pnpm task:fuzz: the body was compared alone, where micromark drops a byte-order mark that starts its input, so fmt refused ("unsafe").
    expect(formatted('---\ntype: chapter\nid: x\ntitle: "T"\n---\n\ufeff')).toBe('---\ntype: chapter\nid: x\ntitle: "T"\n---\n\n\ufeff\n');
  });

  it("keeps a body of no-break spaces: Markdown reads it as text, not as a blank line", () => {
    // Found by the fuzzer: JavaScript's trim() took it for nothing, and the body's paragraph would have gone ("unsafe").
    expect(formatted('---\ntype: chapter\nid: x\ntitle: "T"\n---\n\u00a0')).toBe('---\ntype: chapter\nid: x\ntitle: "T"\n---\n\n\u00a0\n');
  });

  it("keeps CRLF line endings and a byte-order mark", () => {
    const text = "\ufeff---\r\nid: x\r\ntype: chapter\r\ntitle: T\r\n---\r\n\r\nText  \r\nmed hård radbrytning.\r\n\r\n\r\n\r\nSlut.\r\n\r\n";
    const once = formatted(text);
    expect(once).toBe('\ufeff---\r\ntype: chapter\r\nid: x\r\ntitle: "T"\r\n---\r\n\r\nText  \r\nmed hård radbrytning.\r\n\r\nSlut.\r\n');
    expect(formatted(once)).toBe(once);
  });

  it("tidies the body only where the Markdown stays the same", () => {
    const text = '---\ntype: chapter\nid: x\ntitle: "T"\n---\nStycke med blanksteg på slutet \t\n\n\n\n```\nkod   \n\n\n\nmer kod\n```\n';
    const once = formatted(text);
    // The code block's trailing spaces and blank lines are its content: the rules that would change them are not applied.
    expect(bodyOf(once)).toContain("kod   \n\n\n\nmer kod");
    expect(bodyOf(once).startsWith("\nStycke")).toBe(true);
  });

  it("adds a final newline and one blank line after the frontmatter", () => {
    expect(formatted('---\ntype: chapter\nid: x\ntitle: "T"\n---\n# Rubrik\n\nText.')).toBe('---\ntype: chapter\nid: x\ntitle: "T"\n---\n\n# Rubrik\n\nText.\n');
  });

  it("leaves broken YAML alone and says why", () => {
    expect(formatContent("---\ntype: chapter\nid: [x\n---\n")).toMatchObject({ ok: false, reason: "unreadable" });
    expect(formatContent("---\ntype: chapter\ntype: actors\n---\n")).toMatchObject({ ok: false, reason: "unreadable" });
    expect(formatContent("no frontmatter here\n")).toMatchObject({ ok: false, reason: "unreadable" });
  });

  it("leaves an alias inside its own anchor alone as unreadable, as the validator does (yaml-too-deep), not as its own failure", () => {
    // Found by the fuzzer: the data has no end, and comparing it overflowed the stack ("unsafe").
    for (const text of ["---\ntype: chapter\ngoals: &a [*a]\n---\n", "---\ntype: indicator\nparent: &a {partners: [], goals: *a}\n---\n"]) {
      expect(formatContent(text)).toEqual({ ok: false, reason: "unreadable", detail: "nested too deep" });
    }
  });

  it("leaves a body nested deeper than the validator allows (markdown-too-complex) alone as unreadable, not as its own failure", () => {
    // Found by pnpm task:fuzz: comparing the tree of thousands of nested quotes overflowed the stack ("unsafe").
    for (const depth of [150, 2000, 10_000]) {
      expect(formatContent(`---\ntype: chapter\nid: x\ntitle: "T"\n---\n${"> ".repeat(depth)}text\n`)).toEqual({ ok: false, reason: "unreadable", detail: "the Markdown nests too deep" });
    }
    expect(formatContent(`---\ntype: chapter\nid: x\ntitle: "T"\n---\n${"> ".repeat(50)}text\n`)).toMatchObject({ ok: true });
  });

  it("leaves frontmatter nested by a line of list items (- - - …) alone as unreadable, as the validator does (yaml-too-deep)", () => {
    // Found by pnpm task:fuzz (seed 1835793422): 30,000 "- " on one line overflowed the YAML parser's stack.
    expect(formatContent(`---\ntype: chapter\nid: x\ngoals:\n  ${"- ".repeat(30_000)}x\n---\n`)).toEqual({ ok: false, reason: "unreadable", detail: "nested too deep" });
  });

  it("refuses what it does not rewrite instead of guessing", () => {
    expect(formatContent("---\n? type\n: chapter\n---\n")).toMatchObject({ ok: false, reason: "unsupported" });
    // Found by the fuzzer: an anchor on a key was dropped (or moved to the mapping), and the check caught the changed data ("unsafe").
    for (const text of ["---\n&a x: 1\n---\n", "---\nl:\n  - &a x: 1\n  - *a\n---\n", "---\nl: {&a x: 1}\nm: *a\n---\n"]) {
      expect(formatContent(text)).toEqual({ ok: false, reason: "unsupported", detail: "an anchor on a key" });
    }
  });
});
