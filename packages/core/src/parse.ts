// Stage 2: a decoded VFile → its Markdown tree and its frontmatter as a YAML document with
// source positions. Each file is parsed exactly once, here; later stages work on this result.
import type { Root, Yaml } from "mdast";
import type { VFile } from "vfile";
import { location } from "vfile-location";
import { Document, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type YAMLError } from "yaml";
import { kindOfValue, type Lang, type Place, report, valueWords } from "./messages.ts";

/** Frontmatter nested deeper than this is refused before anything walks it. */
export const MAX_YAML_DEPTH = 40;
/** yaml's own guard: how many nodes aliases may expand to. */
const MAX_ALIAS_COUNT = 100;

export interface Frontmatter {
  /** The YAML document, with ranges relative to `offset`. */
  yaml: Document.Parsed;
  /** Offset of the first character of the YAML text in the file. */
  offset: number;
  /** The frontmatter as plain data; `undefined` when the YAML was broken. */
  data: Record<string, unknown> | undefined;
  /**
   * For broken YAML: what the parser could still make of it. Never validated or used as
   * content, only read for the ids it declares, so that one typo does not turn every
   * reference to the file's items into a second error.
   */
  partial?: Record<string, unknown>;
}

export interface ParsedFile {
  file: VFile;
  tree: Root;
  frontmatter: Frontmatter | undefined;
  /** Converts an offset in the file to a 1-based place. */
  placeAt(offset: number, endOffset?: number): Place;
}

/** Depth of a plain value, walked without recursion so that hostile nesting cannot overflow the stack. */
function depthOf(value: unknown, limit: number): number {
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
 * parser sees it: flow collections by their brackets, block collections by their indentation.
 * The parser itself would run out of stack at a position that depends on the machine.
 */
export function excessiveNesting(text: string, limit: number): number {
  let depth = 0;
  let lineStart = true;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (lineStart) {
      let indent = 0;
      while (text[index + indent] === " ") indent++;
      if (indent > 2 * limit && text[index + indent] !== "\n" && text[index + indent] !== "\r") return index + indent;
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

const yamlWords: Record<string, Record<Lang, string>> = {
  BAD_INDENT: {
    sv: "indraget stämmer inte. Rader i samma lista eller samling ska börja i samma kolumn, och det som hör till ett fält ska dras in under det.",
    en: "the indentation is wrong. Lines of the same list or mapping must start in the same column, and what belongs to a field must be indented below it.",
  },
  MISSING_CHAR: {
    sv: "ett tecken saknas: en text inom citattecken eller en lista inom [ ] eller { } avslutas aldrig.",
    en: "a character is missing: a quoted text or a list in [ ] or { } is never closed.",
  },
  BLOCK_AS_IMPLICIT_KEY: {
    sv: "en lista eller samling står där ett fältnamn ska stå. Saknas ett kolon, eller ska raden dras in? Om värdet innehåller \": \", sätt citattecken runt hela värdet.",
    en: "a list or mapping stands where a field name belongs. Is a colon missing, or should the line be indented? If the value contains \": \", put quotes around the whole value.",
  },
  MULTILINE_IMPLICIT_KEY: {
    sv: "ett fältnamn fortsätter på nästa rad. Saknas ett kolon efter fältnamnet, eller ska en lång text sättas inom citattecken?",
    en: "a field name continues on the next line. Is a colon missing after the field name, or should a long text be put in quotes?",
  },
  UNEXPECTED_TOKEN: {
    sv: "ett oväntat tecken. Om värdet innehåller \": \" eller \" #\", eller börjar med något av \" ' [ ] { } , & * ! | > % @ `, sätt citattecken runt hela värdet.",
    en: "an unexpected character. If the value contains \": \" or \" #\", or starts with one of \" ' [ ] { } , & * ! | > % @ `, put quotes around the whole value.",
  },
  BAD_SCALAR_START: {
    sv: "värdet börjar med ett tecken som har särskild betydelse i YAML; sätt citattecken runt det.",
    en: "the value starts with a character that has a special meaning in YAML; put quotes around it.",
  },
  BAD_DQ_ESCAPE: {
    sv: "ett bakstreck inom dubbla citattecken måste skrivas \\\\; eller använd enkla citattecken.",
    en: "a backslash inside double quotes must be written \\\\; or use single quotes.",
  },
  BAD_ALIAS: {
    sv: "aliaset (*namn) pekar inte på något ankare (&namn). Skriv ut värdet i stället.",
    en: "the alias (*name) points to no anchor (&name). Write the value out instead.",
  },
  BLOCK_IN_FLOW: {
    sv: "en lista med - kan inte stå inne i [ ] eller { }.",
    en: "a list with - cannot stand inside [ ] or { }.",
  },
  KEY_OVER_1024_CHARS: {
    sv: "fältnamnet är för långt; saknas ett kolon efter det?",
    en: "the field name is too long; is a colon missing after it?",
  },
};

/** An explanation of a YAML error an editor can act on, with a word about invisible characters. */
function yamlErrorWords(error: YAMLError, line: string, lang: Lang): string {
  let words = yamlWords[error.code]?.[lang] ?? (lang === "sv" ? `YAML kunde inte tolkas här (${error.message.split("\n")[0]}).` : (error.message.split("\n")[0] ?? ""));
  if (line.includes("\u00a0")) words += lang === "sv" ? " Raden innehåller ett hårt mellanslag (ofta inklistrat från Word); ersätt det med ett vanligt." : " The line contains a non-breaking space (often pasted from Word); replace it with an ordinary space.";
  return words;
}

function yamlErrorCode(error: YAMLError): "yaml-tab" | "yaml-duplicate-key" | "yaml-too-deep" | "yaml-syntax" {
  if (error.code === "TAB_AS_INDENT") return "yaml-tab";
  if (error.code === "DUPLICATE_KEY") return "yaml-duplicate-key";
  if (error.code === "RESOURCE_EXHAUSTION") return "yaml-too-deep";
  return "yaml-syntax";
}

function parseFrontmatter(parsed: ParsedFile, node: Yaml, lang: Lang): Frontmatter {
  const text = String(parsed.file.value);
  const fenceEnd = text.indexOf("\n", node.position!.start.offset!);
  const offset = fenceEnd + 1;
  const at = (range: [number, number]) => parsed.placeAt(offset + range[0], offset + Math.max(range[1], range[0] + 1));
  const tooDeepAt = excessiveNesting(node.value, MAX_YAML_DEPTH);
  if (tooDeepAt !== -1) {
    report(parsed.file, "yaml-too-deep", at([tooDeepAt, tooDeepAt + 1]), { limit: MAX_YAML_DEPTH }, lang);
    return { yaml: new Document() as Document.Parsed, offset, data: undefined };
  }
  const lineCounter = new LineCounter();
  // Known YAML 1.1 tags (!!binary, !!timestamp, !!set) would turn values into Buffers, Dates and
  // Sets; content has no use for tags, so none is resolved and any tag is reported below.
  const yaml = parseDocument(node.value, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, resolveKnownTags: false, logLevel: "silent" });
  const frontmatter: Frontmatter = { yaml, offset, data: undefined };

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
      const duplicate = code === "yaml-duplicate-key" ? (node.value.slice(error.pos[0]).split(/[:\r\n]/)[0]?.trim() ?? "") : "";
      const firstLine = duplicate ? firstKeyLine(yaml, duplicate, error.pos[0], (offset) => at([offset, offset + 1]).start.line) : 0;
      const lineText = node.value.slice(node.value.lastIndexOf("\n", error.pos[0]) + 1).split("\n")[0] ?? "";
      report(parsed.file, code, place, { detail: yamlErrorWords(error, lineText, lang), key: duplicate, first: firstLine, limit: MAX_YAML_DEPTH }, lang);
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
    const code = error instanceof ReferenceError ? "yaml-alias-limit" : "yaml-syntax";
    // Point at the first alias: that is where the expansion starts.
    let range: [number, number] = [0, 1];
    visit(yaml, {
      Alias(_key, alias) {
        if (alias.range) range = [alias.range[0], alias.range[1]];
        return visit.BREAK;
      },
    });
    report(parsed.file, code, at(range), { detail: String((error as Error).message) }, lang);
    return frontmatter;
  }
  if (depthOf(data, MAX_YAML_DEPTH) > MAX_YAML_DEPTH) {
    report(parsed.file, "yaml-too-deep", at([0, 1]), { limit: MAX_YAML_DEPTH }, lang);
    return frontmatter;
  }
  if (!isMap(yaml.contents) || data === null || typeof data !== "object" || Array.isArray(data)) {
    const range = yaml.contents?.range ?? [0, 1];
    report(parsed.file, "frontmatter-not-mapping", at([range[0], range[1]]), { actual: valueWords[lang][kindOfValue(data)]! }, lang);
    return frontmatter;
  }
  let tagged = false;
  visit(yaml, (_key, item) => {
    if (!isNode(item)) return;
    if (item.tag) {
      tagged = true;
      report(parsed.file, "yaml-tag", at(item.range ? [item.range[0], item.range[1]] : [0, 1]), { tag: item.tag.replace("tag:yaml.org,2002:", "!!") }, lang);
    }
    // A comment on the same line after a plain value: the editor may have meant the # as text.
    if (isScalar(item) && item.comment && item.type === "PLAIN" && item.range && !/\n/.test(node.value.slice(item.range[1], item.range[2]))) {
      report(parsed.file, "yaml-comment-in-value", at([item.range[1], item.range[2]]), {}, lang);
    }
  });
  if (tagged) {
    frontmatter.partial = data as Record<string, unknown>;
    return frontmatter;
  }
  frontmatter.data = data as Record<string, unknown>;
  return frontmatter;
}

/**
 * Reads a file's frontmatter from its Markdown tree (parsed by `parseMarkdown`, or by remark
 * with remark-frontmatter), reporting every problem on the file.
 */
export function parseContentFile(file: VFile, lang: Lang, tree: Root): ParsedFile {
  const text = String(file.value);
  const positions = location(file);
  const parsed: ParsedFile = {
    file,
    tree,
    frontmatter: undefined,
    placeAt(offset, endOffset) {
      const start = positions.toPoint(Math.min(offset, text.length)) ?? { line: 1, column: 1 };
      const end = endOffset === undefined ? undefined : positions.toPoint(Math.min(endOffset, text.length));
      return { start: { line: start.line, column: start.column }, ...(end ? { end: { line: end.line, column: end.column } } : {}) };
    },
  };
  const first = tree.children[0];
  if (first?.type === "yaml") {
    parsed.frontmatter = parseFrontmatter(parsed, first, lang);
  } else if (/^---[ \t]*\r?\n/.test(text)) {
    report(file, "frontmatter-unterminated", parsed.placeAt(0, 3), {}, lang);
  } else {
    report(file, "frontmatter-missing", parsed.placeAt(0, 1), {}, lang);
  }
  return parsed;
}

/**
 * The file's frontmatter block alone (through its closing fence), for when the body could not
 * be parsed: positions in it are the file's own, since it is a prefix of the file.
 */
export function frontmatterPrefix(text: string): string {
  const match = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? match[0] : "";
}
