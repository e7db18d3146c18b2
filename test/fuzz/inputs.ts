// What the fuzzers feed styrdok: the real content files with an editor's accidents and an
// attacker's bytes in them, and random YAML and Markdown made of the tokens that parsers get
// wrong. Every mutation is data (where, what), so that fast-check can shrink a failing one and a
// failure can print it.
import fc from "fast-check";

export type Retype = "list" | "string" | "number" | "mapping" | "null" | "boolean" | "scalar";

export type Mutation =
  | { kind: "delete-line"; at: number }
  | { kind: "duplicate-line"; at: number }
  | { kind: "swap-lines"; at: number }
  /** Moves a line's indentation by `by` spaces (never below none), or replaces it with a tab (`by` 0). */
  | { kind: "indent"; at: number; by: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; bytes: number[] }
  /** Gives a `key: value` line a second time, in the same mapping. */
  | { kind: "duplicate-key"; at: number }
  | { kind: "retype"; at: number; to: Retype }
  | { kind: "long-line"; at: number; unit: string; length: number };

// `at` is any natural number, taken modulo the places there are: it shrinks towards the first.

const encode = (text: string) => [...Buffer.from(text, "utf8")];

/** Bytes that readers mishandle: NUL, a lone CR, byte-order marks, every kind of invalid UTF-8, and YAML's and Markdown's punctuation. */
const insertions: number[][] = [
  [0x00],
  [0x0d],
  [0x0d, 0x0a],
  [0x09],
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0xff],
  [0x80],
  [0xc0, 0x80],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  ...[
    "---\n",
    "\n---\n",
    ": ",
    "- ",
    "#",
    " # x",
    "&a ",
    "*a",
    "!!binary ",
    "!x ",
    "[",
    "]",
    "{",
    "}",
    "'",
    '"',
    "|",
    ">",
    "`",
    "```\n",
    "[^1]",
    "<script>",
    "\u00a0",
    "\u2028",
    "\ufeff",
    "\\",
    "? ",
    "<<: *a\n",
  ].map(encode),
];

/** What a very long line is made of: prose, and the characters whose runs are costly to parse. */
const longUnits = ["a", "ö", "Våld ", "x, ", "*", "`", "[", "\\", "- ", "> "];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete-line"), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate-line"), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap-lines"), at: fc.nat() }),
  fc.record({ kind: fc.constant("indent"), at: fc.nat(), by: fc.constantFrom(1, -1, 2, -2, 4, -4, 0) }),
  fc.record({ kind: fc.constant("truncate"), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert"), at: fc.nat(), bytes: fc.oneof(fc.constantFrom(...insertions), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 })) }),
  fc.record({ kind: fc.constant("duplicate-key"), at: fc.nat() }),
  fc.record({ kind: fc.constant("retype"), at: fc.nat(), to: fc.constantFrom<Retype>("list", "string", "number", "mapping", "null", "boolean", "scalar") }),
  fc.record({
    kind: fc.constant("long-line"),
    at: fc.nat(),
    unit: fc.constantFrom(...longUnits),
    length: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.constantFrom(5_000, 60_000)),
  }),
);

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

// The mutations work on the bytes as Latin-1 text (one character per byte), so that they can cut
// a character in half and insert bytes that are not UTF-8, and still find lines and keys.
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

/** A `key:` line of a block mapping, or a list item's first key; group 3 is the value, if any. */
const keyLine = /^( *(?:- +)?)([^\s:#"'[{][^:\n]*?):( +[^\n]*)?$/;

export function mutate(bytes: Uint8Array, changes: readonly Mutation[]): Uint8Array {
  let text = latin1(bytes);
  for (const change of changes) text = apply(text, change);
  return Buffer.from(text, "latin1");
}

function apply(text: string, change: Mutation): string {
  const lines = text.split("\n");
  // The empty piece after a final newline is no line of its own.
  const count = lines.at(-1) === "" ? lines.length - 1 : lines.length;
  const line = count > 0 ? change.at % count : 0;
  const joined = () => lines.join("\n");
  switch (change.kind) {
    case "delete-line":
      lines.splice(line, 1);
      return joined();
    case "duplicate-line":
      lines.splice(line, 0, lines[line] ?? "");
      return joined();
    case "swap-lines": {
      const next = (line + 1) % Math.max(count, 1);
      [lines[line], lines[next]] = [lines[next] ?? "", lines[line] ?? ""];
      return joined();
    }
    case "indent": {
      const current = lines[line] ?? "";
      const spaces = /^ */.exec(current)![0].length;
      lines[line] = change.by === 0 ? `\t${current.slice(spaces)}` : " ".repeat(Math.max(0, spaces + change.by)) + current.slice(spaces);
      return joined();
    }
    case "truncate":
      return text.slice(0, change.at % (text.length + 1));
    case "insert": {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + String.fromCharCode(...change.bytes) + text.slice(at);
    }
    case "long-line": {
      const unit = latin1(Buffer.from(change.unit, "utf8"));
      lines[line] = `${lines[line] ?? ""} ${unit.repeat(Math.ceil(change.length / unit.length))}`;
      return joined();
    }
    case "duplicate-key":
    case "retype": {
      const keys = lines.flatMap((candidate, index) => (keyLine.test(candidate) ? [index] : []));
      if (keys.length === 0) return text;
      const index = keys[change.at % keys.length]!;
      const [, lead = "", key = "", value] = keyLine.exec(lines[index]!)!;
      const indent = " ".repeat(lead.length);
      if (change.kind === "duplicate-key") {
        // Below the line, at the column of its key: the same mapping, whether or not the line starts a list item.
        lines.splice(index + 1, 0, `${indent}${key}:${value ?? ""}`);
        return joined();
      }
      const old = (value ?? "").trim();
      if (change.to === "scalar" || old === "") {
        // A mapping or list becomes a scalar: its block (the lines indented deeper) goes with it.
        let end = index + 1;
        while (end < lines.length && (lines[end]!.trim() === "" || /^ */.exec(lines[end]!)![0].length > lead.length || /^ *- /.test(lines[end]!.slice(lead.length)))) {
          if (lines[end]!.trim() === "---") break;
          end++;
        }
        lines.splice(index, end - index, `${lead}${key}: ${change.to === "scalar" || change.to === "string" ? "text" : retyped(change.to, "x")}`);
        return joined();
      }
      lines[index] = `${lead}${key}: ${retyped(change.to, old)}`;
      return joined();
    }
  }
}

function retyped(to: Retype, value: string): string {
  switch (to) {
    case "list":
      return `[${value}]`;
    case "string":
      return JSON.stringify(value);
    case "number":
      return "42";
    case "mapping":
      return `{ value: ${value} }`;
    case "null":
      return "~";
    case "boolean":
      return "true";
    case "scalar":
      return "text";
  }
}

// ---------------------------------------------------------------------------------------------
// Random YAML: a tree of mappings, lists, scalars of every style, block scalars, anchors, aliases
// and comments, printed as YAML an editor could write (most of it parses).

type Node = { scalar: string } | { map: Array<[string, Decorated]>; flow: boolean } | { seq: Decorated[]; flow: boolean } | { block: string; lines: string[] } | { alias: string };
interface Decorated {
  node: Node;
  anchor: string | null;
  comment: string | null;
}

const schemaKeys = [
  "type",
  "id",
  "title",
  "kind",
  "label",
  "text",
  "level",
  "parent",
  "goals",
  "measures",
  "responsible",
  "partners",
  "counties",
  "status",
  "validity",
  "from",
  "to",
  "actors",
  "name",
  "aliases",
  "footnotes",
  "sources",
  "relations",
  "document",
  "legalBasis",
  "chapter",
  "section",
  "leadIn",
];
const oddKeys = ['"quoted key"', "'single'", "<<", "1", "true", "null", "a b", "mål", "-x", "x-", "__proto__", "constructor", "[a]"];
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schemaKeys) }, { weight: 1, arbitrary: fc.constantFrom(...oddKeys) });

const wordUnits = ["a", "b", "ö", "Å", " ", ":", ": ", "#", " #", "-", ",", "'", '"', "\\", "[", "]", "{", "}", "*", "&", "!", "%", "@", "`", "|", ">", "?", "\t", "\u00a0"];
const word = fc.string({ unit: fc.constantFrom(...wordUnits), maxLength: 12 });
const oddScalars = [
  "Våld i nära relationer",
  "polismyndigheten",
  "strategy",
  "chapter",
  "in-force",
  "0",
  "-1",
  "1.5",
  "1e3",
  "0x1F",
  "0o17",
  ".inf",
  ".nan",
  "2020",
  "2020-01",
  "2020-13-45",
  "2020-01-01T10:00:00Z",
  "~",
  "null",
  "true",
  "yes",
  "off",
  '""',
  "''",
  "-",
  "*a",
  "!!str 12",
  "!!binary aGVq",
  "!x y",
  '"[^1]"',
  "<script>alert(1)</script>",
  "a: b",
  "a #b",
  '"a\\nb\\t\\u00e5\\x41"',
  "'it''s'",
  '"\\"quoted\\" "',
  "x".repeat(150),
];
const scalar: fc.Arbitrary<Node> = fc.oneof(
  fc.constantFrom(...oddScalars).map((text) => ({ scalar: text })),
  word.map((text) => ({ scalar: text })),
  word.map((text) => ({ scalar: JSON.stringify(text) })),
  word.map((text) => ({ scalar: `'${text.replaceAll("'", "''")}'` })),
);
const blockScalar: fc.Arbitrary<Node> = fc.record({
  block: fc.constantFrom("|", ">", "|-", ">+", "|2", ">-"),
  lines: fc.array(fc.oneof(word, fc.constantFrom("", "  indented", "- x", "# not a comment", "---")), { minLength: 1, maxLength: 4 }),
});
const anchorName = fc.constantFrom("a", "b");

const { decorated } = fc.letrec<{ decorated: Decorated; node: Node }>((tie) => ({
  decorated: fc.record({
    node: tie("node"),
    anchor: fc.option(anchorName, { freq: 8 }),
    comment: fc.option(fc.constantFrom("kommentar", "#", " ", "a: b"), { freq: 6 }),
  }),
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.record({ map: fc.array(fc.tuple(key, tie("decorated")), { maxLength: 4 }), flow: fc.boolean() }),
    fc.record({ seq: fc.array(tie("decorated"), { maxLength: 4 }), flow: fc.boolean() }),
    blockScalar,
    anchorName.map((name) => ({ alias: name })),
  ),
}));

/** A YAML value as it follows `key:` (a space and the value, or a newline and its block), at `indent` for its block lines. */
function valueText(value: Decorated, indent: number, flow: boolean): string {
  const { node } = value;
  const anchor = value.anchor ? ` &${value.anchor}` : "";
  const comment = value.comment !== null && !flow ? ` #${value.comment}` : "";
  const pad = " ".repeat(indent);
  if ("scalar" in node) return `${anchor} ${node.scalar}${comment}`;
  if ("alias" in node) return ` *${node.alias}${comment}`;
  if ("block" in node) {
    if (flow) return `${anchor} ${JSON.stringify(node.lines.join("\n"))}`;
    return `${anchor} ${node.block}${comment}\n${node.lines.map((line) => (line === "" ? "" : pad + line)).join("\n")}`;
  }
  if ("map" in node) {
    if (flow || node.flow || node.map.length === 0) return `${anchor} {${node.map.map(([name, child]) => `${name}:${valueText(child, indent, true)}`).join(", ")}}${comment}`;
    return `${anchor}${comment}\n${node.map.map(([name, child]) => `${pad}${name}:${valueText(child, indent + 2, false)}`).join("\n")}`;
  }
  if (flow || node.flow || node.seq.length === 0) return `${anchor} [${node.seq.map((child) => valueText(child, indent, true).trimStart()).join(", ")}]${comment}`;
  return `${anchor}${comment}\n${node.seq.map((child) => `${pad}-${valueText(child, indent + 2, false)}`).join("\n")}`;
}

const contentTypes = ["chapter", "document", "actors", "sources", "framework", "frameworks", "indicator", "kapitel", ""];

/** Frontmatter fields: often a real `type:` first, then anything. */
export const randomYaml: fc.Arbitrary<string> = fc
  .tuple(fc.option(fc.constantFrom(...contentTypes), { freq: 5 }), fc.array(fc.tuple(key, decorated), { maxLength: 6 }))
  .map(([type, entries]) => [...(type === null ? [] : [`type: ${type}`]), ...entries.map(([name, value]) => `${name}:${valueText(value, 2, false)}`)].join("\n"));

const markdownPieces = [
  "Text",
  "Våld i nära relationer.",
  " ",
  "  ",
  "\t",
  "\n",
  "\n\n",
  "# ",
  "###### ",
  "- ",
  "* ",
  "1. ",
  "    ",
  "> ",
  ">>>>",
  "```",
  "~~~",
  "`kod`",
  "**",
  "_",
  "***",
  "[länk](#polismyndigheten)",
  "[x](javascript:alert(1))",
  "[x]: /url",
  "[^1]",
  "[^1]: Fotnot",
  "[^a b]",
  "|a|b|\n|-|-|\n",
  "<script>alert(1)</script>",
  "<div>",
  "<!--",
  "&amp;",
  "\\",
  "---",
  "***\n",
  "[[[[",
  "]]]]",
  "![bild](x.png)",
  "https://example.org",
  "\u00a0",
];

export const randomMarkdown: fc.Arbitrary<string> = fc.array(fc.constantFrom(...markdownPieces), { maxLength: 40 }).map((pieces) => pieces.join(""));

/** YAML's and Markdown's tokens in any order: mostly broken, which is the point. */
const soupPieces = [
  "---",
  "\n",
  "\r\n",
  "\r",
  " ",
  "  ",
  "\t",
  ":",
  ": ",
  "- ",
  "[",
  "]",
  "{",
  "}",
  ",",
  "&a ",
  "*a",
  "!!str ",
  "!x",
  "#",
  "'",
  '"',
  "|",
  ">",
  "?",
  "type",
  "chapter",
  "id",
  "x",
  "ö",
  "`",
  "[^1]",
  "<script>",
  "\0",
  "\ufeff",
  "\\",
];
const soup = fc.array(fc.constantFrom(...soupPieces), { maxLength: 60 }).map((pieces) => pieces.join(""));

/** A whole content file: random frontmatter and body, or token soup inside and around the fences. */
export const randomFile: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(randomYaml, randomMarkdown).map(([yaml, markdown]) => `---\n${yaml}\n---\n${markdown}`) },
  { weight: 1, arbitrary: fc.tuple(soup, soup).map(([yaml, markdown]) => `---\n${yaml}\n---\n${markdown}`) },
  { weight: 1, arbitrary: soup },
);
