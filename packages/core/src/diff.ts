// The semantic diff: what a change does to the content's items, matched by their stable ids,
// never by position or by file. Two loaded contents in, one SemanticDiff out; reading revisions
// from git is git.ts's job, putting the diff into words is the reporters'.
import { dirname } from "node:path";
import type { ChangeKind, County } from "./generated/labels.ts";
import type { Graph, GraphItem, ItemType } from "./graph.ts";
import type { Content } from "./load.ts";
import { frameworkCoverage, labelOf } from "./queries.ts";
import { compareWords, normalizeMarkdown, normalizeProse } from "./words.ts";

/** One side of a comparison: a revision's name, its commit, and the content read from it. */
export interface DiffSide {
  /** What the user named: "main", "HEAD~2", a commit; for the working tree, "" (the reporters name it). */
  name: string;
  /** The commit (40 hex digits); absent for the working tree. */
  commit?: string;
  content: Content;
}

export interface DiffOptions {
  /** Only items whose file (at either side, relative to the working directory) this accepts are reported; the effects are limited to them too. */
  inScope?: (file: string) => boolean;
}

/** A revision as the diff reports it. */
export interface RevisionInfo {
  name: string;
  commit?: string;
  /** Errors in the content at this revision (its findings are the validator's). */
  errors: number;
}

/** What happened to an item (its words are in schemas/diff.schema.json), by precedence: an id renamed beats modified, modified beats moved, moved beats reordered. */
export type { ChangeKind };

/** A run of words in a word-level comparison: kept, inserted or deleted. */
export interface WordPart {
  op: "equal" | "insert" | "delete";
  text: string;
}

/**
 * A field of an item that differs between the two sides. For a chapter, `body` is its Markdown
 * (its references: the items its text links to) and `footnotes` what its frontmatter says each
 * footnote cites.
 */
export interface FieldChange {
  /** The item's own field, as the schema names it ("text", "responsible", "legalBasis"). */
  field: string;
  /** The value before; absent when the field was added. */
  before?: unknown;
  /** The value after; absent when the field was removed. */
  after?: unknown;
  /** For text: the comparison word by word (Swedish words kept whole). */
  words?: WordPart[];
  /** For fields that hold references: the ids gained and lost. */
  referencesAdded?: string[];
  referencesRemoved?: string[];
}

/** Where an item stands in the structure of its document. */
export interface Placement {
  document?: string;
  chapter?: string;
  /** The parent goal (goals) or parent actor (actors), where it has one. */
  parent?: string;
}

export interface Location {
  file: string;
  line: number;
  column: number;
}

export interface ItemChange {
  kind: ChangeKind;
  id: string;
  type: ItemType;
  /** The item's label as readers see it (title, or the first words of its text): after the change, or before it for a removed item. */
  label: string;
  /** The document it belongs to (a document belongs to itself); absent for registry items. */
  document?: string;
  /** The chapter it stands in (a chapter stands in itself); absent for documents, their own gaps and source errors, and registry items. */
  chapter?: string;
  /** For "renamed": the id the item had before (the content is the same or nearly so). */
  previousId?: string;
  /** Field by field, for every kind but added and removed. */
  fields: FieldChange[];
  /** When it moved to another document, chapter or parent. */
  moved?: { from: Placement; to: Placement };
  /** When its position among its siblings changed relative to them (not only because others came or went); positions from 1. */
  reordered?: { from: number; to: number };
  /** When its number in the document (`label`, such as "1.2") changed. */
  renumbered?: { from?: string; to?: string };
  /** Where it stood (absent when added) and stands (absent when removed). */
  before?: Location;
  after?: Location;
}

/** An item that names an actor as responsible, partner or bearer of a responsibility. */
export interface ActorEffectItem {
  id: string;
  type: ItemType;
  /** The field that names the actor: "actor", "responsible", "partners". */
  field: string;
  document?: string;
  label: string;
}

/** Per actor: the responsibilities and measures that name it, gained and lost. */
export interface ActorEffect {
  actor: string;
  label: string;
  gained: ActorEffectItem[];
  lost: ActorEffectItem[];
}

/** A goal or measure that serves a framework goal (directly or through a goal above it). */
export interface CoverageEffectItem {
  id: string;
  type: ItemType;
  document?: string;
  counties: County[];
  label: string;
}

/** Per framework goal (national or international): the goals and measures serving it, gained and lost, and the counties that gained or lost all coverage. */
export interface CoverageEffect {
  frameworkGoal: string;
  framework: string;
  label: string;
  gained: CoverageEffectItem[];
  lost: CoverageEffectItem[];
  countiesGained: County[];
  countiesLost: County[];
}

export interface DiffSummary {
  /** Count of item changes per kind. */
  byKind: Record<ChangeKind, number>;
  /** Count of item changes per item type and kind (only types with changes). */
  byType: Array<{ type: ItemType; counts: Partial<Record<ChangeKind, number>> }>;
  /** Count of item changes per document (registry items under none, with the label ""), in the order of the changes. */
  byDocument: Array<{ document?: string; label: string; counts: Partial<Record<ChangeKind, number>> }>;
}

export interface SemanticDiff {
  format: "styrdok-diff";
  version: 1;
  before: RevisionInfo;
  after: RevisionInfo;
  summary: DiffSummary;
  /** Every changed item: by document in file order, then the registries; within them in the order of the after side (removed items where they stood). */
  changes: ItemChange[];
  effects: { actors: ActorEffect[]; frameworkGoals: CoverageEffect[] };
  /** Files renamed with their content unchanged: no semantic change, listed for the record. */
  renamedFiles: Array<{ from: string; to: string }>;
  /** Files whose items could not be compared: at one revision the model could not take them in, or they declare an id twice. */
  unreadable: Array<{ side: "before" | "after"; file: string; errors: number }>;
}

/** Item types in the order the graph lists them: the order of the summary's types. */
const itemTypes: readonly ItemType[] = [
  "document",
  "chapter",
  "goal",
  "measure",
  "responsibility",
  "indicator",
  "definition",
  "event",
  "template",
  "gap",
  "source-error",
  "actor",
  "source",
  "framework",
  "framework-goal",
];
const changeKinds: readonly ChangeKind[] = ["added", "removed", "renamed", "modified", "moved", "reordered"];

/** Fields whose values are prose: a change in them is shown word by word. */
const proseFields = new Set([
  "title",
  "name",
  "shortName",
  "text",
  "leadIn",
  "description",
  "note",
  "term",
  "original",
  "correction",
  "condition",
  "group",
  "modalityText",
  "actorLabel",
  "sourceText",
  "location",
  "textNote",
  "titleNote",
  "frequency",
  "theme",
  "dataSource",
  "extract",
  "publisherName",
  "body",
]);

/** The order fields are reported in, whatever order the YAML wrote them in: what a reader looks at first, then the rest alphabetically. */
const leadingFields = ["label", "title", "name", "term", "level", "kind", "text", "leadIn", "description", "original", "correction", "body"];
const fieldRank = new Map(leadingFields.map((field, index) => [field, index]));
function compareFieldNames(a: string, b: string): number {
  const rankA = fieldRank.get(a) ?? leadingFields.length;
  const rankB = fieldRank.get(b) ?? leadingFields.length;
  return rankA - rankB || (a < b ? -1 : a > b ? 1 : 0);
}

/** Relations the graph adds from the structure of the content rather than from a field of the item. */
const structuralRelations = new Set(["document", "chapter"]);

/** One side of the comparison, indexed once. */
interface Side {
  graph: Graph;
  /** The text of each file, by path. */
  texts: Map<string, string>;
  /** The items that take part in the comparison, in reading order: documents with their chapters' items, then the registries. */
  sequence: GraphItem[];
  index: Map<string, GraphItem>;
}

/**
 * The files with errors whose items cannot be compared, with their count of errors: those the
 * model could not take in (broken YAML, a schema error), and those that declare an id another
 * file declares too. A file the model holds whose errors are only in what it refers to is
 * compared: a reference that the change broke (an id renamed, a document removed) is part of
 * what the change does.
 */
function errorFilesOf(content: Content): Map<string, number> {
  const modelled = new Set<string>();
  for (const node of content.graph.items.values()) modelled.add(node.item.origin.file);
  const result = new Map<string, number>();
  for (const file of content.files) {
    const errors = file.messages.filter((message) => message.fatal === true);
    if (errors.length > 0 && (!modelled.has(file.path) || errors.some((message) => message.ruleId === "duplicate-id"))) result.set(file.path, errors.length);
  }
  return result;
}

function textsOf(content: Content): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of content.files) if (file.data.source?.readable !== false) texts.set(file.path, String(file.value ?? ""));
  return texts;
}

function unmodelledOf(content: Content, errorFiles: Map<string, number>): Set<string> {
  // Every file the model reads from holds one of these: a document, a chapter, a registry or a framework.
  const modelled = new Set<string>();
  for (const type of ["document", "chapter", "actor", "source", "framework"] as const) for (const node of content.graph.all(type)) modelled.add(node.item.origin.file);
  const result = new Set<string>();
  for (const file of content.files) if (file.path.endsWith(".md") && !errorFiles.has(file.path) && !modelled.has(file.path)) result.add(file.path);
  return result;
}

function byPosition(a: GraphItem, b: GraphItem): number {
  const x = a.item.origin;
  const y = b.item.origin;
  return x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line || x.column - y.column;
}

/**
 * The items of a graph in reading order: each document (those `documents` accepts), its own
 * items, each chapter and its items; then the registries' items that `registry` accepts, in file
 * order. A document's items are found through the graph's structural relations, so documents
 * left out cost nothing.
 */
function readingOrder(graph: Graph, documents: (id: string) => boolean, registry: (node: GraphItem) => boolean): GraphItem[] {
  const sequence: GraphItem[] = [];
  for (const document of graph.all("document")) {
    if (!documents(document.id)) continue;
    const inChapter = new Map<string, GraphItem[]>();
    const own: GraphItem[] = [];
    for (const relation of graph.incoming(document.id)) {
      if (relation.field !== "document" || relation.fromType === "chapter") continue;
      const node = graph.get(relation.from)!;
      const chapter = node.item.origin.chapter;
      if (chapter) (inChapter.get(chapter) ?? inChapter.set(chapter, []).get(chapter)!).push(node);
      else own.push(node);
    }
    sequence.push(document, ...own.sort(byPosition));
    for (const chapter of document.item.chapters) {
      const node = graph.getOf("chapter", chapter.id);
      if (node) sequence.push(node, ...(inChapter.get(chapter.id)?.sort(byPosition) ?? []));
    }
  }
  const registries: GraphItem[] = [];
  for (const type of ["actor", "source", "framework", "framework-goal"] as const) for (const node of graph.all(type) as readonly GraphItem[]) if (registry(node)) registries.push(node);
  sequence.push(...registries.sort(byPosition));
  return sequence;
}

/** The item's own data, without what the model derives from the file, the body or other items. */
function fieldsOf(node: GraphItem): Record<string, unknown> {
  const { origin: _origin, ...fields } = node.item as unknown as Record<string, unknown>;
  switch (node.type) {
    case "document": {
      // Chapters, gaps and source errors are items of their own.
      const { chapters: _chapters, gaps: _gaps, sourceErrors: _errors, ...rest } = fields;
      return rest;
    }
    case "chapter": {
      const { document: _document, order: _order, tree: _tree, text: _text, mentions: _mentions, places: _places, footnotes: _footnotes, ...rest } = fields;
      // What the frontmatter says about the footnotes; their text is part of the body.
      const links = node.item.footnotes
        .filter((footnote) => footnote.sources.length > 0 || footnote.documents.length > 0 || (footnote.citations?.length ?? 0) > 0)
        .map((footnote) => ({
          label: footnote.label,
          ...(footnote.sources.length > 0 ? { sources: footnote.sources } : {}),
          ...(footnote.documents.length > 0 ? { documents: footnote.documents } : {}),
          ...(footnote.citations?.length ? { citations: footnote.citations } : {}),
        }));
      return links.length > 0 ? { ...rest, footnotes: links } : rest;
    }
    case "framework": {
      const { goals: _goals, ...rest } = fields;
      return rest;
    }
    default:
      return fields;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Equal as content: strings compared with whitespace collapsed, objects whatever their key order, absent and undefined alike. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "string" && typeof b === "string") return normalizeProse(a) === normalizeProse(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => sameValue(value, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keysA = Object.keys(a).filter((key) => a[key] !== undefined);
    const keysB = Object.keys(b).filter((key) => b[key] !== undefined);
    return keysA.length === keysB.length && keysA.every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

function sameField(field: string, type: ItemType, a: unknown, b: unknown): boolean {
  if (field === "body" && type === "chapter" && typeof a === "string" && typeof b === "string") return a === b || normalizeMarkdown(a) === normalizeMarkdown(b);
  return sameValue(a, b);
}

/** A value as a string that is the same exactly when the values are the same as content. */
function canonical(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(normalizeProse(value));
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The text an item is known by: the words that make an item the same item under another id. */
function primaryText(node: GraphItem): string {
  switch (node.type) {
    case "chapter":
      return normalizeMarkdown(node.item.body) || normalizeProse(node.item.title);
    case "document":
      // Documents of different counties or kinds share titles ("Handlingsplan mot våld i nära relationer").
      return `${normalizeProse(node.item.title)}\u0000${node.item.kind}\u0000${node.item.counties.join()}`;
    case "source":
    case "template":
      return normalizeProse(node.item.title);
    case "actor":
    case "framework":
      return normalizeProse(node.item.name);
    case "definition":
      return normalizeProse(`${node.item.term}: ${node.item.text}`);
    case "gap":
      return normalizeProse(node.item.description);
    case "source-error":
      return normalizeProse(node.item.original);
    default:
      return normalizeProse(node.item.text);
  }
}

function placementOf(node: GraphItem): Placement {
  const placement: Placement = {};
  if (node.type !== "document" && node.document) placement.document = node.document;
  if (node.type !== "chapter" && node.item.origin.chapter) placement.chapter = node.item.origin.chapter;
  if ((node.type === "goal" || node.type === "actor" || node.type === "framework-goal") && node.item.parent) placement.parent = node.item.parent;
  return placement;
}

function locationOf(node: GraphItem): Location {
  const { file, line, column } = node.item.origin;
  return { file, line, column };
}

function labelField(node: GraphItem): string | undefined {
  if (node.type === "goal" || node.type === "measure" || node.type === "chapter" || node.type === "framework-goal") return node.item.label;
  return undefined;
}

/** The ids a field of an item refers to, as the graph knows them (a chapter's links in its body count as its body's). */
function referencesOf(graph: Graph, id: string, field: string): string[] {
  const ids: string[] = [];
  for (const relation of graph.outgoing(id)) {
    if (structuralRelations.has(relation.field)) continue;
    const top = relation.field === "mentions" ? "body" : relation.field.split(".")[0];
    if (top === field && !ids.includes(relation.to)) ids.push(relation.to);
  }
  return ids;
}

/** Indexes of the longest increasing subsequence: the items that kept their order relative to each other. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  }
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]!) kept.add(index);
  return kept;
}

/**
 * The keys of both sides in one order: the after side's, with each key that is gone placed
 * right after the key it followed before. Keys that went to another list (`elsewhere`) are left to it.
 */
function mergeOrder(before: readonly string[], after: readonly string[], elsewhere: (key: string) => boolean): string[] {
  const kept = new Set(after);
  const following = new Map<string | undefined, string[]>();
  let anchor: string | undefined;
  for (const key of before) {
    if (kept.has(key)) anchor = key;
    else if (!elsewhere(key)) (following.get(anchor) ?? following.set(anchor, []).get(anchor)!).push(key);
  }
  const result = [...(following.get(undefined) ?? [])];
  for (const key of after) result.push(key, ...(following.get(key) ?? []));
  return result;
}

/** A pair of an item at both sides (or at one), with what became of it. */
interface Entry {
  before?: GraphItem;
  after?: GraphItem;
  change: ItemChange;
}

/** The semantic difference between two loaded contents. Pure: reads only the two contents. */
export function diffContents(before: DiffSide, after: DiffSide, options: DiffOptions = {}): SemanticDiff {
  const inScope = options.inScope ?? (() => true);
  const errorsBefore = errorFilesOf(before.content);
  const errorsAfter = errorFilesOf(after.content);
  const unmodelledBefore = unmodelledOf(before.content, errorsBefore);
  const unmodelledAfter = unmodelledOf(after.content, errorsAfter);
  // A file that cannot be read into the model at one side is compared at neither: its items would look removed or added.
  const excluded = new Set([...errorsBefore.keys(), ...errorsAfter.keys(), ...unmodelledBefore, ...unmodelledAfter]);
  const textsBefore = textsOf(before.content);
  const textsAfter = textsOf(after.content);

  // Files renamed with the same text: matched by their text, line endings aside.
  const renamedFiles = new Map<string, string>();
  {
    const lf = (text: string) => text.replace(/\r\n?/g, "\n");
    const gone = new Map<string, string[]>();
    for (const [path, text] of textsBefore) {
      if (textsAfter.has(path)) continue;
      const key = lf(text);
      (gone.get(key) ?? gone.set(key, []).get(key)!).push(path);
    }
    for (const [path, text] of textsAfter) {
      if (textsBefore.has(path)) continue;
      const from = gone.get(lf(text))?.shift();
      if (from !== undefined) renamedFiles.set(from, path);
    }
  }

  // Whether each file kept its text (under its name or the one it was renamed to): worked out once per file, not per item.
  const keptBefore = new Map<string, boolean>();
  const keptAfter = new Set<string>();
  for (const [file, text] of textsBefore) {
    const counterpart = renamedFiles.get(file) ?? file;
    const kept = text === textsAfter.get(counterpart);
    keptBefore.set(file, kept);
    if (kept) keptAfter.add(counterpart);
  }
  const stableFile = (file: string, side: "before" | "after") => (side === "before" ? keptBefore.get(file) === true : keptAfter.has(file));

  // Documents whose folder holds the same files with the same text at both sides: nothing in them can have changed.
  const stableDocuments = new Set<string>();
  {
    const folders = (texts: Map<string, string>) => {
      const result = new Map<string, string[]>();
      for (const path of texts.keys()) {
        const folder = dirname(path);
        (result.get(folder) ?? result.set(folder, []).get(folder)!).push(path);
      }
      return result;
    };
    const foldersBefore = folders(textsBefore);
    const foldersAfter = folders(textsAfter);
    for (const document of after.content.graph.all("document")) {
      const file = document.item.origin.file;
      if (before.content.graph.getOf("document", document.id)?.item.origin.file !== file) continue;
      const was = foldersBefore.get(dirname(file)) ?? [];
      const is = foldersAfter.get(dirname(file)) ?? [];
      if (was.length === is.length && was.every((path, index) => path === is[index] && keptBefore.get(path) === true)) stableDocuments.add(document.id);
    }
  }

  const sideOf = (content: Content, texts: Map<string, string>, side: "before" | "after"): Side => {
    const sequence = readingOrder(
      content.graph,
      (document) => !stableDocuments.has(document),
      (node) => !stableFile(node.item.origin.file, side),
    ).filter((node) => !excluded.has(node.item.origin.file));
    return { graph: content.graph, texts, sequence, index: new Map(sequence.map((node) => [node.id, node])) };
  };
  const a = sideOf(before.content, textsBefore, "before");
  const b = sideOf(after.content, textsAfter, "after");
  // An item that takes part in the comparison, wherever it stands (also in a document left out as unchanged).
  const present = (side: Side, id: string) => {
    const node = side.index.get(id) ?? side.graph.get(id);
    return node && !excluded.has(node.item.origin.file) ? node : undefined;
  };

  // Ids that may stand in a file one side could not read: an item missing there is not known to be gone.
  const tokensOf = (side: Side, paths: Iterable<string>): Set<string> => {
    const tokens = new Set<string>();
    for (const path of paths) for (const token of (side.texts.get(path) ?? "").match(/[A-Za-z0-9][A-Za-z0-9_-]*/g) ?? []) tokens.add(token);
    return tokens;
  };
  const hiddenBefore = tokensOf(a, [...errorsBefore.keys(), ...unmodelledBefore]);
  const hiddenAfter = tokensOf(b, [...errorsAfter.keys(), ...unmodelledAfter]);

  const pairs: Array<[GraphItem, GraphItem]> = [];
  const removedByType = new Map<ItemType, GraphItem[]>();
  const addedByType = new Map<ItemType, GraphItem[]>();
  for (const node of a.sequence) {
    const other = b.index.get(node.id);
    if (other && other.type === node.type) pairs.push([node, other]);
    else if (!hiddenAfter.has(node.id)) (removedByType.get(node.type) ?? removedByType.set(node.type, []).get(node.type)!).push(node);
  }
  for (const node of b.sequence) {
    const other = a.index.get(node.id);
    if ((!other || other.type !== node.type) && !hiddenBefore.has(node.id)) (addedByType.get(node.type) ?? addedByType.set(node.type, []).get(node.type)!).push(node);
  }

  // Ids renamed: a removed and an added item of one type, in the same document, with the same content or the same text.
  const renames = new Map<string, string>();
  const previousIds = new Map<string, string>();
  const mapped = (id: string | undefined) => (id === undefined ? undefined : (renames.get(id) ?? id));
  const removed: GraphItem[] = [];
  const added: GraphItem[] = [];
  for (const type of itemTypes) {
    const gone = removedByType.get(type) ?? [];
    const come = addedByType.get(type) ?? [];
    if (gone.length > 0 && come.length > 0) {
      const paired = new Set<GraphItem>();
      const contentKey = (node: GraphItem, document: string | undefined) => {
        const { id: _id, ...fields } = fieldsOf(node);
        return `${document ?? ""}\u0000${canonical(type === "chapter" ? { ...fields, body: normalizeMarkdown(String(fields.body ?? "")) } : fields)}`;
      };
      const textKey = (node: GraphItem, document: string | undefined) => {
        const text = primaryText(node);
        return text === "" ? undefined : `${document ?? ""}\u0000${text}`;
      };
      for (const keyOf of [contentKey, textKey]) {
        const candidates = new Map<string, GraphItem[]>();
        for (const node of gone) {
          if (renames.has(node.id)) continue;
          const key = keyOf(node, mapped(type === "document" ? undefined : node.document));
          if (key !== undefined) (candidates.get(key) ?? candidates.set(key, []).get(key)!).push(node);
        }
        for (const node of come) {
          if (paired.has(node)) continue;
          const key = keyOf(node, type === "document" ? undefined : node.document);
          const match = key === undefined ? undefined : candidates.get(key)?.shift();
          if (!match) continue;
          renames.set(match.id, node.id);
          previousIds.set(node.id, match.id);
          paired.add(node);
          pairs.push([match, node]);
        }
      }
      for (const node of come) if (!paired.has(node)) added.push(node);
      for (const node of gone) if (!renames.has(node.id)) removed.push(node);
    } else {
      added.push(...come);
      removed.push(...gone);
    }
  }

  // Siblings: items of one type in one chapter (or document, registry file, framework), for re-ordering.
  const groupOf = (node: GraphItem, side: "before" | "after"): string | undefined => {
    const map = side === "before" ? mapped : (id: string | undefined) => id;
    switch (node.type) {
      case "document":
        return undefined;
      case "chapter":
        return `chapter\u0000${map(node.document)}`;
      case "framework-goal":
        return `framework-goal\u0000${map(node.item.framework)}`;
      case "actor":
      case "source":
      case "framework": {
        const file = node.item.origin.file;
        return `${node.type}\u0000${side === "before" ? (renamedFiles.get(file) ?? file) : file}`;
      }
      default:
        return `${node.type}\u0000${map(node.document)}\u0000${map(node.item.origin.chapter) ?? ""}`;
    }
  };
  // An item's id at the after side: the one it has, or for a renamed item the one it was given.
  const idOf = (node: GraphItem, side: "before" | "after") => (side === "before" ? (renames.get(node.id) ?? node.id) : node.id);
  const keyOf = (node: GraphItem, side: "before" | "after") => `${idOf(node, side)}\u0000${node.type}`;

  const groupsOf = (side: Side, name: "before" | "after") => {
    const groups = new Map<string, string[]>();
    const membership = new Map<string, { group: string; position: number }>();
    for (const node of side.sequence) {
      // Siblings other than chapters stand in one file: in a file that kept its text, they kept their order.
      if (node.type !== "chapter" && stableFile(node.item.origin.file, name)) continue;
      const group = groupOf(node, name);
      if (group === undefined) continue;
      const list = groups.get(group) ?? groups.set(group, []).get(group)!;
      const id = idOf(node, name);
      membership.set(id, { group, position: list.length });
      list.push(id);
    }
    return { groups, membership };
  };
  const groupsBefore = groupsOf(a, "before");
  const groupsAfter = groupsOf(b, "after");
  const reordered = new Map<string, { from: number; to: number }>();
  for (const [group, list] of groupsAfter.groups) {
    const common = list.filter((key) => groupsBefore.membership.get(key)?.group === group);
    if (common.length < 2) continue;
    const positions = common.map((key) => groupsBefore.membership.get(key)!.position);
    const kept = longestIncreasing(positions);
    common.forEach((key, index) => {
      if (!kept.has(index)) reordered.set(key, { from: positions[index]! + 1, to: groupsAfter.membership.get(key)!.position + 1 });
    });
  }

  const entries: Entry[] = [];
  for (const [old, current] of pairs) {
    const change = comparePair(old, current);
    if (change && (inScope(old.item.origin.file) || inScope(current.item.origin.file))) entries.push({ before: old, after: current, change });
  }
  for (const node of removed) if (inScope(node.item.origin.file)) entries.push({ before: node, change: singleChange("removed", node) });
  for (const node of added) if (inScope(node.item.origin.file)) entries.push({ after: node, change: singleChange("added", node) });

  function comparePair(old: GraphItem, current: GraphItem): ItemChange | undefined {
    const oldFile = old.item.origin.file;
    const newFile = current.item.origin.file;
    // An item's fields come from its own file alone: a file with the same text has the same fields.
    const sameText = (oldFile === newFile || renamedFiles.get(oldFile) === newFile) && keptBefore.get(oldFile) === true;
    // The same text gives the same fields, chapter and parent: only the document (named in another file) and the order can differ.
    if (sameText && !previousIds.has(current.id) && !reordered.has(current.id) && mapped(old.document) === current.document) return undefined;
    const fields = sameText ? [] : compareFields(old, current);
    const from = placementOf(old);
    const to = placementOf(current);
    const moved = mapped(from.document) !== to.document || mapped(from.chapter) !== to.chapter || mapped(from.parent) !== to.parent;
    const order = reordered.get(current.id);
    const labelBefore = labelField(old);
    const labelAfter = labelField(current);
    const renumbered = !sameValue(labelBefore, labelAfter);
    const previousId = previousIds.get(current.id);
    const substantive = fields.some((field) => !(field.field === "label" && renumbered) && !(field.field === "parent" && moved));
    const kind: ChangeKind | undefined = previousId ? "renamed" : substantive ? "modified" : moved ? "moved" : order ? "reordered" : fields.length > 0 ? "modified" : undefined;
    if (!kind) return undefined;
    return {
      kind,
      ...identityOf(current),
      ...(previousId ? { previousId } : {}),
      fields,
      ...(moved ? { moved: { from, to } } : {}),
      ...(order ? { reordered: order } : {}),
      ...(renumbered ? { renumbered: { ...(labelBefore !== undefined ? { from: labelBefore } : {}), ...(labelAfter !== undefined ? { to: labelAfter } : {}) } } : {}),
      before: locationOf(old),
      after: locationOf(current),
    };
  }

  function compareFields(old: GraphItem, current: GraphItem): FieldChange[] {
    const fieldsBefore = fieldsOf(old);
    const fieldsAfter = fieldsOf(current);
    const names = [...new Set([...Object.keys(fieldsBefore), ...Object.keys(fieldsAfter)])].filter((name) => name !== "id").sort(compareFieldNames);
    const changes: FieldChange[] = [];
    for (const field of names) {
      const was = fieldsBefore[field];
      const is = fieldsAfter[field];
      if (was === undefined && is === undefined) continue;
      if (sameField(field, current.type, was, is)) continue;
      const change: FieldChange = { field };
      if (was !== undefined) change.before = was;
      if (is !== undefined) change.after = is;
      if (proseFields.has(field) && (typeof was === "string" || typeof is === "string")) {
        const normalize = field === "body" && current.type === "chapter" ? normalizeMarkdown : normalizeProse;
        change.words = compareWords(typeof was === "string" ? normalize(was) : "", typeof is === "string" ? normalize(is) : "");
      }
      const referencesBefore = referencesOf(a.graph, old.id, field);
      const referencesAfter = referencesOf(b.graph, current.id, field);
      const referencesAdded = referencesAfter.filter((id) => !referencesBefore.includes(id));
      const referencesRemoved = referencesBefore.filter((id) => !referencesAfter.includes(id));
      if (referencesAdded.length > 0) change.referencesAdded = referencesAdded;
      if (referencesRemoved.length > 0) change.referencesRemoved = referencesRemoved;
      changes.push(change);
    }
    return changes;
  }

  function identityOf(node: GraphItem): Pick<ItemChange, "id" | "type" | "label" | "document" | "chapter"> {
    const chapter = node.type === "chapter" ? node.id : node.item.origin.chapter;
    return { id: node.id, type: node.type, label: labelOf(node), ...(node.document ? { document: node.document } : {}), ...(chapter ? { chapter } : {}) };
  }

  function singleChange(kind: "added" | "removed", node: GraphItem): ItemChange {
    return { kind, ...identityOf(node), fields: [], ...(kind === "removed" ? { before: locationOf(node) } : { after: locationOf(node) }) };
  }

  // The order of the report: documents in file order (those removed where they stood), each with its items, then the registries.
  const position = new Map<string, number>();
  {
    const documentOf = (node: GraphItem, side: "before" | "after") => (node.document === undefined ? "" : side === "before" ? mapped(node.document)! : node.document);
    const listsOf = (side: Side, name: "before" | "after") => {
      const lists = new Map<string, string[]>();
      for (const node of side.sequence) {
        const document = documentOf(node, name);
        (lists.get(document) ?? lists.set(document, []).get(document)!).push(idOf(node, name));
      }
      return lists;
    };
    const listsBefore = listsOf(a, "before");
    const listsAfter = listsOf(b, "after");
    const keysAfter = new Set(b.index.keys());
    const documents = mergeOrder(
      [...listsBefore.keys()].filter((key) => key !== ""),
      [...listsAfter.keys()].filter((key) => key !== ""),
      () => false,
    );
    for (const document of [...documents, ""]) {
      for (const key of mergeOrder(listsBefore.get(document) ?? [], listsAfter.get(document) ?? [], (key) => keysAfter.has(key))) if (!position.has(key)) position.set(key, position.size);
    }
  }
  const positionOf = (entry: Entry) => (entry.after ? position.get(entry.after.id) : position.get(idOf(entry.before!, "before"))) ?? Number.MAX_SAFE_INTEGER;
  entries.sort((x, y) => positionOf(x) - positionOf(y));
  const changes = entries.map((entry) => entry.change);

  return {
    format: "styrdok-diff",
    version: 1,
    before: { name: before.name, ...(before.commit ? { commit: before.commit } : {}), errors: before.content.errors },
    after: { name: after.name, ...(after.commit ? { commit: after.commit } : {}), errors: after.content.errors },
    summary: summarize(changes, a.graph, b.graph),
    changes,
    effects: { actors: actorEffects(entries), frameworkGoals: coverageEffects(entries) },
    renamedFiles: [...renamedFiles]
      .filter(([from, to]) => inScope(from) || inScope(to))
      .map(([from, to]) => ({ from, to }))
      .sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0)),
    unreadable: [...[...errorsBefore].map(([file, errors]) => ({ side: "before" as const, file, errors })), ...[...errorsAfter].map(([file, errors]) => ({ side: "after" as const, file, errors }))]
      .filter((entry) => inScope(entry.file))
      .sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.side === y.side ? 0 : x.side === "before" ? -1 : 1)),
  };

  /** Where an actor or framework goal stands in the registries: the after side's order, then those only the before side has. */
  function registryRank(type: "actor" | "framework-goal"): (id: string) => number {
    const ranks = new Map<string, number>();
    for (const node of b.graph.all(type)) ranks.set(node.id, ranks.size);
    for (const node of a.graph.all(type)) if (!ranks.has(mapped(node.id)!)) ranks.set(mapped(node.id)!, ranks.size);
    return (id) => ranks.get(id) ?? Number.MAX_SAFE_INTEGER;
  }

  function actorEffects(list: readonly Entry[]): ActorEffect[] {
    const effects = new Map<string, ActorEffect>();
    const effectOf = (actor: string) => {
      let effect = effects.get(actor);
      if (!effect) {
        const node = b.graph.getOf("actor", actor) ?? a.graph.getOf("actor", previousIds.get(actor) ?? actor);
        effect = { actor, label: node ? labelOf(node) : actor, gained: [], lost: [] };
        effects.set(actor, effect);
      }
      return effect;
    };
    const namesOf = (node: GraphItem | undefined, side: "before" | "after"): Map<string, { actor: string; field: string }> => {
      const names = new Map<string, { actor: string; field: string }>();
      const add = (field: string, id: string) => {
        const actor = side === "before" ? mapped(id)! : id;
        names.set(`${field}\u0000${actor}`, { actor, field });
      };
      if (node?.type === "responsibility") add("actor", node.item.actor);
      if (node?.type === "measure") {
        for (const id of node.item.responsible ?? []) add("responsible", id);
        for (const id of node.item.partners ?? []) add("partners", id);
      }
      return names;
    };
    const itemOf = (node: GraphItem, field: string): ActorEffectItem => ({ id: node.id, type: node.type, field, ...(node.document ? { document: node.document } : {}), label: labelOf(node) });
    for (const entry of list) {
      const was = namesOf(entry.before, "before");
      const is = namesOf(entry.after, "after");
      for (const [key, { actor, field }] of is) if (!was.has(key)) effectOf(actor).gained.push(itemOf(entry.after!, field));
      for (const [key, { actor, field }] of was) if (!is.has(key)) effectOf(actor).lost.push(itemOf(entry.before!, field));
    }
    const rank = registryRank("actor");
    return [...effects.values()].sort((x, y) => rank(x.actor) - rank(y.actor) || (x.actor < y.actor ? -1 : x.actor > y.actor ? 1 : 0));
  }

  function coverageEffects(list: readonly Entry[]): CoverageEffect[] {
    const servingBefore = servingOf(a.graph);
    const servingAfter = servingOf(b.graph);
    // The goals and measures whose service may have changed: those changed, and the sub-goals and measures under changed goals.
    const candidates = new Map<string, { before?: GraphItem; after?: GraphItem }>();
    for (const entry of list) {
      const node = entry.after ?? entry.before!;
      if (node.type === "goal" || node.type === "measure")
        candidates.set(keyOf(node, entry.after ? "after" : "before"), { ...(entry.before ? { before: entry.before } : {}), ...(entry.after ? { after: entry.after } : {}) });
    }
    const below = (side: Side, start: GraphItem[]) => {
      const found: GraphItem[] = [];
      const seen = new Set(start.map((node) => node.id));
      for (const pending = start.filter((node) => node.type === "goal").map((node) => node.id); pending.length > 0; ) {
        for (const relation of side.graph.incoming(pending.pop()!)) {
          if (!((relation.field === "parent" && relation.fromType === "goal") || (relation.field === "goals" && relation.fromType === "measure"))) continue;
          if (seen.has(relation.from)) continue;
          seen.add(relation.from);
          const node = present(side, relation.from);
          if (!node) continue;
          found.push(node);
          if (node.type === "goal") pending.push(node.id);
        }
      }
      return found;
    };
    const changedGoals = [...candidates.values()];
    for (const node of below(
      a,
      changedGoals.flatMap((pair) => (pair.before ? [pair.before] : [])),
    )) {
      const current = present(b, mapped(node.id)!);
      if (current && current.type === node.type && !candidates.has(keyOf(current, "after"))) candidates.set(keyOf(current, "after"), { before: node, after: current });
    }
    for (const node of below(
      b,
      changedGoals.flatMap((pair) => (pair.after ? [pair.after] : [])),
    )) {
      const old = present(a, previousIds.get(node.id) ?? node.id);
      if (old && old.type === node.type && !candidates.has(keyOf(node, "after"))) candidates.set(keyOf(node, "after"), { before: old, after: node });
    }

    const effects = new Map<string, CoverageEffect & { countiesIn: Set<County>; countiesOut: Set<County> }>();
    const effectOf = (goal: string) => {
      let effect = effects.get(goal);
      if (!effect) {
        const node = b.graph.getOf("framework-goal", goal) ?? a.graph.getOf("framework-goal", previousIds.get(goal) ?? goal);
        effect = {
          frameworkGoal: goal,
          framework: node?.item.framework ?? "",
          label: node ? labelOf(node) : goal,
          gained: [],
          lost: [],
          countiesGained: [],
          countiesLost: [],
          countiesIn: new Set(),
          countiesOut: new Set(),
        };
        effects.set(goal, effect);
      }
      return effect;
    };
    const itemOf = (graph: Graph, node: GraphItem): CoverageEffectItem => ({
      id: node.id,
      type: node.type,
      ...(node.document ? { document: node.document } : {}),
      counties: [...graph.countiesOf(node.id)],
      label: labelOf(node),
    });
    const rankOf = (pair: { before?: GraphItem; after?: GraphItem }) => position.get(pair.after ? pair.after.id : idOf(pair.before!, "before")) ?? Number.MAX_SAFE_INTEGER;
    for (const { before: old, after: current } of [...candidates.values()].sort((x, y) => rankOf(x) - rankOf(y))) {
      const was = new Set([...(old ? servingBefore(old.id) : [])].map((id) => mapped(id)!));
      const is = current ? servingAfter(current.id) : new Set<string>();
      for (const goal of is) {
        if (was.has(goal)) continue;
        const effect = effectOf(goal);
        effect.gained.push(itemOf(b.graph, current!));
        for (const county of b.graph.countiesOf(current!.id)) effect.countiesIn.add(county);
      }
      for (const goal of was) {
        if (is.has(goal)) continue;
        const effect = effectOf(goal);
        effect.lost.push(itemOf(a.graph, old!));
        for (const county of a.graph.countiesOf(old!.id)) effect.countiesOut.add(county);
      }
    }
    // A document can say it serves a framework goal as a whole: that covers its counties too.
    for (const entry of list) {
      if ((entry.after ?? entry.before)!.type !== "document") continue;
      const stated = (node: GraphItem | undefined, side: "before" | "after") =>
        new Set(node?.type === "document" ? (node.item.frameworks ?? []).flatMap((link) => link.goals ?? []).map((id) => (side === "before" ? mapped(id)! : id)) : []);
      const was = stated(entry.before, "before");
      const is = stated(entry.after, "after");
      for (const goal of is) if (!was.has(goal)) for (const county of b.graph.countiesOf(entry.after!.id)) effectOf(goal).countiesIn.add(county);
      for (const goal of was) if (!is.has(goal)) for (const county of a.graph.countiesOf(entry.before!.id)) effectOf(goal).countiesOut.add(county);
    }

    const coveredBefore = coverageCounties(a.graph);
    const coveredAfter = coverageCounties(b.graph);
    const result: CoverageEffect[] = [];
    for (const { countiesIn, countiesOut, ...effect } of effects.values()) {
      const previous = previousIds.get(effect.frameworkGoal) ?? effect.frameworkGoal;
      const had = coveredBefore(previous);
      const has = coveredAfter(effect.frameworkGoal);
      effect.countiesGained = [...countiesIn].filter((county) => !had.has(county) && has.has(county)).sort();
      effect.countiesLost = [...countiesOut].filter((county) => had.has(county) && !has.has(county)).sort();
      if (effect.gained.length > 0 || effect.lost.length > 0 || effect.countiesGained.length > 0 || effect.countiesLost.length > 0) result.push(effect);
    }
    const rank = registryRank("framework-goal");
    return result.sort((x, y) => rank(x.frameworkGoal) - rank(y.frameworkGoal) || (x.frameworkGoal < y.frameworkGoal ? -1 : x.frameworkGoal > y.frameworkGoal ? 1 : 0));
  }
}

/**
 * The framework goals a goal or measure serves, as `coverage` counts them: a goal serves those
 * it or a goal above it names, a measure those it names or its goals serve. Worked out on demand
 * and remembered, so that only the items asked about and what lies above them are visited.
 */
function servingOf(graph: Graph): (id: string) => ReadonlySet<string> {
  const known = new Map<string, Set<string>>();
  const visiting = new Set<string>();
  const serves = (id: string): ReadonlySet<string> => {
    const cached = known.get(id);
    if (cached) return cached;
    const node = graph.get(id);
    const result = new Set<string>();
    if (visiting.has(id) || (node?.type !== "goal" && node?.type !== "measure")) return result;
    visiting.add(id);
    for (const link of node.item.frameworkGoals ?? []) result.add(link.goal);
    const above = node.type === "goal" ? (node.item.parent ? [node.item.parent] : []) : (node.item.goals ?? []);
    for (const goal of above) for (const served of serves(goal)) result.add(served);
    visiting.delete(id);
    known.set(id, result);
    return result;
  };
  return serves;
}

/** The counties where a framework goal has any coverage (by `coverage`'s rules), per framework worked out once. */
function coverageCounties(graph: Graph): (frameworkGoal: string) => ReadonlySet<County> {
  const byGoal = new Map<string, Set<County>>();
  const done = new Set<string>();
  return (goal) => {
    const framework = graph.getOf("framework-goal", goal)?.item.framework;
    if (framework !== undefined && !done.has(framework)) {
      done.add(framework);
      for (const coverage of frameworkCoverage(graph, framework)) byGoal.set(coverage.goal.id, new Set(coverage.counties.keys()));
    }
    return byGoal.get(goal) ?? new Set();
  };
}

function summarize(changes: readonly ItemChange[], before: Graph, after: Graph): DiffSummary {
  const byKind = Object.fromEntries(changeKinds.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  const byType = new Map<ItemType, Partial<Record<ChangeKind, number>>>();
  const byDocument = new Map<string, { document?: string; label: string; counts: Partial<Record<ChangeKind, number>> }>();
  for (const change of changes) {
    byKind[change.kind]++;
    const typeCounts = byType.get(change.type) ?? byType.set(change.type, {}).get(change.type)!;
    typeCounts[change.kind] = (typeCounts[change.kind] ?? 0) + 1;
    const key = change.document ?? "";
    let group = byDocument.get(key);
    if (!group) {
      const document = change.document === undefined ? undefined : (after.getOf("document", change.document) ?? before.getOf("document", change.document));
      group = { ...(change.document !== undefined ? { document: change.document } : {}), label: document?.item.title ?? "", counts: {} };
      byDocument.set(key, group);
    }
    group.counts[change.kind] = (group.counts[change.kind] ?? 0) + 1;
  }
  return {
    byKind,
    byType: itemTypes.flatMap((type) => (byType.has(type) ? [{ type, counts: byType.get(type)! }] : [])),
    byDocument: [...byDocument.values()],
  };
}
