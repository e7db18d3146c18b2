// Text for `styrdok new`: YAML written as the content writes it, and items inserted into an
// existing file as text. A file is never re-serialized: the yaml package parses it only to
// find, by its ranges, where a list ends; every other byte (comments, quoting, line endings,
// a byte-order mark) stays as it was.
import { readFileSync } from "node:fs";
import { type EnumLabel, enumLabels, markdownEscaped, schemaDirectory } from "@styrdok/core";
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from "yaml";

/** An item as `new` writes it: keys in the order given, values scalars, lists of scalars, or nested items. */
export type YamlValue = string | number | boolean | YamlValue[] | { [key: string]: YamlValue | undefined };
export type YamlItem = { [key: string]: YamlValue | undefined };

const PLAIN_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
// Plain words YAML 1.1 readers (and some editors) take for booleans or null.
const RESERVED = /^(true|false|null|yes|no|on|off|y|n)$/;

/** A scalar as the content writes it: ids and enumerated values bare, every text in double quotes. */
export function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== "string") return String(value);
  if (PLAIN_ID.test(value) && !RESERVED.test(value)) return value;
  // JSON's double-quoted strings are YAML's double-quoted scalars; non-ASCII stays as written.
  return JSON.stringify(value);
}

function isList(value: YamlValue | undefined): value is YamlValue[] {
  return Array.isArray(value);
}

/** The lines of a mapping at an indentation, the first line's prefix given separately (for "- "). */
export function mappingLines(item: YamlItem, indent: number, firstPrefix = " ".repeat(indent)): string[] {
  const lines: string[] = [];
  const pad = " ".repeat(indent);
  for (const [key, value] of Object.entries(item)) {
    if (value === undefined) continue;
    const prefix = lines.length === 0 ? firstPrefix : pad;
    if (isList(value)) {
      if (value.every((element) => typeof element !== "object")) lines.push(`${prefix}${key}: [${value.map((element) => yamlScalar(element as string)).join(", ")}]`);
      else {
        lines.push(`${prefix}${key}:`);
        for (const element of value) lines.push(...mappingLines(element as YamlItem, indent + 4, `${pad}  - `));
      }
    } else if (typeof value === "object") {
      lines.push(`${prefix}${key}:`);
      lines.push(...mappingLines(value, indent + 2));
    } else lines.push(`${prefix}${key}: ${yamlScalar(value)}`);
  }
  return lines;
}

/** A file's parts: byte-order mark, the frontmatter's YAML, the body, and its line ending. */
export interface SplitFile {
  bom: string;
  /** Offset of the YAML text in the file, after the opening `---` line. */
  yamlStart: number;
  /** Offset just after the YAML text: the start of the closing `---` line. */
  yamlEnd: number;
  eol: string;
}

export function splitFile(text: string): SplitFile | undefined {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const open = /^---[ \t]*(\r?\n)/.exec(text.slice(bom.length));
  if (!open) return undefined;
  const yamlStart = bom.length + open[0].length;
  const close = /^---[ \t]*$/m.exec(text.slice(yamlStart));
  if (!close) return undefined;
  return { bom, yamlStart, yamlEnd: yamlStart + close.index, eol: open[1]! };
}

/** Why an item could not be added to a file; said in the command's words. */
export class InsertError extends Error {
  readonly problem: "no-frontmatter" | "broken-yaml" | "not-a-list";
  constructor(problem: InsertError["problem"]) {
    super(problem);
    this.problem = problem;
  }
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** The offset after the line that holds `offset` (after its line break), or the end of the text. */
function afterLine(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const end = text.indexOf("\n", offset);
  return end === -1 ? text.length : end + 1;
}

/**
 * Adds an item at the end of the list `key` of a file's frontmatter, as text. Where the list is
 * missing, it is added before the first key that the schema orders after it (above that key's
 * comments), so related keys stay together. Returns the new text and the line the item starts on.
 */
export function insertListItem(text: string, key: string, item: YamlItem, keyOrder: readonly string[]): { text: string; line: number } {
  const parts = splitFile(text);
  if (!parts) throw new InsertError("no-frontmatter");
  const yaml = text.slice(parts.yamlStart, parts.yamlEnd);
  const document = parseDocument(yaml);
  if (document.errors.length > 0 || !isMap(document.contents)) throw new InsertError("broken-yaml");
  const pairs = document.contents.items;
  const pair = pairs.find((candidate) => isScalar(candidate.key) && candidate.key.value === key);
  const value = pair?.value as YamlNode | null | undefined;
  let at: number;
  let lines: string[];
  let replaceTo: number | undefined;
  if (isSeq(value) && !value.flow && value.items.length > 0) {
    const first = value.items[0] as YamlNode;
    const last = value.items.at(-1) as YamlNode;
    const itemColumn = first.range![0] - lineStart(yaml, first.range![0]);
    const dashColumn = yaml.lastIndexOf("-", first.range![0]) - lineStart(yaml, first.range![0]);
    lines = mappingLines(item, itemColumn, `${" ".repeat(dashColumn)}-${" ".repeat(itemColumn - dashColumn - 1)}`);
    at = afterLine(yaml, last.range![1]);
  } else if (pair && (value === null || value === undefined || (isScalar(value) && value.value === null) || (isSeq(value) && value.flow && value.items.length === 0))) {
    // `key:` with nothing, or `key: []`: the list starts on the next line.
    const keyEnd = (pair.key as YamlNode).range![1];
    const colon = yaml.indexOf(":", keyEnd);
    at = colon + 1;
    replaceTo = afterLine(yaml, value && "range" in value && value.range ? value.range[1] : at);
    const indent = (pair.key as YamlNode).range![0] - lineStart(yaml, (pair.key as YamlNode).range![0]);
    lines = ["", ...mappingLines(item, indent + 4, `${" ".repeat(indent + 2)}- `)];
    // Keep whatever followed the value on its line (a comment) after the new list.
    const rest = yaml.slice(value && "range" in value && value.range ? value.range[1] : at, replaceTo).replace(/\r?\n$/, "");
    lines[0] = rest.trim() ? ` ${rest.trim()}` : "";
  } else if (pair) throw new InsertError("not-a-list");
  else {
    const rank = (name: string) => {
      const index = keyOrder.indexOf(name);
      return index === -1 ? keyOrder.length : index;
    };
    const next = pairs.find((candidate) => isScalar(candidate.key) && rank(String(candidate.key.value)) > rank(key));
    at = next ? lineStart(yaml, (next.key as YamlNode).range![0]) : yaml.length;
    // Comments just above a key belong to it: insert above them.
    while (next && at > 0) {
      const previous = lineStart(yaml, at - 1);
      if (!/^\s*#/.test(yaml.slice(previous, at))) break;
      at = previous;
    }
    lines = [`${key}:`, ...mappingLines(item, 4, "  - ")];
  }
  const eol = parts.eol;
  let inserted: string;
  let end = at;
  if (replaceTo !== undefined) {
    inserted = `${lines[0]}${eol}${lines.slice(1).join(eol)}${eol}`;
    end = replaceTo;
  } else {
    const needsBreak = at > 0 && yaml[at - 1] !== "\n";
    inserted = `${needsBreak ? eol : ""}${lines.join(eol)}${eol}`;
  }
  const offset = parts.yamlStart + at;
  const result = text.slice(0, offset) + inserted + text.slice(parts.yamlStart + end);
  const firstLineOffset = offset + (replaceTo !== undefined ? lines[0]!.length + eol.length : inserted.startsWith(eol) ? eol.length : 0);
  return { text: result, line: text.slice(0, firstLineOffset).split("\n").length };
}

/**
 * Adds a paragraph at the end of a file's prose: before the footnote definitions that close a
 * body, in the file's own line endings. Every byte of the body stays.
 */
export function appendParagraph(text: string, paragraph: string): string {
  const parts = splitFile(text);
  const eol = parts?.eol ?? "\n";
  const bodyStart = parts ? afterLine(text, parts.yamlEnd) : 0;
  const addition = markdownEscaped(paragraph).replace(/\r?\n/g, eol);
  // The closing run of footnote definitions: from the first "[^n]:" line after which only
  // definitions, their indented continuations and blank lines follow.
  let notesAt = text.length;
  for (let at = text.length; at > bodyStart; ) {
    const start = lineStart(text, at - 1);
    const line = text.slice(start, at).replace(/\r?\n$/, "");
    if (/^\[\^[^\]]+\]:/.test(line)) notesAt = start;
    else if (line.trim() !== "" && !/^( {2,}|\t)/.test(line)) break;
    at = start;
  }
  if (notesAt < text.length) return `${text.slice(0, notesAt)}${addition}${eol}${eol}${text.slice(notesAt)}`;
  const body = text.slice(bodyStart);
  const lead = body.trim() === "" ? (text.endsWith("\n") ? "" : eol) : body.endsWith(`${eol}${eol}`) ? "" : body.endsWith(eol) ? eol : `${eol}${eol}`;
  return `${text}${lead}${addition}${eol}`;
}

// ---- Comments from the schemas, for the files `new` creates ----

type SchemaNode = { title?: string; description?: string; $ref?: string; properties?: Record<string, SchemaNode>; const?: unknown };

const schemaCache = new Map<string, SchemaNode & { $defs?: Record<string, SchemaNode> }>();

function schemaFile(name: string): SchemaNode & { $defs?: Record<string, SchemaNode> } {
  let schema = schemaCache.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(`${schemaDirectory}${name}`, "utf8")) as SchemaNode;
    schemaCache.set(name, schema);
  }
  return schema;
}

function resolveRef(ref: string, from: string): { node: SchemaNode; file: string; name: string } {
  const [file, pointer = ""] = ref.split("#");
  const target = file || from;
  const name = pointer.split("/").at(-1) ?? "";
  return { node: schemaFile(target).$defs?.[name] ?? {}, file: target, name };
}

/** The Swedish half of a schema description ("Svensk text. (English.)"). */
function swedish(text: string | undefined): string {
  return (text ?? "").replace(/\s*\([^()]*\)\s*$/, "").trim();
}

/**
 * The comment that says what goes into a field: its Swedish title and description from the
 * schema, and for an enumeration its values with their Swedish words.
 */
export function fieldComment(schema: string, path: readonly string[]): string {
  let node: SchemaNode = schemaFile(schema);
  let file = schema;
  let enumName = "";
  for (const key of path) {
    const owner = node.$ref ? resolveRef(node.$ref, file) : { node, file };
    node = owner.node.properties?.[key] ?? {};
    file = owner.file;
  }
  let title = node.title;
  let description = node.description;
  if (node.$ref) {
    const target = resolveRef(node.$ref, file);
    title ??= target.node.title;
    description ??= target.node.description;
    enumName = target.name;
  }
  const labels = (enumLabels as unknown as Record<string, Record<string, EnumLabel>>)[enumName];
  const values =
    labels && enumName !== "County"
      ? ` Värden: ${Object.entries(labels)
          .map(([value, label]) => `${value} (${label.title})`)
          .join(", ")}.`
      : "";
  const what = swedish(description);
  return `${title ?? path.at(-1)}: ${what.charAt(0).toLowerCase()}${what.slice(1)}${values}`;
}

/** A comment as YAML lines at an indentation, wrapped near 100 characters. */
export function commentLines(comment: string, indent = 0): string[] {
  const pad = `${" ".repeat(indent)}# `;
  const lines: string[] = [];
  let line = "";
  for (const word of comment.split(/\s+/)) {
    if (line && pad.length + line.length + 1 + word.length > 100) {
      lines.push(pad + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(pad + line);
  return lines;
}

/** A new file's frontmatter: each field under a comment that says what goes there. */
export function commentedFrontmatter(schema: string, item: YamlItem): string {
  const lines: string[] = ["---"];
  const walk = (value: YamlItem, path: string[], indent: number) => {
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      lines.push(...commentLines(fieldComment(schema, [...path, key]), indent));
      if (child !== null && typeof child === "object" && !Array.isArray(child)) {
        lines.push(`${" ".repeat(indent)}${key}:`);
        walk(child, [...path, key], indent + 2);
      } else lines.push(...mappingLines({ [key]: child }, indent));
    }
  };
  walk(item, [], 0);
  lines.push("---", "");
  return lines.join("\n");
}
