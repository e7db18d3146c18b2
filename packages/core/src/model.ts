// Stage 4: schema-valid files → the typed model of the whole corpus. Each item keeps where it
// stands (file, line, column, document, chapter) so that every later finding and every page
// can point back to its source.
import { basename, dirname } from "node:path";
import type { Root } from "mdast";
import { type Body, type BodyBlock, blockOfText, type Mention } from "./body.ts";
import type {
  Actor,
  ChapterFile,
  Citation,
  Definition,
  DocumentFile,
  Event,
  FrameworkFile,
  FrameworkGoal,
  Gap,
  Goal,
  Indicator,
  Measure,
  Responsibility,
  Source,
  SourceError,
  Template,
} from "./generated/content-types.ts";
import type { ParsedFile } from "./parse.ts";
import { type ContentType, type DataPath, isRecord, placeOfPath, type ValidatedFrontmatter, valueAt } from "./schemas.ts";

export type { Mention };

export interface Origin {
  /** Path of the file, relative to the working directory. */
  file: string;
  line: number;
  column: number;
  /** The document an item belongs to, where it belongs to one. */
  document?: string;
  /** The chapter an item stands in; absent for document-level and registry items. */
  chapter?: string;
}

export type Located<T> = T & { origin: Origin };

/** The item lists a chapter's frontmatter holds, each of which becomes a corpus collection of the same name. */
export type ChapterCollection = "goals" | "measures" | "responsibilities" | "indicators" | "definitions" | "events" | "templates" | "gaps" | "sourceErrors";

/** Document relations by which one document replaces another. */
export const supersedingRelations: ReadonlySet<string> = new Set(["supersedes", "absorbs"]);

/** A footnote of a chapter body, with what the frontmatter links to its label (if anything). */
export interface ChapterFootnote {
  label: string;
  /** The footnote's text as Markdown, from the chapter body. */
  text: string;
  sources: string[];
  documents: string[];
  citations?: Citation[];
}

export type ChapterItem = Located<
  Omit<ChapterFile, "type" | "footnotes" | ChapterCollection> & {
    document: string;
    /** Position in the document, from 1. */
    order: number;
    /** The Markdown body, with LF line endings. */
    body: string;
    /** The body as plain text (footnotes included, markup and footnote markers not), for search. */
    text: string;
    /** The body's Markdown tree (positions are relative to the file). */
    tree: Root;
    footnotes: ChapterFootnote[];
    /** Links in the body to items (`[text](#id)`), in reading order. */
    mentions: Mention[];
    /** Where the text of each of the chapter's items stands in the body, where it does. */
    places: ItemPlace[];
  }
>;

/** The block of a chapter's body where an item's text (or a template's title) stands. */
export interface ItemPlace {
  id: string;
  block: BodyBlock;
}

export type DocumentItem = Located<Omit<DocumentFile, "type"> & { chapters: ChapterItem[] }>;
export type FrameworkItem = Located<Omit<FrameworkFile, "type">>;
export type FrameworkGoalItem = Located<FrameworkGoal & { framework: string }>;

/** Every kind of item in the model, by its type: the schemas' generated types, each with its origin. */
export interface ItemOfType {
  document: DocumentItem;
  chapter: ChapterItem;
  goal: Located<Goal>;
  measure: Located<Measure>;
  responsibility: Located<Responsibility>;
  indicator: Located<Indicator>;
  definition: Located<Definition>;
  event: Located<Event>;
  template: Located<Template>;
  gap: Located<Gap>;
  "source-error": Located<SourceError>;
  actor: Located<Actor>;
  source: Located<Source>;
  framework: FrameworkItem;
  "framework-goal": FrameworkGoalItem;
}
export type ItemType = keyof ItemOfType;

/** A reference from one item to another, as the schema declares it (`styrdokRef`). */
export interface CorpusReference {
  /** The item that holds the reference, and its type. */
  from: string;
  fromType: string;
  /** The field within that item, e.g. "responsible" or "legalBasis.source". */
  field: string;
  to: string;
  /** The type the schema requires of the target (actor, goal …). */
  toType: string;
  /** The object that holds the reference when it is not the item itself: a citation with its chapter and section, a party with its roles, a framework link with its basis. */
  context?: Record<string, unknown>;
  origin: Origin;
}

export interface Corpus {
  documents: DocumentItem[];
  chapters: ChapterItem[];
  goals: Array<ItemOfType["goal"]>;
  measures: Array<ItemOfType["measure"]>;
  responsibilities: Array<ItemOfType["responsibility"]>;
  indicators: Array<ItemOfType["indicator"]>;
  definitions: Array<ItemOfType["definition"]>;
  events: Array<ItemOfType["event"]>;
  templates: Array<ItemOfType["template"]>;
  gaps: Array<ItemOfType["gap"]>;
  sourceErrors: Array<ItemOfType["source-error"]>;
  actors: Array<ItemOfType["actor"]>;
  sources: Array<ItemOfType["source"]>;
  frameworks: FrameworkItem[];
  frameworkGoals: FrameworkGoalItem[];
  /** Every reference between items, in file order; the graph is built from these. */
  references: CorpusReference[];
}

/** A content file after parsing and schema validation. */
export interface ContentEntry {
  parsed: ParsedFile;
  validated: ValidatedFrontmatter;
  body: Body;
}

export function emptyCorpus(): Corpus {
  return {
    documents: [],
    chapters: [],
    goals: [],
    measures: [],
    responsibilities: [],
    indicators: [],
    definitions: [],
    events: [],
    templates: [],
    gaps: [],
    sourceErrors: [],
    actors: [],
    sources: [],
    frameworks: [],
    frameworkGoals: [],
    references: [],
  };
}

/** Where the item at `path` of an entry's frontmatter starts. */
export function originOf(entry: ContentEntry, path: DataPath, extra: Pick<Origin, "document" | "chapter"> = {}): Origin {
  const place = placeOfPath(entry.parsed, entry.parsed.frontmatter!, path);
  return { file: entry.parsed.file.path, line: place.start.line, column: place.start.column, ...extra };
}

/** Documents are the folders holding an index.md of type document; the chapters beside it belong to it. */
export function documentFolder(entry: ContentEntry): string {
  return dirname(entry.parsed.file.path);
}

export function isDocumentIndex(entry: ContentEntry): boolean {
  return basename(entry.parsed.file.path) === "index.md";
}

/**
 * The references an entry holds, each attributed to the nearest enclosing item that declares an
 * id (a measure for its `responsible`, the chapter itself for its footnotes).
 */
export function referencesOf(
  entry: ContentEntry,
  extra: Pick<Origin, "document" | "chapter">,
  keep?: (reference: Pick<CorpusReference, "field" | "context">) => boolean,
  lazyOrigin = false,
): CorpusReference[] {
  const declared = new Map(entry.validated.declarations.map((declaration) => [JSON.stringify(declaration.path.slice(0, -1)), declaration]));
  return entry.validated.references.flatMap((reference) => {
    let owner = declared.get("[]");
    let ownerDepth = 0;
    for (let depth = reference.path.length - 1; depth >= 0; depth--) {
      const candidate = declared.get(JSON.stringify(reference.path.slice(0, depth)));
      if (candidate) {
        owner = candidate;
        ownerDepth = depth;
        break;
      }
    }
    if (!owner) return [];
    const field = reference.path
      .slice(ownerDepth)
      .filter((key) => typeof key === "string")
      .join(".");
    const holderPath = typeof reference.path.at(-1) === "number" ? reference.path.slice(0, -2) : reference.path.slice(0, -1);
    const holder = holderPath.length > ownerDepth ? valueAt(entry.validated.raw, holderPath) : undefined;
    const context = isRecord(holder) ? { context: holder } : {};
    if (keep && !keep({ field, ...context })) return [];
    const corpusReference = { from: owner.id, fromType: owner.type, field, to: reference.id, toType: reference.type, ...context } as CorpusReference;
    if (!lazyOrigin) return [{ ...corpusReference, origin: originOf(entry, reference.path, extra) }];
    // Where it stands is worked out when first asked for: the checks ask only to report a cycle,
    // and for an entry that keeps no YAML document it costs a parse.
    Object.defineProperty(corpusReference, "origin", {
      get() {
        const origin = originOf(entry, reference.path, extra);
        Object.defineProperty(corpusReference, "origin", { value: origin, enumerable: true, writable: true, configurable: true });
        return origin;
      },
      enumerable: true,
      configurable: true,
    });
    return [corpusReference];
  });
}

/** Appends the items of one list of a file, each with where it stands. */
function appendItems<T extends object>(target: Array<Located<T>>, entry: ContentEntry, key: string, items: readonly T[] | undefined, where: Pick<Origin, "document" | "chapter"> = {}): void {
  for (const [index, item] of (items ?? []).entries()) target.push({ ...item, origin: originOf(entry, [key, index], where) });
}

/** The collections a chapter adds its items to, in the order the corpus lists them. */
const chapterCollections = ["goals", "measures", "responsibilities", "indicators", "definitions", "events", "templates", "gaps", "sourceErrors"] as const satisfies readonly ChapterCollection[];

/** What one chapter file adds to the corpus, as the `order`-th chapter of a document. */
interface ChapterContribution {
  /** The document and position it was made for: the same file elsewhere is modelled again. */
  key: string;
  chapter: ChapterItem;
  references: CorpusReference[];
  items: { [K in ChapterCollection]: Corpus[K] };
}

/**
 * Contributions by entry: a file that is not read again (validate --watch keeps entries between
 * runs) is not modelled again. Weak, so that it keeps nothing its entry does not.
 */
const chapterContributions = new WeakMap<ContentEntry, ChapterContribution>();

function chapterContribution(entry: ContentEntry, document: string, order: number): ChapterContribution {
  const validated = entry.validated;
  if (!validated.valid || validated.type !== "chapter") throw new Error("only a valid chapter contributes a chapter");
  // The chapter keeps its own metadata; its items go to the corpus collections below.
  const { type: _type, footnotes: links, goals, measures, responsibilities, indicators, definitions, events, templates, gaps, sourceErrors, ...meta } = validated.data;
  const chapter: Omit<ChapterItem, "tree"> = {
    ...meta,
    document,
    order,
    body: entry.body.markdown,
    text: entry.body.plainText,
    mentions: entry.body.mentions,
    places: [],
    footnotes: entry.body.footnotes.map((footnote) => {
      const link = links?.find((candidate) => candidate.label.toLowerCase() === footnote.identifier);
      return { label: footnote.label, text: footnote.text, sources: link?.sources ?? [], documents: link?.documents ?? [], ...(link?.citations ? { citations: link.citations } : {}) };
    }),
    origin: originOf(entry, ["id"], { document }),
  }; // Read when a page is rendered, and only then: a kept entry parses its body again to give it.
  Object.defineProperty(chapter, "tree", { get: () => entry.parsed.tree, enumerable: false });

  const where = { document, chapter: chapter.id };
  const items = emptyChapterItems();
  appendItems(items.goals, entry, "goals", goals, where);
  appendItems(items.measures, entry, "measures", measures, where);
  appendItems(items.responsibilities, entry, "responsibilities", responsibilities, where);
  appendItems(items.indicators, entry, "indicators", indicators, where);
  appendItems(items.definitions, entry, "definitions", definitions, where);
  appendItems(items.events, entry, "events", events, where);
  appendItems(items.templates, entry, "templates", templates, where);
  appendItems(items.gaps, entry, "gaps", gaps, where);
  appendItems(items.sourceErrors, entry, "sourceErrors", sourceErrors, where);
  for (const item of [...(goals ?? []), ...(measures ?? []), ...(responsibilities ?? []), ...(indicators ?? []), ...(definitions ?? []), ...(events ?? [])]) {
    const block = blockOfText(entry.body.blocks, item.text);
    if (block) chapter.places.push({ id: item.id, block });
  }
  for (const template of templates ?? []) {
    const block = blockOfText(entry.body.blocks, template.title);
    if (block) chapter.places.push({ id: template.id, block });
  }
  return { key: `${document}\0${order}`, chapter: chapter as ChapterItem, references: referencesOf(entry, where), items };
}

function emptyChapterItems(): ChapterContribution["items"] {
  return { goals: [], measures: [], responsibilities: [], indicators: [], definitions: [], events: [], templates: [], gaps: [], sourceErrors: [] };
}

/**
 * Builds the corpus from the valid entries, in file order (entries arrive sorted by path).
 * Structural problems (a chapter outside a document folder) are left to the checks.
 */
export function buildCorpus(entries: ContentEntry[]): Corpus {
  const corpus = emptyCorpus();
  const documentsByFolder = new Map<string, DocumentItem>();
  // Documents first, so that chapters find theirs whatever the file order.
  for (const entry of entries) {
    const validated = entry.validated;
    if (!validated.valid || validated.type !== "document" || !isDocumentIndex(entry)) continue;
    const { type: _type, ...data } = validated.data;
    const document: DocumentItem = { ...data, chapters: [], origin: originOf(entry, ["id"]) };
    const where = { document: document.id };
    documentsByFolder.set(documentFolder(entry), document);
    corpus.documents.push(document);
    corpus.references.push(...referencesOf(entry, where));
    appendItems(corpus.gaps, entry, "gaps", data.gaps, where);
    appendItems(corpus.sourceErrors, entry, "sourceErrors", data.sourceErrors, where);
  }

  for (const entry of entries) {
    const validated = entry.validated;
    if (!validated.valid || validated.type !== "chapter") continue;
    const document = documentsByFolder.get(documentFolder(entry));
    if (!document) continue;
    const order = document.chapters.length + 1;
    const key = `${document.id}\0${order}`;
    let contribution = chapterContributions.get(entry);
    if (contribution?.key !== key) {
      contribution = chapterContribution(entry, document.id, order);
      chapterContributions.set(entry, contribution);
    }
    document.chapters.push(contribution.chapter);
    corpus.chapters.push(contribution.chapter);
    for (const reference of contribution.references) corpus.references.push(reference);
    for (const collection of chapterCollections) for (const item of contribution.items[collection]) (corpus[collection] as unknown[]).push(item);
  }

  // Registries: references first (in file order, as the graph lists them), then their items.
  const registries = entries.filter((entry) => entry.validated.valid && (entry.validated.type === "actors" || entry.validated.type === "sources" || entry.validated.type === "framework"));
  const byKind = (type: ContentType) => registries.filter((entry) => entry.validated.type === type);
  for (const entry of [...byKind("actors"), ...byKind("sources"), ...byKind("framework")]) corpus.references.push(...referencesOf(entry, {}));
  for (const entry of registries) {
    const validated = entry.validated;
    if (!validated.valid) continue;
    if (validated.type === "actors") appendItems(corpus.actors, entry, "actors", validated.data.actors);
    if (validated.type === "sources") appendItems(corpus.sources, entry, "sources", validated.data.sources);
  }
  for (const entry of byKind("framework")) {
    const validated = entry.validated;
    if (!validated.valid || validated.type !== "framework") continue;
    const { type: _type, ...framework } = validated.data;
    corpus.frameworks.push({ ...framework, origin: originOf(entry, ["id"]) });
    for (const [index, goal] of framework.goals.entries()) {
      corpus.frameworkGoals.push({ ...goal, framework: framework.id, origin: originOf(entry, ["goals", index]) });
    }
  }
  return corpus;
}
