// Stage 2: a decoded VFile → its Markdown tree and its frontmatter as a YAML document with
// source positions. Each file is parsed exactly once, here; later stages work on this result.
import type { Root, Yaml } from "mdast";
import { VFile } from "vfile";
import { location } from "vfile-location";
import { Document, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type YAMLError } from "yaml";
import { parseContentMarkdown } from "./markdown.ts";
import { kindOfValue, type Place, report } from "./messages.ts";

/** Frontmatter nested deeper than this is refused before anything walks it. */
export const MAX_YAML_DEPTH = 40;
/** yaml's own guard: how many nodes aliases may expand to. */
const MAX_ALIAS_COUNT = 100;

export interface Frontmatter {
  /** The YAML document, with ranges relative to `offset`. */
  yaml: Document.Parsed;
  /** Offset of the first character of the YAML text in the file. */
  offset: number;
  /** Offset just after the YAML text's last character (the closing fence's line break not included). */
  end: number;
  /** The frontmatter as plain data; `undefined` when the YAML was broken. */
  data: Record<string, unknown> | undefined;
  /**
   * For broken YAML: what the parser could still make of it. Never validated or used as
   * content, only read for the ids it declares, so that one typo does not turn every
   * reference to the file's items into a second error.
   */
  partial?: Record<string, unknown>;
  /**
   * Whether `data` was read with one line's indentation corrected (reported as yaml-indent):
   * validated for its findings and its ids, never used as content.
   */
  corrected?: boolean;
}

export interface ParsedFile {
  file: VFile;
  tree: Root;
  frontmatter: Frontmatter | undefined;
  /** Converts an offset in the file to a 1-based place. */
  placeAt(offset: number, endOffset?: number): Place;
}

/** Depth of a plain value, walked without recursion so that hostile nesting cannot overflow the stack. */
export function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== "object") continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Where YAML text first nests deeper than `limit`, found by a linear scan before the YAML
 * parser sees it: flow collections by their brackets, block collections by their indentation
 * and the entries opened on one line.
 * The parser itself would run out of stack at a position that depends on the machine.
 */
export function excessiveNesting(text: string, limit: number): number {
  let depth = 0;
  let lineStart = true;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (lineStart) {
      // A block collection's depth shows in the column its content starts at: the indentation, and
      // each `- `, `? ` or `: ` that opens an entry inside an entry on the same line (`- - - x`).
      let indent = 0;
      for (;;) {
        while (text[index + indent] === " ") indent++;
        const next = text[index + indent];
        if (indent > 2 * limit && next !== undefined && next !== "\n" && next !== "\r") return index + indent;
        if ((next === "-" || next === "?" || next === ":") && text[index + indent + 1] === " ") indent += 2;
        else break;
      }
      lineStart = false;
    }
    if (char === "\n") lineStart = true;
    else if (char === "#" && (index === 0 || /\s/.test(text[index - 1]!))) {
      while (index + 1 < text.length && text[index + 1] !== "\n") index++;
    } else if ((char === '"' || char === "'") && startsScalar(text, index)) {
      // Skip a quoted scalar; a doubled '' inside single quotes stays inside.
      for (index++; index < text.length; index++) {
        if (text[index] === "\\" && char === '"') index++;
        else if (text[index] === char && !(char === "'" && text[index + 1] === "'")) break;
        else if (text[index] === char) index++;
      }
    } else if (char === "[" || char === "{") {
      if (++depth > limit) return index;
    } else if ((char === "]" || char === "}") && depth > 0) depth--;
  }
  return -1;
}

/** A quote opens a quoted scalar only where a value can begin, not inside plain text ("Region's"). */
function startsScalar(text: string, index: number): boolean {
  let before = index - 1;
  while (before >= 0 && (text[before] === " " || text[before] === "\t")) before--;
  return before < 0 || ":-[{,\n?".includes(text[before]!);
}

/** The line where a key given twice first appears. */
function firstKeyLine(yaml: Document.Parsed, key: string, duplicateAt: number, lineOf: (offset: number) => number): number {
  let line = 0;
  visit(yaml, {
    Map(_key, map) {
      const same = map.items.filter((pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key);
      const first = same[0]?.key;
      if (same.length > 1 && isScalar(first) && first.range && same.some((pair) => isScalar(pair.key) && pair.key.range?.[0] === duplicateAt)) {
        line = lineOf(first.range[0]);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return line;
}

function yamlErrorCode(error: YAMLError): "yaml-tab" | "yaml-duplicate-key" | "yaml-too-deep" | "yaml-syntax" {
  if (error.code === "TAB_AS_INDENT") return "yaml-tab";
  if (error.code === "DUPLICATE_KEY") return "yaml-duplicate-key";
  if (error.code === "RESOURCE_EXHAUSTION") return "yaml-too-deep";
  return "yaml-syntax";
}

/** Frontmatter longer than this is not re-parsed in search of a line indented wrongly. */
const MAX_CORRECTED_LENGTH = 256 * 1024;

/** The YAML errors that a line indented wrongly can cause; any other error is left to its own finding. */
const indentationErrors = new Set(["BAD_INDENT", "MISSING_CHAR", "UNEXPECTED_TOKEN", "BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY", "IMPOSSIBLE"]);

interface IndentCorrection {
  /** Offset of the line's first character in the YAML text. */
  lineStart: number;
  actual: number;
  expected: number;
  /** The YAML as it parses with the line corrected, its ranges in the text as written. */
  yaml: Document.Parsed;
}

/**
 * One line indented unlike its neighbours (three spaces among fours) makes the parser report
 * a missing character there and bad indentation on every line after it. Where re-indenting a
 * single line near the first error, as deep as a neighbour, makes the whole text parse, that
 * line is the cause, and the rest of the file can be read as the editor meant it.
 */
function correctIndentation(text: string, errors: YAMLError[], parse: (text: string) => Document.Parsed): IndentCorrection | undefined {
  // Each try parses the whole text again: a few dozen at most, and not for huge frontmatter.
  if (text.length > MAX_CORRECTED_LENGTH || !errors.every((error) => indentationErrors.has(error.code))) return undefined;
  let tries = 0;
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
  const lineOf = (offset: number) => starts.findLastIndex((start) => start <= offset);
  const lineText = (line: number) => text.slice(starts[line], (starts[line + 1] ?? text.length + 1) - 1).replace(/\r$/, "");
  const meaningful = (line: number) => line >= 0 && line < starts.length && !/^\s*(#.*)?$/.test(lineText(line));
  const indentOf = (line: number) => /^ */.exec(lineText(line))![0].length;
  /** The columns a line's siblings may start at: a nearby line's own, or that of the mapping inside its `- `, nearest first. */
  const depthsAround = (line: number): number[] => {
    const depths: number[] = [];
    for (let distance = 1; distance <= 20; distance++) {
      for (const other of [line - distance, line + distance]) {
        if (!meaningful(other)) continue;
        const indent = indentOf(other);
        depths.push(indent);
        if (lineText(other).slice(indent).startsWith("- ")) depths.push(indent + 2);
      }
    }
    return depths;
  };
  const first = lineOf(errors[0]!.pos[0]);
  for (const line of [first, first - 1, first + 1, first - 2]) {
    if (!meaningful(line)) continue;
    const actual = indentOf(line);
    for (const expected of new Set(depthsAround(line))) {
      if (expected === actual) continue;
      if (++tries > 24) return undefined;
      const lineStart = starts[line]!;
      const yaml = parse(text.slice(0, lineStart) + " ".repeat(expected) + text.slice(lineStart + actual));
      if (yaml.errors.length > 0) continue;
      // Back to the text as written: offsets after the line's indentation move by the difference.
      const written = (offset: number) => (offset >= lineStart + expected ? offset - expected + actual : Math.min(offset, lineStart + actual));
      visit(yaml, (_key, item) => {
        if (isNode(item) && item.range) item.range = [written(item.range[0]), written(item.range[1]), written(item.range[2])];
      });
      return { lineStart, actual, expected, yaml };
    }
  }
  return undefined;
}

function parseFrontmatter(parsed: ParsedFile, node: Pick<Yaml, "value">, offset: number): Frontmatter {
  const end = offset + node.value.length;
  const at = (range: [number, number]) => parsed.placeAt(offset + range[0], offset + Math.max(range[1], range[0] + 1));
  const tooDeepAt = excessiveNesting(node.value, MAX_YAML_DEPTH);
  if (tooDeepAt !== -1) {
    report(parsed.file, "yaml-too-deep", at([tooDeepAt, tooDeepAt + 1]), { limit: MAX_YAML_DEPTH });
    return { yaml: new Document() as Document.Parsed, offset, end, data: undefined };
  }
  const lineCounter = new LineCounter();
  // Known YAML 1.1 tags (!!binary, !!timestamp, !!set) would turn values into Buffers, Dates and
  // Sets; content has no use for tags, so none is resolved and any tag is reported below.
  const options = { uniqueKeys: true, prettyErrors: false, strict: true, resolveKnownTags: false, logLevel: "silent" } as const;
  const parse = (text: string): Document.Parsed => parseDocument(text, options);
  let yaml: Document.Parsed = parseDocument(node.value, { ...options, lineCounter });
  let corrected = false;
  const correction = yaml.errors.length > 0 ? correctIndentation(node.value, yaml.errors, parse) : undefined;
  if (correction) {
    const { lineStart, actual, expected } = correction;
    const lineEnd = node.value.indexOf("\n", lineStart);
    report(parsed.file, "yaml-indent", at([lineStart + actual, (lineEnd === -1 ? node.value.length : lineEnd) - (node.value[lineEnd - 1] === "\r" ? 1 : 0)]), { actual, expected });
    yaml = correction.yaml;
    corrected = true;
  }
  const frontmatter: Frontmatter = { yaml, offset, end, data: undefined };

  if (yaml.errors.length > 0) {
    // One finding per code and line: a broken line often yields several errors from yaml.
    const reported = new Set<string>();
    let tooDeep = false;
    for (const error of yaml.errors) {
      const code = yamlErrorCode(error);
      tooDeep ||= code === "yaml-too-deep";
      const place = at(error.pos);
      const key = `${code}:${place.start.line}`;
      if (reported.has(key) || (code === "yaml-too-deep" && reported.size > 0)) continue;
      reported.add(key);
      if (code === "yaml-duplicate-key") {
        const key =
          node.value
            .slice(error.pos[0])
            .split(/[:\r\n]/)[0]
            ?.trim() ?? "";
        const first = key ? firstKeyLine(yaml, key, error.pos[0], (offset) => at([offset, offset + 1]).start.line) : 0;
        report(parsed.file, code, place, { key, first });
      } else if (code === "yaml-syntax") {
        const lineText = node.value.slice(node.value.lastIndexOf("\n", error.pos[0]) + 1).split("\n")[0] ?? "";
        report(parsed.file, code, place, { parserMessage: error.message, yamlCode: error.code, nbsp: lineText.includes("\u00a0") });
      } else if (code === "yaml-too-deep") report(parsed.file, code, place, { limit: MAX_YAML_DEPTH });
      else report(parsed.file, code, place, {});
    }
    if (!tooDeep) {
      try {
        const partial = yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
        if (partial && typeof partial === "object" && !Array.isArray(partial) && depthOf(partial, MAX_YAML_DEPTH) <= MAX_YAML_DEPTH) {
          frontmatter.partial = partial as Record<string, unknown>;
        }
      } catch {
        // Nothing usable; the file's findings already say why.
      }
    }
    return frontmatter;
  }
  let data: unknown;
  try {
    data = yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // Point at the first alias: that is where the expansion starts.
    let range: [number, number] = [0, 1];
    visit(yaml, {
      Alias(_key, alias) {
        if (alias.range) range = [alias.range[0], alias.range[1]];
        return visit.BREAK;
      },
    });
    if (error instanceof ReferenceError) report(parsed.file, "yaml-alias-limit", at(range), {});
    else report(parsed.file, "yaml-syntax", at(range), { parserMessage: String((error as Error).message) });
    return frontmatter;
  }
  if (depthOf(data, MAX_YAML_DEPTH) > MAX_YAML_DEPTH) {
    report(parsed.file, "yaml-too-deep", at([0, 1]), { limit: MAX_YAML_DEPTH });
    return frontmatter;
  }
  if (!isMap(yaml.contents) || data === null || typeof data !== "object" || Array.isArray(data)) {
    const range = yaml.contents?.range ?? [0, 1];
    report(parsed.file, "frontmatter-not-mapping", at([range[0], range[1]]), { actual: kindOfValue(data) });
    return frontmatter;
  }
  let tagged = false;
  visit(yaml, (_key, item) => {
    if (!isNode(item)) return;
    if (item.tag) {
      tagged = true;
      report(parsed.file, "yaml-tag", at(item.range ? [item.range[0], item.range[1]] : [0, 1]), { tag: item.tag.replace("tag:yaml.org,2002:", "!!") });
    }
    // A comment on the same line after a plain value: the editor may have meant the # as text.
    if (isScalar(item) && item.comment && item.type === "PLAIN" && item.range && !/\n/.test(node.value.slice(item.range[1], item.range[2]))) {
      report(parsed.file, "yaml-comment-in-value", at([item.range[1], item.range[2]]), {});
    }
  });
  if (tagged) {
    frontmatter.partial = data as Record<string, unknown>;
    return frontmatter;
  }
  frontmatter.data = data as Record<string, unknown>;
  if (corrected) frontmatter.corrected = true;
  return frontmatter;
}

/**
 * Reads a file's frontmatter from its Markdown tree (parsed by `parseMarkdown`, or by remark
 * with remark-frontmatter), reporting every problem on the file.
 */
export function parseContentFile(file: VFile, tree: Root): ParsedFile {
  const text = String(file.value);
  const parsed: ParsedFile = { file, tree, frontmatter: undefined, placeAt: placesIn(file) };
  const first = tree.children[0];
  if (first?.type === "yaml") {
    parsed.frontmatter = parseFrontmatter(parsed, first, text.indexOf("\n", first.position!.start.offset!) + 1);
  } else if (/^---[ \t]*\r?\n/.test(text)) {
    report(file, "frontmatter-unterminated", parsed.placeAt(0, 3), {});
  } else {
    report(file, "frontmatter-missing", parsed.placeAt(0, 1), {});
  }
  return parsed;
}

/** Converts offsets in a file to 1-based places; the line index is built on first use. */
function placesIn(file: VFile): ParsedFile["placeAt"] {
  const text = String(file.value);
  let positions: ReturnType<typeof location> | undefined;
  return (offset, endOffset) => {
    positions ??= location(file);
    const start = positions.toPoint(Math.min(offset, text.length)) ?? { line: 1, column: 1 };
    const end = endOffset === undefined ? undefined : positions.toPoint(Math.min(endOffset, text.length));
    return { start: { line: start.line, column: start.column }, ...(end ? { end: { line: end.line, column: end.column } } : {}) };
  };
}

/**
 * How many times a compact parsed file has parsed its YAML or its Markdown again, in this
 * process: a run that only validates should not have to (the tests hold it to that).
 */
export const lazyParses = { yaml: 0, markdown: 0 };

/** What a compact parsed file keeps of its frontmatter: everything but the YAML document. */
export type CompactFrontmatter = Omit<Frontmatter, "yaml">;

/** A parsed file's frontmatter without its YAML document, for keeping (see `compactParsedFile`). */
export function compactFrontmatter(frontmatter: Frontmatter): CompactFrontmatter {
  const { yaml: _yaml, ...rest } = frontmatter;
  return rest;
}

/**
 * A parsed file that keeps neither its Markdown tree nor its YAML document: both are parsed again
 * from the file's text when first asked for, which for most files is never (validation needs
 * neither once a file is read). Parsing again gives the same tree and the same ranges, and any
 * findings it makes were made the first time, so they are dropped.
 */
export function compactParsedFile(file: VFile, frontmatter: CompactFrontmatter | Frontmatter | undefined): ParsedFile {
  const text = String(file.value);
  const placeAt = placesIn(file);
  let tree: Root | undefined;
  let compact: Frontmatter | undefined;
  if (frontmatter) {
    // Only these are kept: the getter below must not hold on to a YAML document it was given.
    const { offset, end, data, partial, corrected } = frontmatter;
    let yaml: Document.Parsed | undefined;
    compact = {
      offset,
      end,
      data,
      ...(partial ? { partial } : {}),
      ...(corrected ? { corrected: true } : {}),
      get yaml() {
        if (!yaml) {
          lazyParses.yaml++;
          const scratch = new VFile({ path: file.path, value: text });
          yaml = parseFrontmatter({ file: scratch, tree: { type: "root", children: [] }, frontmatter: undefined, placeAt }, { value: text.slice(offset, end) }, offset).yaml;
        }
        return yaml;
      },
    };
  }
  return {
    file,
    get tree() {
      if (!tree) {
        lazyParses.markdown++;
        tree = parseContentMarkdown(text);
      }
      return tree;
    },
    frontmatter: compact,
    placeAt,
  };
}

/**
 * The file's frontmatter block alone (through its closing fence), for when the body could not
 * be parsed: positions in it are the file's own, since it is a prefix of the file.
 */
export function frontmatterPrefix(text: string): string {
  const match = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? match[0] : "";
}

/** The line a file's body starts on: the line after its frontmatter's closing fence, or 1 without frontmatter. */
export function bodyLine(text: string): number {
  const prefix = frontmatterPrefix(text);
  return prefix.length > 0 ? prefix.split("\n").length : 1;
}
