// The file format of the web editor (/admin): how Sveltia CMS reads a content file into fields and
// writes the edited fields back. Sveltia's own Markdown format re-serialises the whole frontmatter
// on save: it drops keys its configuration does not list, turns `[a, b]` into block lists, changes
// quoting, sorts keys and loses every YAML comment. This one writes back only what the editor
// changed: a changed value is replaced where it stands in the original text (its quoting kept), so
// every other byte stays; only a change of structure (an added or removed key or list item) goes
// through the `yaml` Document, which keeps comments, key order, quoting and flow lists, and may
// re-indent a list that was not indented. It runs in the browser, so it imports nothing but `yaml`.
import { type Document, isMap, isScalar, isSeq, type Node, parseDocument, Scalar, stringify, visit } from "yaml";

/** The name the format is registered under in /admin (site/admin/main.ts) and used by the collections. */
export const WEB_EDITOR_FORMAT = "styrdok-markdown";

/**
 * The field that carries the file's original text through the editor, so that writing back can
 * compare with it. The generated configuration declares it as a hidden field; it is never written.
 */
export const ORIGINAL_FIELD = "styrdokOriginal";
/** The field that holds the Markdown body (Sveltia's default name for it). */
export const BODY_FIELD = "body";

type Data = Record<string, unknown>;
type Path = (string | number)[];

interface Split {
  /** Everything up to the YAML: a byte-order mark, the opening `---` and its line end. */
  opening: string;
  newline: string;
  yaml: string;
  /** The closing `---` and its line end. */
  closing: string;
  body: string;
}

const frontmatter = /^(\uFEFF?---[ \t]*(\r?\n))([\s\S]*?\r?\n)?(---[ \t]*(?:\r?\n|$))([\s\S]*)$/;

function split(text: string): Split {
  const match = frontmatter.exec(text);
  if (!match) throw new Error("Filen saknar frontmatter (--- … ---) och kan inte redigeras här.");
  return { opening: match[1]!, newline: match[2]!, yaml: match[3] ?? "", closing: match[4]!, body: match[5] ?? "" };
}

function parse(yaml: string): Document {
  const document = parseDocument(yaml, { uniqueKeys: true, strict: true, keepSourceTokens: false });
  if (document.errors.length > 0) throw new Error(`Frontmattern går inte att läsa: ${document.errors[0]!.message}`);
  return document;
}

/** Reads a content file into the values the editor's fields show. */
export function fromFile(text: string): Data {
  const parts = split(text);
  const data = parse(parts.yaml).toJS() ?? {};
  if (typeof data !== "object" || Array.isArray(data)) throw new Error("Frontmattern är inte en samling nycklar och värden.");
  // The body without the blank line that separates it from the frontmatter, as the editor shows it.
  return { ...data, [BODY_FIELD]: parts.body.replace(/^\r?\n/, ""), [ORIGINAL_FIELD]: text };
}

/** What the editor holds for a value the file does not have: an untouched, empty field. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.values(value as Data).every(isEmpty);
  return false;
}

function isPlainObject(value: unknown): value is Data {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether the editor's value says the same as the file's. The editor shows numbers and booleans in
 * text fields as text, and fills every field the file leaves out with an empty value; neither is a
 * change the editor made.
 */
function same(before: unknown, after: unknown): boolean {
  if (before === after) return true;
  // A switch left off is what a file without the key says too.
  if (before === undefined) return isEmpty(after) || after === false;
  if ((typeof before === "number" || typeof before === "boolean") && typeof after === "string") return String(before) === after;
  if (Array.isArray(before) && Array.isArray(after)) return before.length === after.length && before.every((item, index) => same(item, after[index]));
  if (isPlainObject(before) && isPlainObject(after)) return Object.keys({ ...before, ...after }).every((key) => same(before[key], after[key]) || (!(key in after) && key in before));
  return false;
}

interface Edit {
  path: Path;
  /** undefined: remove what is at the path. */
  value: unknown;
  /** A scalar replaced by a scalar: the one kind of edit that can be made in the text itself. */
  inPlace: boolean;
  /** A list of items with ids whose items came, went or moved: rebuilt item by item. */
  items?: { id: string; edits: Edit[]; value: Data }[];
}

function hasIds(items: unknown[]): items is Data[] {
  return items.length > 0 && items.every((item) => isPlainObject(item) && typeof item.id === "string");
}

function editsOf(before: unknown, after: unknown, path: Path, edits: Edit[]): void {
  if (same(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of Object.keys({ ...before, ...after })) {
      // A key the editor does not hold at all is one it did not show: it stays as it is.
      if (!(key in after)) continue;
      const next = after[key];
      if (key in before && isEmpty(next) && !isEmpty(before[key])) edits.push({ path: [...path, key], value: undefined, inPlace: false });
      else editsOf(before[key], next, [...path, key], edits);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    // Items with ids are matched by id, so that removing one in the middle never moves another
    // item's values onto its neighbour: each item that stays is compared with itself. A list
    // without ids is compared position by position while its length stays, and replaced otherwise.
    if (hasIds(before) && hasIds(after)) {
      const sameOrder = before.length === after.length && before.every((item, index) => item.id === after[index]!.id);
      if (!sameOrder) {
        const earlier = new Map(before.map((item) => [item.id as string, item]));
        const items = after.map((item) => {
          const edits: Edit[] = [];
          const old = earlier.get(item.id as string);
          if (old) editsOf(old, item, [], edits);
          return { id: item.id as string, edits, value: item };
        });
        edits.push({ path, value: after, inPlace: false, items });
        return;
      }
    } else if (before.length !== after.length) {
      edits.push({ path, value: after, inPlace: false });
      return;
    }
    after.forEach((item, index) => {
      editsOf(before[index], item, [...path, index], edits);
    });
    return;
  }
  const scalar = (value: unknown) => value === null || typeof value !== "object";
  edits.push({ path, value: after, inPlace: before !== undefined && scalar(before) && scalar(after) && after !== undefined });
}

/** The new value written as a YAML scalar in the style the old one had (plain, "double", 'single'). */
function scalarText(value: unknown, old: Scalar): string {
  const type = old.type === Scalar.QUOTE_DOUBLE || old.type === Scalar.QUOTE_SINGLE ? old.type : Scalar.PLAIN;
  return stringify(value, { lineWidth: 0, defaultStringType: type, singleQuote: type === Scalar.QUOTE_SINGLE }).replace(/\n$/, "");
}

function withoutEditorFields(content: Data): { data: Data; body: unknown; original: unknown } {
  const { [BODY_FIELD]: body, [ORIGINAL_FIELD]: original, ...data } = content;
  return { data, body, original };
}

/** A value the editor added, without the empty fields it fills in for every field it shows. */
function cleaned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleaned).filter((item) => !isEmpty(item));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .map(([key, item]) => [key, cleaned(item)] as const)
        .filter(([, item]) => !isEmpty(item) && item !== false),
    );
  }
  return value;
}

const plainWord = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * The YAML node for a value the editor added, written as the content writes its values: ids and
 * enumeration values plain, other text in double quotes, lists of words on one line.
 */
function nodeFor(document: Document, value: unknown): Node {
  const node = document.createNode(cleaned(value)) as Node;
  visit(node, {
    Scalar(_, scalar) {
      if (typeof scalar.value === "string")
        scalar.type = plainWord.test(scalar.value) && !["true", "false", "null", "yes", "no", "on", "off"].includes(scalar.value) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
    },
    Seq(_, seq) {
      if (seq.items.length > 0 && seq.items.every((item) => isScalar(item) && plainWord.test(String(item.value)))) seq.flow = true;
    },
  });
  return node;
}

type Editable = Pick<Document, "getIn" | "setIn" | "deleteIn">;

function apply(target: Editable, document: Document, edits: Edit[]): void {
  for (const edit of edits) {
    if (edit.items) {
      const list = target.getIn(edit.path, true);
      if (!isSeq(list)) {
        target.setIn(edit.path, nodeFor(document, edit.value));
        continue;
      }
      const earlier = new Map(list.items.filter(isMap).map((item) => [String(item.get("id")), item]));
      list.items = edit.items.map(({ id, edits, value }) => {
        const old = earlier.get(id);
        if (!old) return nodeFor(document, value);
        apply(old as unknown as Editable, document, edits);
        return old;
      });
      continue;
    }
    if (edit.value === undefined) {
      target.deleteIn(edit.path);
      continue;
    }
    const existing = target.getIn(edit.path, true);
    if (isScalar(existing) && (edit.value === null || typeof edit.value !== "object")) existing.value = edit.value;
    else target.setIn(edit.path, nodeFor(document, edit.value));
  }
}

function applyStructurally(document: Document, edits: Edit[]): string {
  apply(document, document, edits);
  return document.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false });
}

function isFlowScalar(node: unknown): node is Scalar {
  return isScalar(node) && node.type !== Scalar.BLOCK_LITERAL && node.type !== Scalar.BLOCK_FOLDED && node.range !== undefined;
}

function renderNew(data: Data, body: string, newline = "\n"): string {
  const yaml = stringify(data, { lineWidth: 0, indentSeq: true, defaultStringType: Scalar.QUOTE_DOUBLE, defaultKeyType: Scalar.PLAIN });
  return `---\n${yaml}---\n${body ? `\n${body.replace(/\n*$/, "\n")}` : ""}`.replaceAll("\n", newline);
}

/**
 * Writes the edited values back into the file they came from, changing nothing the editor did not
 * change. A new file (no original) is written plainly.
 */
export function toFile(content: Data): string {
  const { data, body, original } = withoutEditorFields(content);
  const bodyText = typeof body === "string" ? body : "";
  if (typeof original !== "string") return renderNew(data, bodyText);

  const parts = split(original);
  const document = parse(parts.yaml);
  const edits: Edit[] = [];
  editsOf(document.toJS() ?? {}, data, [], edits);

  let yaml = parts.yaml;
  // Block scalars (| and >) span lines: a new value goes in through the Document, in the same style.
  const inText = edits.every((edit) => edit.inPlace && isFlowScalar(document.getIn(edit.path, true)));
  if (inText) {
    // Last first, so that the offsets of the earlier ones still hold.
    const spans = edits.map((edit) => {
      const node = document.getIn(edit.path, true) as Scalar;
      const [start, end] = node.range!;
      return { start, end, text: scalarText(edit.value, node) };
    });
    for (const span of spans.sort((a, b) => b.start - a.start)) yaml = yaml.slice(0, span.start) + span.text + yaml.slice(span.end);
  } else {
    yaml = applyStructurally(document, edits);
    if (parts.newline !== "\n") yaml = yaml.replaceAll("\n", parts.newline);
  }

  const originalBody = parts.body.replace(/^\r?\n/, "");
  // The editor's text area gives the body back with \n line ends and maybe without the last one.
  const bodyUnchanged = originalBody.replace(/\r\n/g, "\n").replace(/\n+$/, "") === bodyText.replace(/\r\n/g, "\n").replace(/\n+$/, "");
  let newBody = parts.body;
  // A collection without a body field holds no body: the file's stays.
  if (BODY_FIELD in content && !bodyUnchanged) {
    const separator = /^\r?\n/.exec(parts.body)?.[0] ?? parts.newline;
    newBody = `${separator}${bodyText.replace(/\r\n/g, "\n").replace(/\n*$/, "\n").replaceAll("\n", parts.newline)}`;
  }
  return `${parts.opening}${yaml}${parts.closing}${newBody}`;
}

/** Sveltia's custom format: registered under this name in /admin (see site/admin/main.ts). */
export const webEditorFormat = { fromFile, toFile };
