// Stage 2: a decoded VFile → its Markdown tree and its frontmatter as a YAML document with
// source positions. Each file is parsed exactly once, here; later stages work on this result.
import type { Root, Yaml } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { VFile } from "vfile";
import { location } from "vfile-location";
import { Document, isMap, LineCounter, parseDocument, visit, type YAMLError } from "yaml";
import { type Lang, type Place, report } from "./messages.ts";

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

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).freeze();

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

function describe(value: unknown, lang: Lang): string {
  const words = {
    sv: { list: "en lista", text: "en ensam text", number: "ett tal", bool: "ett sanningsvärde", empty: "tom" },
    en: { list: "a list", text: "a lone text", number: "a number", bool: "a boolean", empty: "empty" },
  }[lang];
  if (Array.isArray(value)) return words.list;
  if (typeof value === "string") return words.text;
  if (typeof value === "number") return words.number;
  if (typeof value === "boolean") return words.bool;
  return words.empty;
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
  const lineCounter = new LineCounter();
  const yaml = parseDocument(node.value, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const frontmatter: Frontmatter = { yaml, offset, data: undefined };
  const at = (range: [number, number]) => parsed.placeAt(offset + range[0], offset + Math.max(range[1], range[0] + 1));

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
      const duplicate = code === "yaml-duplicate-key" ? node.value.slice(error.pos[0]).split(/[:\r\n]/)[0]?.trim() : "";
      report(parsed.file, code, place, { detail: error.message.split("\n")[0] ?? "", key: duplicate ?? "", limit: MAX_YAML_DEPTH }, lang);
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
    report(parsed.file, "frontmatter-not-mapping", at([range[0], range[1]]), { actual: describe(data, lang) }, lang);
    return frontmatter;
  }
  frontmatter.data = data as Record<string, unknown>;
  return frontmatter;
}

/**
 * Parses a readable file's Markdown and frontmatter, reporting every problem on the file. A
 * tree that remark already parsed (with remark-frontmatter) can be passed in and is reused.
 */
export function parseContentFile(file: VFile, lang: Lang, existingTree?: Root): ParsedFile {
  const text = String(file.value);
  const positions = location(file);
  const tree = existingTree ?? (processor.parse(file) as Root);
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
