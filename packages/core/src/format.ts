// `styrdok fmt`: one canonical text for every content file, without changing a single value.
//
// The frontmatter is read with yaml's CST (the lossless token tree, comments and all) and printed
// again by the rules below; yaml's Document API is never used to write, since it re-indents
// sequences and re-wraps folded scalars (yaml issues #283, #572, #369). The rules are what the
// content already mostly does, so that a canonical file prints to the very same bytes:
//
// - keys in the order of the schema's properties; a key the schema does not know stays after
//   the key it followed;
// - two spaces per level, a sequence indented under its key (`goals:\n  - id: …`);
// - ids, references and enumerated values plain (`kind: strategy`), every other text in double
//   quotes with the fewest escapes, numbers and truth values as written, block scalars (`|`, `>`)
//   kept with their own lines;
// - no line is ever wrapped: a text stays on one line however long;
// - a list of plain values in flow style (`[a, b]`) when it fits in 100 columns, else one item
//   per line; mappings always in block style;
// - comments kept, each where it was relative to its key; blank lines kept, one at most;
// - the Markdown body: no trailing whitespace (a hard line break keeps its two spaces), no run
//   of blank lines, one blank line after the frontmatter, one newline at the end. Each rule is
//   applied only where the Markdown tree stays identical, so the rendered text never changes.
//
// Whatever it prints is parsed again and must give deep-equal data and the same comments, or
// nothing is written: a finding, never a lost word.
import { readdirSync, readFileSync } from "node:fs";
import type { Nodes } from "mdast";
import { CST, isMap, Parser, parseDocument } from "yaml";
import { bodyProcessor, excessiveContainers, MAX_BODY_DEPTH } from "./markdown.ts";
import { depthOf, excessiveNesting, MAX_YAML_DEPTH } from "./parse.ts";
import { contentTypes, schemaDirectory } from "./schemas.ts";

/** A list in flow style must fit in this many columns, indentation included. */
export const FLOW_LIST_WIDTH = 100;
const INDENT = 2;

export type FormatOutcome =
  /** `text` is the canonical form; `changed` whether it differs from the input. */
  | { ok: true; text: string; changed: boolean }
  /**
   * Left as it is: `unreadable` when the file cannot be read as content (the validator says why),
   * `unsupported` for YAML the printer does not write (explicit `?` keys, tags, anchors on keys), `unsafe` when
   * the printed text would not give the same data, comments or Markdown (a bug, caught).
   */
  | { ok: false; reason: "unreadable" | "unsupported" | "unsafe"; detail: string };

class Refusal extends Error {
  readonly reason: "unreadable" | "unsupported" | "unsafe";
  constructor(reason: "unreadable" | "unsupported" | "unsafe", message: string) {
    super(message);
    this.reason = reason;
  }
}

// ---------------------------------------------------------------------------------------------
// Where a value stands in the schema: which keys a mapping has, in which order, and whether a
// text is an id or an enumerated value (written plain) or prose (written in double quotes).

type SchemaNode = Record<string, unknown>;
interface SchemaPlace {
  node: SchemaNode;
  file: string;
}

let schemaFiles: Map<string, SchemaNode> | undefined;

function schemaFile(name: string): SchemaNode | undefined {
  if (!schemaFiles) {
    schemaFiles = new Map();
    for (const file of readdirSync(schemaDirectory)) {
      if (file.endsWith(".schema.json")) schemaFiles.set(file, JSON.parse(readFileSync(`${schemaDirectory}${file}`, "utf8")) as SchemaNode);
    }
  }
  return schemaFiles.get(name);
}

/** The place and every place its `$ref`s lead to, in order. */
function refChain(place: SchemaPlace | undefined): SchemaPlace[] {
  const chain: SchemaPlace[] = [];
  let current = place;
  while (current && chain.length < 16) {
    chain.push(current);
    const ref = current.node.$ref;
    if (typeof ref !== "string") break;
    const [fileName, pointer = ""] = ref.split("#");
    const file = fileName || current.file;
    let target: unknown = schemaFile(file);
    for (const step of pointer.split("/").slice(1)) target = target && typeof target === "object" ? (target as SchemaNode)[step] : undefined;
    current = target && typeof target === "object" ? { node: target as SchemaNode, file } : undefined;
  }
  return chain;
}

function alternatives(node: SchemaNode): SchemaNode[] {
  return [...((node.oneOf as SchemaNode[] | undefined) ?? []), ...((node.anyOf as SchemaNode[] | undefined) ?? [])];
}

/** The object schema at a place that best fits a mapping with these keys. */
function objectAt(place: SchemaPlace | undefined, keys: string[]): SchemaPlace | undefined {
  let best: { place: SchemaPlace; score: number } | undefined;
  const consider = (candidate: SchemaPlace, depth: number): void => {
    for (const link of refChain(candidate)) {
      const properties = link.node.properties as SchemaNode | undefined;
      if (properties) {
        const score = keys.filter((key) => Object.hasOwn(properties, key)).length;
        if (!best || score > best.score) best = { place: link, score };
      }
      if (depth < 4) for (const alternative of alternatives(link.node)) consider({ node: alternative, file: link.file }, depth + 1);
    }
  };
  if (place) consider(place, 0);
  return best?.place;
}

function propertyAt(object: SchemaPlace | undefined, key: string): SchemaPlace | undefined {
  const properties = object?.node.properties as SchemaNode | undefined;
  const property = properties && Object.hasOwn(properties, key) ? (properties[key] as SchemaNode) : undefined;
  return property && object ? { node: property, file: object.file } : undefined;
}

function itemsAt(place: SchemaPlace | undefined): SchemaPlace | undefined {
  for (const link of refChain(place)) {
    if (link.node.items && typeof link.node.items === "object") return { node: link.node.items as SchemaNode, file: link.file };
    for (const alternative of alternatives(link.node)) {
      const items = itemsAt({ node: alternative, file: link.file });
      if (items) return items;
    }
  }
  return undefined;
}

/** Ids, references and enumerated values: what an editor never writes as prose. */
function isIdentifier(place: SchemaPlace | undefined): boolean {
  return refChain(place).some(({ node }) => {
    if ("styrdokId" in node || "styrdokRef" in node || "const" in node || Array.isArray(node.enum)) return true;
    if (typeof node.$ref === "string" && node.$ref.endsWith("/$defs/Id")) return true;
    const options = alternatives(node);
    return options.length > 0 && options.every((option) => "const" in option);
  });
}

function rootPlace(type: string | undefined): SchemaPlace | undefined {
  const file = type && Object.hasOwn(contentTypes, type) ? contentTypes[type as keyof typeof contentTypes] : undefined;
  const node = file ? schemaFile(file) : undefined;
  return file && node ? { node, file } : undefined;
}

// ---------------------------------------------------------------------------------------------
// The CST, read into a small tree that knows where each comment and blank line belongs.

/** A comment line (with the column it stood at) or a blank line. */
type Line = { comment: string; column?: number } | { blank: true };

interface Common {
  anchor?: string;
  /** A comment on the same line, after the value. */
  comment?: string;
  /** Comment lines right after the value, before whatever comes next. */
  after: Line[];
}
interface MapNode extends Common {
  kind: "map";
  entries: Entry[];
  trailing: Line[];
  /** Comments after the last item, indented less than the collection: they go before what follows it. */
  hoisted?: Line[];
}
interface Entry {
  before: Line[];
  key: CST.FlowScalar;
  value: ValueNode;
}
interface SeqNode extends Common {
  kind: "seq";
  items: Item[];
  trailing: Line[];
  hoisted?: Line[];
}
interface Item {
  before: Line[];
  value: ValueNode;
}
interface ScalarNode extends Common {
  kind: "scalar";
  token: CST.FlowScalar | CST.BlockScalar;
  /** The column of the collection that holds a block scalar, where its lines are indented from. */
  parentColumn: number;
}
interface AliasNode extends Common {
  kind: "alias";
  source: string;
}
interface EmptyNode extends Common {
  kind: "empty";
}
type ValueNode = MapNode | SeqNode | ScalarNode | AliasNode | EmptyNode;

class Reader {
  private readonly source: string;
  constructor(source: string) {
    this.source = source;
  }

  column(offset: number): number {
    return offset - (this.source.lastIndexOf("\n", offset - 1) + 1);
  }

  /**
   * Splits tokens into what stands on the current line (props and a comment) and the whole lines
   * after the first line break (comments and blank lines).
   */
  lines(tokens: readonly CST.Token[] | undefined, startsOnFreshLine = false): { anchor?: string; comment?: string; lines: Line[]; broke: boolean } {
    const result: { anchor?: string; comment?: string; lines: Line[]; broke: boolean } = { lines: [], broke: startsOnFreshLine };
    let lineHasContent = false;
    for (const token of tokens ?? []) {
      switch (token.type) {
        case "comment": {
          const text = (token as CST.SourceToken).source.replace(/\s+$/, "");
          if (result.broke) result.lines.push({ comment: text, column: this.column(token.offset) });
          else if (result.comment === undefined) result.comment = text;
          else throw new Refusal("unsupported", "two comments on one line");
          lineHasContent = true;
          break;
        }
        case "newline":
          if (result.broke && !lineHasContent) result.lines.push({ blank: true });
          result.broke = true;
          lineHasContent = false;
          break;
        case "anchor":
          if (result.anchor !== undefined) throw new Refusal("unsupported", "two anchors on one node");
          result.anchor = (token as CST.SourceToken).source;
          lineHasContent = true;
          break;
        case "space":
        case "comma":
        case "byte-order-mark":
          break;
        case "tag":
          throw new Refusal("unsupported", "a YAML tag");
        case "explicit-key-ind":
          throw new Refusal("unsupported", "an explicit key (?)");
        default:
          throw new Refusal("unsupported", `a ${token.type} token`);
      }
    }
    return result;
  }

  value(token: CST.Token | undefined, parentColumn: number): ValueNode {
    if (!token) return { kind: "empty", after: [] };
    switch (token.type) {
      case "block-map":
        return this.blockMap(token);
      case "block-seq":
        return this.blockSeq(token);
      case "flow-collection":
        return this.flowCollection(token, parentColumn);
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar": {
        const end = this.lines(token.end);
        return { kind: "scalar", token, parentColumn, ...(end.comment !== undefined ? { comment: end.comment } : {}), after: end.lines };
      }
      case "block-scalar": {
        const header = token.props.filter((prop) => prop.type !== "block-scalar-header");
        const props = this.lines(header);
        return { kind: "scalar", token, parentColumn, ...(props.anchor ? { anchor: props.anchor } : {}), after: [] };
      }
      case "alias": {
        const end = this.lines(token.end);
        return { kind: "alias", source: token.source, ...(end.comment !== undefined ? { comment: end.comment } : {}), after: end.lines };
      }
      default:
        throw new Refusal("unsupported", `a ${token.type} token`);
    }
  }

  /** Attaches props and the lines between a key (or dash) and its value to the value. */
  withLead(value: ValueNode, lead: ReturnType<Reader["lines"]>, entryBefore: Line[]): ValueNode {
    if (lead.anchor !== undefined) {
      if (value.anchor !== undefined) throw new Refusal("unsupported", "two anchors on one node");
      value.anchor = lead.anchor;
    }
    const lines = lead.lines;
    if ((value.kind === "map" || value.kind === "seq") && (value.kind === "map" ? value.entries : value.items).length > 0) {
      const first = value.kind === "map" ? value.entries[0]! : value.items[0]!;
      first.before.unshift(...lines);
      if (lead.comment !== undefined) {
        if (value.comment !== undefined) entryBefore.push({ comment: lead.comment });
        else value.comment = lead.comment;
      }
    } else if (value.kind === "empty") {
      // Nothing follows the key: a comment on its line stays there, and the lines below it go
      // with what they stand above (the caller takes them from `after`), as they would after a value.
      if (lead.comment !== undefined) value.comment = lead.comment;
      value.after.push(...lines);
    } else {
      if (lead.comment !== undefined) entryBefore.push({ comment: lead.comment });
      entryBefore.push(...lines);
    }
    return value;
  }

  /**
   * Comment lines after a collection's last item belong to it while they are indented as much as
   * its items; from the first one indented less, they belong before whatever follows.
   */
  private settle(node: MapNode | SeqNode, column: number, pending: Line[]): void {
    const out = pending.findIndex((line) => "comment" in line && line.column !== undefined && line.column < column);
    node.trailing.push(...(out === -1 ? pending : pending.slice(0, out)));
    if (out !== -1) node.hoisted = pending.slice(out);
  }

  private hoistedFrom(value: ValueNode): Line[] {
    if (value.kind === "empty") return value.after.splice(0);
    if (value.kind !== "map" && value.kind !== "seq") return [];
    const lines = value.hoisted ?? [];
    delete value.hoisted;
    return lines;
  }

  blockMap(token: CST.BlockMap): MapNode {
    const map: MapNode = { kind: "map", entries: [], trailing: [], after: [] };
    const column = this.column(token.offset);
    let pending: Line[] = [];
    // After a key without a value whose last line is a comment, the line break that ends that comment opens the next item.
    let midLine = false;
    for (const item of token.items) {
      if (item.explicitKey) throw new Refusal("unsupported", "an explicit key (?)");
      const start = this.lines(item.start, !midLine);
      midLine = !item.value && item.sep?.at(-1)?.type === "comment";
      // Props before a key are the key's; the printer writes anchors on values only.
      if (start.anchor !== undefined) throw new Refusal("unsupported", "an anchor on a key");
      const before = [...pending, ...start.lines];
      pending = [];
      if (!item.key && !item.sep && !item.value) {
        pending = before;
        continue;
      }
      if (!item.key || (item.key.type !== "scalar" && item.key.type !== "single-quoted-scalar" && item.key.type !== "double-quoted-scalar")) {
        throw new Refusal("unsupported", "a key that is not a plain text");
      }
      if (item.key.end?.some((part) => part.type !== "space")) throw new Refusal("unsupported", "a comment inside a key");
      const lead = this.lines(item.sep?.filter((part) => part.type !== "map-value-ind"));
      const entry: Entry = { before, key: item.key, value: { kind: "empty", after: [] } };
      entry.value = this.withLead(this.value(item.value, column), lead, entry.before);
      map.entries.push(entry);
      pending = this.hoistedFrom(entry.value);
    }
    this.settle(map, column, pending);
    return map;
  }

  blockSeq(token: CST.BlockSequence): SeqNode {
    const seq: SeqNode = { kind: "seq", items: [], trailing: [], after: [] };
    const column = this.column(token.offset);
    let pending: Line[] = [];
    for (const item of token.items) {
      const dash = item.start.findIndex((part) => part.type === "seq-item-ind");
      if (dash === -1) {
        pending = [...pending, ...this.lines(item.start, true).lines];
        continue;
      }
      const before = [...pending, ...this.lines(item.start.slice(0, dash), true).lines];
      pending = [];
      const lead = this.lines(item.start.slice(dash + 1));
      const entry: Item = { before, value: { kind: "empty", after: [] } };
      entry.value = this.withLead(this.value(item.value, column), lead, entry.before);
      seq.items.push(entry);
      pending = this.hoistedFrom(entry.value);
    }
    this.settle(seq, column, pending);
    return seq;
  }

  flowCollection(token: CST.FlowCollection, parentColumn: number): MapNode | SeqNode {
    const isMapping = token.start.type === "flow-map-start";
    const closing = token.end.findIndex((part) => part.type === "flow-map-end" || part.type === "flow-seq-end");
    const inside = this.lines(token.end.slice(0, closing));
    const after = this.lines(token.end.slice(closing + 1));
    const trailing: Line[] = [...(inside.comment !== undefined ? [{ comment: inside.comment }] : []), ...inside.lines];
    const common = { ...(after.comment !== undefined ? { comment: after.comment } : {}), after: after.lines, trailing };
    const entries: Entry[] = [];
    const items: Item[] = [];
    for (const item of token.items) {
      const start = this.lines(item.start);
      const before: Line[] = [...(start.comment !== undefined ? [{ comment: start.comment }] : []), ...start.lines];
      // Spaces or comments alone, inside `[ ]` or after a last comma, are no item: YAML reads none there.
      if (!item.key && !item.sep && !item.value && start.anchor === undefined) {
        trailing.unshift(...before);
        continue;
      }
      if (isMapping) {
        if (start.anchor !== undefined) throw new Refusal("unsupported", "an anchor on a key");
        if (!item.key || (item.key.type !== "scalar" && item.key.type !== "single-quoted-scalar" && item.key.type !== "double-quoted-scalar")) {
          throw new Refusal("unsupported", "a key that is not a plain text");
        }
        const lead = this.lines(item.sep?.filter((part) => part.type !== "map-value-ind"));
        const entry: Entry = { before, key: item.key, value: { kind: "empty", after: [] } };
        entry.value = this.withLead(this.value(item.value, parentColumn), lead, entry.before);
        entries.push(entry);
      } else {
        if (item.key || item.sep) throw new Refusal("unsupported", "a pair inside a flow sequence");
        const entry: Item = { before, value: { kind: "empty", after: [] } };
        const value = this.value(item.value, parentColumn);
        if (start.anchor !== undefined) value.anchor = start.anchor;
        entry.value = value;
        items.push(entry);
      }
    }
    return isMapping ? { kind: "map", entries, ...common } : { kind: "seq", items, ...common };
  }
}

// ---------------------------------------------------------------------------------------------
// Scalars.

const typeCache = new Map<string, boolean>();

/** Whether a plain scalar with this text is read as a text (not a number, truth value or null). */
function readsAsText(text: string): boolean {
  let result = typeCache.get(text);
  if (result === undefined) {
    const document = parseDocument(`x: ${text}\n`, { resolveKnownTags: false, logLevel: "silent" });
    result = document.errors.length === 0 && isMap(document.contents) && document.get("x") === text;
    typeCache.set(text, result);
  }
  return result;
}

const PLAIN_VALUE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const PLAIN_KEY = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

/** A text in double quotes with the fewest escapes: Swedish letters and every printable character as they are. */
export function doubleQuoted(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '"') out += '\\"';
    else if (char === "\\") out += "\\\\";
    else if (char === "\n") out += "\\n";
    else if (char === "\t") out += "\\t";
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return `${out}"`;
}

function resolved(token: CST.FlowScalar): { value: string; plain: boolean } {
  const errors: string[] = [];
  const result = CST.resolveAsScalar(token, true, (_offset, _code, message) => errors.push(message));
  if (!result || errors.length > 0) throw new Refusal("unsafe", `a scalar that does not read: ${errors.join("; ")}`);
  return { value: result.value, plain: result.type === "PLAIN" };
}

function renderKey(token: CST.FlowScalar): string {
  const { value, plain } = resolved(token);
  if (plain && !readsAsText(value)) return token.source;
  return PLAIN_KEY.test(value) && readsAsText(value) ? value : doubleQuoted(value);
}

function renderFlowScalar(token: CST.FlowScalar, identifier: boolean): string {
  const { value, plain } = resolved(token);
  // A number, truth value or null stays as written: quoting it would make it a text.
  if (plain && !readsAsText(value)) return token.source.includes("\n") ? value : token.source;
  if (identifier && PLAIN_VALUE.test(value) && readsAsText(value)) return value;
  return doubleQuoted(value);
}

/** A block scalar's lines, moved with the collection that holds it. */
function blockScalarLines(token: CST.BlockScalar, shift: number): string[] {
  const lines = token.source.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines.map((line) => {
    if (line.length === 0 || shift === 0) return line;
    if (shift > 0) return " ".repeat(shift) + line;
    const spaces = /^ */.exec(line)![0].length;
    if (spaces < -shift && line.trim() !== "") throw new Refusal("unsafe", "a block scalar indented less than its key");
    return line.slice(Math.min(spaces, -shift));
  });
}

// ---------------------------------------------------------------------------------------------
// The printer.

class Printer {
  readonly out: string[] = [];
  /** Lines up to here are a block scalar's with + (keep): their blank lines at the end are its text, not spacing. */
  keptUntil = 0;
  private readonly reorder: boolean;
  constructor(reorder: boolean) {
    this.reorder = reorder;
  }

  private pad(indent: number): string {
    return " ".repeat(indent);
  }

  private lines(lines: Line[], indent: number, first: boolean): void {
    let previousBlank = first;
    for (const line of lines) {
      if ("blank" in line) {
        if (!previousBlank) this.out.push("");
        previousBlank = true;
      } else {
        this.out.push(`${this.pad(indent)}${line.comment}`);
        previousBlank = false;
      }
    }
  }

  private trailingLines(lines: Line[], indent: number): void {
    const last = lines.findLastIndex((line) => "comment" in line);
    this.lines(lines.slice(0, last + 1), indent, false);
  }

  private suffix(node: Common): string {
    return node.comment !== undefined ? ` ${node.comment}` : "";
  }

  private anchor(node: Common): string {
    return node.anchor !== undefined ? `${node.anchor} ` : "";
  }

  /** The one-line flow form of a list, when the list can have one. */
  private flowList(seq: SeqNode, place: SchemaPlace | undefined): string | undefined {
    if (seq.trailing.some((line) => "comment" in line)) return undefined;
    const identifier = isIdentifier(itemsAt(place));
    const parts: string[] = [];
    for (const item of seq.items) {
      const value = item.value;
      if (item.before.some((line) => "comment" in line) || value.comment !== undefined || value.after.some((line) => "comment" in line)) return undefined;
      if (value.anchor !== undefined) return undefined;
      if (value.kind === "alias") parts.push(value.source);
      else if (value.kind === "scalar" && value.token.type !== "block-scalar") parts.push(renderFlowScalar(value.token, identifier));
      else return undefined;
    }
    return `[${parts.join(", ")}]`;
  }

  /** `head` is what stands before the value on its line: `key:` or `-`. */
  private value(head: string, node: ValueNode, indent: number, place: SchemaPlace | undefined, childIndent: number): void {
    const pad = this.pad(indent);
    switch (node.kind) {
      case "empty":
        this.out.push(`${pad}${head}${node.anchor !== undefined ? ` ${node.anchor}` : ""}${this.suffix(node)}`);
        break;
      case "alias":
        this.out.push(`${pad}${head} ${this.anchor(node)}${node.source}${this.suffix(node)}`);
        break;
      case "scalar": {
        const token = node.token;
        if (token.type === "block-scalar") {
          const sourceOf = (type: string) => (token.props.find((prop) => prop.type === type) as CST.SourceToken | undefined)?.source;
          const comment = sourceOf("comment");
          this.out.push(`${pad}${head} ${this.anchor(node)}${sourceOf("block-scalar-header") ?? "|"}${comment ? ` ${comment.replace(/\s+$/, "")}` : ""}`);
          this.out.push(...blockScalarLines(token, indent - node.parentColumn));
          if (sourceOf("block-scalar-header")?.includes("+")) this.keptUntil = this.out.length;
        } else {
          // An empty plain value (an anchor alone in a flow list) is printed as the empty value it reads back as, with no space at its end.
          const text = renderFlowScalar(token, isIdentifier(place));
          this.out.push(`${pad}${head}${node.anchor !== undefined ? ` ${node.anchor}` : ""}${text === "" ? "" : ` ${text}`}${this.suffix(node)}`);
        }
        break;
      }
      case "seq": {
        // Only a flow list is ever empty; a comment inside it (`[ # none yet`) goes below it.
        if (node.items.length === 0) {
          this.out.push(`${pad}${head} ${this.anchor(node)}[]${this.suffix(node)}`);
          this.trailingLines(node.trailing, indent);
          break;
        }
        const flow = this.flowList(node, place);
        const line = flow !== undefined ? `${pad}${head} ${this.anchor(node)}${flow}${this.suffix(node)}` : undefined;
        if (line !== undefined && line.length <= FLOW_LIST_WIDTH) {
          this.out.push(line);
          break;
        }
        this.out.push(`${pad}${head}${node.anchor !== undefined ? ` ${node.anchor}` : ""}${this.suffix(node)}`);
        this.seq(node, childIndent, place);
        break;
      }
      case "map": {
        if (node.entries.length === 0) {
          this.out.push(`${pad}${head} ${this.anchor(node)}{}${this.suffix(node)}`);
          this.trailingLines(node.trailing, indent);
          break;
        }
        this.out.push(`${pad}${head}${node.anchor !== undefined ? ` ${node.anchor}` : ""}${this.suffix(node)}`);
        this.map(node, childIndent, place);
        break;
      }
    }
    this.lines(node.after, indent, false);
  }

  map(map: MapNode, indent: number, place: SchemaPlace | undefined): void {
    const keys = map.entries.map((entry) => resolved(entry.key).value);
    const object = objectAt(place, keys);
    const order = Object.keys((object?.node.properties as SchemaNode | undefined) ?? {});
    let rank = -1;
    const ranked = map.entries.map((entry, index) => {
      const known = order.indexOf(keys[index]!);
      if (known !== -1) rank = known;
      return { entry, key: keys[index]!, rank: known !== -1 ? known : rank };
    });
    if (this.reorder) ranked.sort((a, b) => a.rank - b.rank);
    for (const [index, { entry, key }] of ranked.entries()) {
      this.lines(entry.before, indent, index === 0);
      this.value(`${renderKey(entry.key)}:`, entry.value, indent, propertyAt(object, key), indent + INDENT);
    }
    this.trailingLines(map.trailing, indent);
  }

  seq(seq: SeqNode, indent: number, place: SchemaPlace | undefined): void {
    const items = itemsAt(place);
    for (const [index, item] of seq.items.entries()) {
      const value = item.value;
      // A mapping's first key stands on the dash's line, so lines before it go before the dash.
      const inline = value.kind === "map" && value.anchor === undefined && value.comment === undefined && value.entries.length > 0;
      const before = [...item.before, ...(inline ? value.entries[0]!.before.splice(0) : [])];
      this.lines(before, indent, index === 0);
      if (inline) {
        const start = this.out.length;
        this.map(value, indent + INDENT, items);
        this.out[start] = `${this.pad(indent)}- ${this.out[start]!.slice(indent + INDENT)}`;
        this.lines(value.after, indent, false);
      } else {
        this.value("-", value, indent, items, indent + INDENT);
      }
    }
    this.trailingLines(seq.trailing, indent);
  }
}

// ---------------------------------------------------------------------------------------------
// The frontmatter.

/**
 * Prints YAML (the frontmatter's text, with `\n` line ends) in canonical form; with `reorder`
 * false, keys keep their order.
 */
export function formatYaml(source: string, reorder = true): string {
  const reader = new Reader(source);
  const leading: Line[] = [];
  let root: ValueNode | undefined;
  let closing: Line[] = [];
  const streamTokens: CST.Token[] = [];
  for (const token of new Parser().parse(source)) {
    if (token.type === "document") {
      if (root) throw new Refusal("unsupported", "more than one YAML document");
      leading.push(...reader.lines(streamTokens.splice(0), true).lines);
      const start = reader.lines(token.start, true);
      if (start.anchor !== undefined) throw new Refusal("unsupported", "an anchor on the whole frontmatter");
      leading.push(...start.lines);
      root = reader.value(token.value, 0);
      closing = reader.lines(token.end, true).lines;
    } else if (token.type === "comment" || token.type === "newline" || token.type === "space") {
      streamTokens.push(token);
    } else {
      throw new Refusal("unsupported", `a ${token.type} in the frontmatter`);
    }
  }
  if (root?.kind !== "map") throw new Refusal("unsupported", "a frontmatter that is not a mapping");
  closing.unshift(...(root.hoisted ?? []));
  closing.push(...reader.lines(streamTokens, true).lines);
  const printer = new Printer(reorder);
  const type = root.entries.find((entry) => resolved(entry.key).value === "type");
  const typeValue = type?.value.kind === "scalar" && type.value.token.type !== "block-scalar" ? resolved(type.value.token).value : undefined;
  const place = rootPlace(typeValue);
  const lines: Line[] = [...leading, ...(root.entries[0]?.before.splice(0) ?? [])];
  printer.out.push(...linesText(lines));
  // A mapping without keys prints as nothing, which would read as no data at all.
  if (root.entries.length === 0) printer.out.push("{}");
  printer.map(root, 0, place);
  printer.out.push(...linesText([...root.after, ...closing]));
  while (printer.out.length > printer.keptUntil && printer.out.at(-1) === "") printer.out.pop();
  return printer.out.map((line) => `${line}\n`).join("");
}

function linesText(lines: Line[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if ("blank" in line) {
      if (out.length > 0 && out.at(-1) !== "") out.push("");
    } else out.push(line.comment);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Checks that nothing was lost.

const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, resolveKnownTags: false, logLevel: "silent" } as const;

function dataOf(yaml: string): { data?: unknown; error?: string } {
  const document = parseDocument(yaml, PARSE_OPTIONS);
  if (document.errors.length > 0) return { error: document.errors[0]!.message };
  try {
    return { data: document.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return { error: String((error as Error).message) };
  }
}

/** Deep equality of plain data; the order of a mapping's keys does not count, a list's order does. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((value, index) => sameData(value, (b as unknown[])[index]));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Every comment and anchor of a YAML text, sorted: what must survive printing, wherever it moves. */
function marksOf(yaml: string): string {
  const marks: string[] = [];
  const walk = (token: CST.Token | CST.CollectionItem | undefined): void => {
    if (!token || typeof token !== "object") return;
    for (const value of Object.values(token)) {
      if (Array.isArray(value)) for (const child of value) walk(child as CST.Token);
      else if (value && typeof value === "object") walk(value as CST.Token);
    }
    const type = (token as { type?: string }).type;
    if (type === "comment" || type === "anchor") marks.push(`${type} ${(token as CST.SourceToken).source.replace(/\s+$/, "")}`);
  };
  for (const token of new Parser().parse(yaml)) walk(token);
  return marks.sort().join("\n");
}

// ---------------------------------------------------------------------------------------------
// The Markdown body.

/**
 * A body's tree, read as the validator reads a body: after its frontmatter, where a `---` is a
 * thematic break, never a fence, and a byte-order mark is a character (micromark drops one that
 * starts its input; a blank line first changes nothing else).
 */
function treeOf(markdown: string): string {
  // The validator refuses such a body before parsing it (markdown-too-complex), and so does fmt.
  if (excessiveContainers(markdown, MAX_BODY_DEPTH)) throw new Refusal("unreadable", "the Markdown nests too deep");
  let tree: Nodes;
  try {
    tree = bodyProcessor.parse(`\n${markdown}`);
  } catch (error) {
    // Thousands of nested quotes or lists overflow the parser's stack: the validator's worker reports them (markdown-too-complex).
    if (error instanceof RangeError) throw new Refusal("unreadable", "the Markdown nests too deep");
    throw error;
  }
  // The validator refuses a body nested deeper (markdown-too-complex); writing the tree out would overflow the stack.
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_BODY_DEPTH) throw new Refusal("unreadable", "the Markdown nests too deep");
    if ("children" in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return JSON.stringify(tree, (key, value) => (key === "position" ? undefined : value));
}

const bodyRules: Array<(body: string) => string> = [
  // Trailing whitespace goes; two spaces or more before a line break are a hard break and stay two.
  (body) => body.replace(/[ \t]+$/gm, (space) => (/ {2}$/.test(space) ? "  " : "")),
  (body) => body.replace(/\n{3,}/g, "\n\n"),
  (body) => `${body.replace(/\n+$/, "")}\n`,
];

/** The body in canonical form: each rule is kept only where the Markdown tree stays the same. */
export function formatBody(body: string): string {
  let current = body.replace(/^\n+/, "");
  // Blank as Markdown reads it: trim() would take a no-break space for nothing, where Markdown reads text.
  if (/^[ \t\n]*$/.test(current)) return "";
  let tree: string | undefined;
  for (const rule of bodyRules) {
    const next = rule(current);
    if (next === current) continue;
    tree ??= treeOf(current);
    if (treeOf(next) === tree) current = next;
  }
  // A first line of spaces is an empty one now: it goes as those did above, or the next run would take it.
  return `\n${current.replace(/^\n+/, "")}`;
}

// ---------------------------------------------------------------------------------------------
// A whole file.

const FRONTMATTER = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

/**
 * A content file's text (as read from disk: with its byte-order mark and line ends) in canonical
 * form. The line ends (LF or CRLF, as the first line has it) and a byte-order mark are kept.
 */
export function formatContent(original: string): FormatOutcome {
  const bom = original.startsWith("\ufeff") ? "\ufeff" : "";
  const withoutBom = original.slice(bom.length);
  const crlf = /^[^\n]*\r\n/.test(withoutBom);
  const text = withoutBom.replace(/\r\n?/g, "\n");
  const match = FRONTMATTER.exec(text);
  if (!match) return { ok: false, reason: "unreadable", detail: "no frontmatter" };
  const yaml = match[1] ?? "";
  if (excessiveNesting(yaml, MAX_YAML_DEPTH) !== -1) return { ok: false, reason: "unreadable", detail: "nested too deep" };
  const before = dataOf(yaml);
  if (before.error !== undefined || before.data === null || typeof before.data !== "object" || Array.isArray(before.data)) {
    return { ok: false, reason: "unreadable", detail: before.error ?? "not a mapping" };
  }
  // Aliases can nest what the text does not (an alias inside its own anchor has no end): the
  // validator refuses such data as too deep, and comparing it would overflow the stack.
  if (depthOf(before.data, MAX_YAML_DEPTH) > MAX_YAML_DEPTH) return { ok: false, reason: "unreadable", detail: "nested too deep" };
  try {
    const attempt = (reorder: boolean) => checked(formatYaml(yaml, reorder));
    let formatted: string;
    try {
      formatted = attempt(true);
    } catch (error) {
      // Keys moved into schema order can put an alias before its anchor (or an anchor after its
      // alias): then the keys keep their order, and everything else is still made canonical.
      if (!(error instanceof Refusal) || error.reason !== "unsafe") throw error;
      try {
        formatted = attempt(false);
      } catch {
        throw error;
      }
    }
    return { ok: true, text: formatted, changed: formatted !== original };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.reason, detail: error.message };
    return { ok: false, reason: "unsafe", detail: String((error as Error).message ?? error) };
  }

  function checked(printed: string): string {
    const body = formatBody(text.slice(match![0].length));
    const lf = `---\n${printed}---\n${body}`;
    const formatted = bom + (crlf ? lf.replace(/\n/g, "\r\n") : lf);
    // Read back as the validator reads it, from the bytes that would be written.
    const again = FRONTMATTER.exec(formatted.slice(bom.length).replace(/\r\n/g, "\n"));
    const after = dataOf(again?.[1] ?? "");
    if (after.error !== undefined || !sameData(before.data, after.data)) throw new Refusal("unsafe", `the data would change${after.error ? `: ${after.error}` : ""}`);
    if (marksOf(yaml) !== marksOf(again?.[1] ?? "")) throw new Refusal("unsafe", "a comment or anchor would be lost");
    const bodyBefore = text.slice(match![0].length);
    const bodyAfter = formatted.slice(bom.length).replace(/\r\n/g, "\n").slice(again![0].length);
    if (bodyAfter !== bodyBefore && treeOf(bodyBefore) !== treeOf(bodyAfter)) {
      throw new Refusal("unsafe", "the Markdown would change");
    }
    return formatted;
  }
}
