// Stage 5: what JSON Schema cannot say about the corpus as a whole. Ids are unique, every
// reference resolves to an item of the right type, parent and supersedes chains have no
// cycles, periods end after they start, links and footnotes in bodies resolve, texts that
// quote the source stand in the body, and loose ends are pointed out.
//
// The checks are made in two steps: the facts of the whole corpus are gathered (which ids are
// declared where, who refers to what, which goals measures serve), then each file is checked
// against them. So a run that keeps most files (validate --watch) can patch the facts with the
// files that changed and check again only the files whose findings those changes can touch.
import { basename, dirname } from "node:path";
import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import { containsWords, isEmptyBody, normalizeText } from "./body.ts";
import { type Code, type FindingParams, type Place, report } from "./messages.ts";
import { type ContentEntry, type CorpusReference, documentFolder, isDocumentIndex, referencesOf, supersedingRelations } from "./model.ts";
import { bodyLine } from "./parse.ts";
import { type DataPath, isRecord, pathSteps, placeOfPath, toKebab, type VerbatimMark, valueAt } from "./schemas.ts";
import { nearestAll } from "./suggest.ts";
import { today as currentDay, documentStart, type Successor, validityOn } from "./validity.ts";
import { nearestPassage } from "./words.ts";

interface Declared {
  type: string;
  id: string;
  entry: ContentEntry;
  path: DataPath;
}

function placeIn(entry: ContentEntry, path: DataPath, key?: string): Place {
  return placeOfPath(entry.parsed, entry.parsed.frontmatter!, path, key);
}

/** A finding about the value at a path of an entry's frontmatter, which the finding carries as data too. */
function reportAt<C extends Code>(entry: ContentEntry, code: C, path: DataPath, params: FindingParams[C]): void {
  report(entry.parsed.file, code, placeIn(entry, path), params, path);
}

/** A warning at where an item starts, as the model's origins give it. */
function warnAt<C extends Code>(entry: ContentEntry, code: C, path: DataPath, params: FindingParams[C]): void {
  report(entry.parsed.file, code, { start: placeIn(entry, path).start }, params);
}

function placeOfOrigin(origin: { line: number; column: number }): Place {
  return { start: { line: origin.line, column: origin.column } };
}

function where(declared: Declared): string {
  return `${declared.entry.parsed.file.path}:${placeIn(declared.entry, declared.path).start.line}`;
}

/** References whose targets form chains: an item's parent, an actor's predecessors and members. */
const chainFields = new Set(["parent", "predecessors", "members"]);

/**
 * What the corpus-wide checks read of one file, worked out once per file: validate --watch keeps
 * a file's entry while its text is unchanged, and checks the corpus again after every save.
 */
interface EntrySummary {
  declared: Declared[];
  /** Every id the file refers to, in its frontmatter or by a link in its body. */
  referenced: Set<string>;
  /** Every id whose declaration the file's findings depend on: those it refers to, links to or quotes. */
  dependsOn: Set<string>;
  /** Verbatim fields whose text stands in another file than their own. */
  foreignMarks: VerbatimMark[];
  /** Of a valid chapter: the goals its measures serve, once per measure. */
  served: string[];
  /** Of a valid chapter: how many measures it holds. */
  measures: number;
  /** Of a valid chapter: each goal that has a parent, with it. */
  goalParents: Array<[string, string]>;
  /** The file's links of chains (parents, predecessors, members, supersedes), as the model gives them. */
  chainLinks: CorpusReference[];
  /** Whether the file holds templates or answers a template's fields. */
  templates: boolean;
}

const summaries = new WeakMap<ContentEntry, EntrySummary>();

function summaryOf(entry: ContentEntry): EntrySummary {
  let summary = summaries.get(entry);
  if (summary) return summary;
  const { validated, body } = entry;
  const referenced = new Set([...validated.references.map((reference) => reference.id), ...body.mentions.map((mention) => mention.id)]);
  const foreignMarks = validated.verbatim.filter((mark) => !ownScope(entry, mark));
  const dependsOn = new Set([
    ...referenced,
    ...body.relativeLinks.map((link) => link.href.replace(/^\.?\//, "")),
    ...foreignMarks.map((mark) => valueAt(validated.raw, [...mark.path.slice(0, -1), "chapter"])).filter((id): id is string => typeof id === "string"),
  ]);
  const data = validated.valid && validated.type === "chapter" ? validated.data : undefined;
  summary = {
    declared: validated.declarations.map((declaration) => ({ ...declaration, entry })),
    referenced,
    dependsOn,
    foreignMarks,
    served: (data?.measures ?? []).flatMap((measure) => measure.goals ?? []),
    measures: data?.measures?.length ?? 0,
    goalParents: (data?.goals ?? []).filter((goal) => goal.parent).map((goal) => [goal.id, goal.parent!]),
    // Most files hold no link of a chain: only those that may are asked for their references' owners.
    chainLinks: validated.references.some((reference) => reference.path.some((key) => key === "relations" || chainFields.has(String(key))))
      ? referencesOf(entry, {}, (reference) => chainOf(reference) !== undefined, true)
      : [],
    templates: valueAt(validated.raw, ["templates"]) !== undefined || valueAt(validated.raw, ["templateFields"]) !== undefined,
  };
  summaries.set(entry, summary);
  return summary;
}

/**
 * Every actor's and source's names (name, short name, abbreviation, aliases) as ids would spell
 * them, each with the ids that go by it, in file order: "polisen" → [polismyndigheten]. A name
 * that several go by ("regionen") lists them all.
 */
export function namesOf(files: Iterable<Record<string, unknown>>): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const file of files) {
    for (const key of ["actors", "sources"] as const) {
      const items = file[key];
      if (!Array.isArray(items)) continue;
      for (const item of items as Array<Record<string, unknown>>) {
        if (typeof item?.id !== "string") continue;
        for (const name of [item.name, item.shortName, item.abbreviation, ...(Array.isArray(item.aliases) ? item.aliases : [])]) {
          if (typeof name !== "string") continue;
          const ids = names.get(toKebab(name)) ?? [];
          if (!ids.includes(item.id)) names.set(toKebab(name), [...ids, item.id]);
        }
      }
    }
  }
  return names;
}

/**
 * The ids that stand under a field the schema does not know (`mål:` for `goals:`), with the
 * field: the file would declare them if the field had its right name.
 */
function idsUnderUnknownFields(entries: ContentEntry[]): Map<string, { entry: ContentEntry; path: DataPath }> {
  const held = new Map<string, { entry: ContentEntry; path: DataPath }>();
  for (const entry of entries) {
    for (const path of entry.validated.unknownFields ?? []) {
      // Frontmatter is at most a few dozen levels deep (parse.ts refuses more).
      const walk = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value !== null && typeof value === "object") {
          const record = value as Record<string, unknown>;
          if (typeof record.id === "string" && !held.has(record.id)) held.set(record.id, { entry, path });
          Object.values(record).forEach(walk);
        }
      };
      walk(valueAt(entry.validated.raw, path));
    }
  }
  return held;
}

/** Compares partial dates at the precision both have: 2020-06 is not after 2020. */
function endsBeforeStart(from: string, to: string): boolean {
  const length = Math.min(from.length, to.length);
  return to.slice(0, length) < from.slice(0, length);
}

function checkDateOrder(entry: ContentEntry): void {
  if (!entry.validated.valid) return;
  // Frontmatter is at most a few dozen levels deep (parse.ts refuses more).
  const walk = (value: unknown, path: DataPath): void => {
    if (Array.isArray(value)) {
      for (const [index, child] of value.entries()) walk(child, [...path, index]);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    for (const [start, end] of [
      ["from", "to"],
      ["established", "dissolved"],
    ] as const) {
      const from = record[start];
      const to = record[end];
      if (typeof from === "string" && typeof to === "string" && endsBeforeStart(from, to)) {
        reportAt(entry, "date-order", [...path, end], { from, to });
      }
    }
    for (const [key, child] of Object.entries(record)) walk(child, [...path, key]);
  };
  walk(entry.validated.raw, []);
}

/** A file's own source text: its body, and the surviving words of what its source lost (gaps' sourceText). */
function sourceTextOf(entry: ContentEntry): string {
  const gaps = entry.validated.raw.gaps;
  const surviving = Array.isArray(gaps) ? gaps.map((gap: { sourceText?: unknown }) => (typeof gap?.sourceText === "string" ? normalizeText(gap.sourceText) : "")) : [];
  return [entry.body.plainText, ...surviving].join(" ¶ ");
}

/** What a file's body and its verbatim fields say on their own, whatever else the corpus holds. */
function checkOwnBody(entry: ContentEntry): void {
  const { file } = entry.parsed;
  const body = entry.body;
  const type = entry.validated.type;
  if (type !== "chapter") {
    // Only chapters publish their body; frameworks may describe themselves in theirs.
    if (type !== "framework" && !isEmptyBody(body)) report(file, "body-ignored", { start: body.footnotes[0]?.place.start ?? bodyStart(entry) }, { type });
  } else {
    for (const link of body.unsafeLinks) report(file, "link-unsafe", link.place, { href: link.href.slice(0, 60) });
    for (const fragment of body.html) report(file, "html-in-body", fragment.place, { html: fragment.value.replace(/\s+/g, " ").slice(0, 60) });
    for (const missing of body.undefinedFootnotes) report(file, "footnote-undefined", missing.place, { label: missing.label });
    for (const duplicate of body.duplicateFootnotes) report(file, "footnote-duplicate", duplicate.place, { label: duplicate.label });
    for (const footnote of body.footnotes) {
      if (!body.referencedFootnotes.has(footnote.identifier)) report(file, "footnote-unused", footnote.place, { label: footnote.label });
    }
    const defined = new Set(body.footnotes.map((footnote) => footnote.identifier));
    const linked = entry.validated.raw.footnotes;
    if (Array.isArray(linked)) {
      linked.forEach((footnote: { label?: unknown }, position) => {
        if (typeof footnote?.label === "string" && !defined.has(footnote.label.toLowerCase())) {
          reportAt(entry, "footnote-unknown-label", ["footnotes", position, "label"], { label: footnote.label });
        }
      });
    }
  }
  for (const mark of entry.validated.verbatim) {
    if (ownScope(entry, mark)) checkVerbatim(entry, mark, [sourceTextOf(entry)]);
  }
}

/** A verbatim field of a chapter that names no other chapter stands in the chapter's own text. */
function ownScope(entry: ContentEntry, mark: VerbatimMark): boolean {
  return entry.validated.type === "chapter" && typeof valueAt(entry.validated.raw, [...mark.path.slice(0, -1), "chapter"]) !== "string";
}

function checkVerbatim(entry: ContentEntry, mark: VerbatimMark, scope: string[]): void {
  const text = normalizeText(mark.text);
  if (scope.length > 0 && !scope.some((plain) => containsWords(plain, text))) {
    const field = String(mark.path.filter((key) => typeof key === "string").at(-1));
    const owner = mark.path.findLastIndex((key) => typeof key === "number");
    const id = owner >= 0 ? valueAt(entry.validated.raw, [...mark.path.slice(0, owner + 1), "id"]) : undefined;
    reportAt(entry, "text-not-in-body", mark.path, { field, id: typeof id === "string" ? id : String(entry.validated.raw.id ?? ""), passage: nearestPassage(scope, text) });
  }
}

function bodyStart(entry: ContentEntry): { line: number; column: number } {
  return { line: bodyLine(String(entry.parsed.file.value)), column: 1 };
}

/**
 * Goal levels that measures are expected to serve. Visions, purposes, overall aims, areas and
 * preconditions are not: a strategy states them without measures of their own.
 */
const actionableLevels = new Set(["mal", "delmal", "insatsomrade"]);
/** Measure kinds that a plan or agreement gives a responsible actor; recommendations need none. */
const assignedKinds = new Set(["measure", "commitment", "effort", "activity", "mandate"]);

/** The template field a chapter may answer: its template, title and whether it must be answered. */
interface TemplateField {
  template: string;
  title: string;
  required: boolean;
}

/** What the checks know of the whole corpus. */
interface CorpusFacts {
  entries: ContentEntry[];
  /** Paths of every file of the run, readable or not. */
  filePaths: string[];
  /** Files whose ids could not all be read (unreadable, broken frontmatter or YAML). */
  brokenFiles: VFile[];
  today: string;
  /** Each entry's place in file order. */
  position: Map<ContentEntry, number>;
  /** Each id with every declaration of it, in file order. */
  declarers: Map<string, Declared[]>;
  /** How many files refer to each id. */
  referencedBy: Map<string, number>;
  /** The files whose findings depend on each id's declaration. */
  dependents: Map<string, Set<ContentEntry>>;
  /** The chapter files of each folder, in file order. */
  chaptersByFolder: Map<string, ContentEntry[]>;
  /** Folders that hold an index.md, even a broken one. */
  documentFolders: Set<string>;
  /** Folders whose chapters' file names do not sort in reading order. */
  ambiguousFolders: Set<string>;
  /** The modelled documents (valid index.md files), by folder. */
  documents: Map<string, ContentEntry>;
  /** Ids held under fields the schema does not know, with the field. */
  held: Map<string, { entry: ContentEntry; path: DataPath }>;
  /** How many modelled measures serve each goal directly. */
  servedBy: Map<string, number>;
  /** The modelled goals that have a parent, by parent. */
  children: Map<string, string[]>;
  /** The parents of modelled goals, by goal (a goal declared twice may have two). */
  parents: Map<string, string[]>;
  /** How many modelled measures each document holds. */
  measuresByDocument: Map<string, number>;
  templateFields: Map<string, TemplateField>;
  /** Each document's successors (those that supersede or absorb it). */
  successors: Map<string, Successor[]>;
  /** Each document's earlier revisions (those it supersedes or absorbs). */
  earlier: Map<string, string[]>;
  /** Files with verbatim fields that stand in other files. */
  quoting: Set<ContentEntry>;
  /** Names of actors and sources, built when first needed. */
  names?: Map<string, string[]>;
  /** The ids suggestions choose from, by type ("" for any), built when first needed. */
  candidates?: Map<string, string[]>;
  /** The goals a measure serves, directly or through a descendant, built when first needed. */
  served?: Set<string>;
  /** Each document's lineage, built when first needed. */
  lineages?: Map<string, Set<string>>;
}

/** The document a chapter belongs to in the model, if it is modelled: a valid chapter beside a valid index.md. */
function documentOfChapter(facts: CorpusFacts, entry: ContentEntry): ContentEntry | undefined {
  if (!entry.validated.valid || entry.validated.type !== "chapter") return undefined;
  return facts.documents.get(documentFolder(entry));
}

function idOf(entry: ContentEntry): string {
  return String(entry.validated.raw.id);
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function remove<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  const index = list?.indexOf(value) ?? -1;
  if (!list || index === -1) return;
  list.splice(index, 1);
  if (list.length === 0) map.delete(key);
}

function count<K>(map: Map<K, number>, key: K, by: number): void {
  const next = (map.get(key) ?? 0) + by;
  if (next === 0) map.delete(key);
  else map.set(key, next);
}

function gatherFacts(entries: ContentEntry[], options: CheckOptions): CorpusFacts {
  const filePaths = options.filePaths ?? entries.map((entry) => entry.parsed.file.path);
  const facts: CorpusFacts = {
    // A copy: a later run replaces changed files' entries in it, and the caller's list stays as it was.
    entries: [...entries],
    filePaths,
    brokenFiles: options.brokenFiles ?? [],
    today: options.today ?? currentDay(),
    position: new Map(entries.map((entry, index) => [entry, index])),
    declarers: new Map(),
    referencedBy: new Map(),
    dependents: new Map(),
    chaptersByFolder: new Map(),
    documentFolders: new Set(filePaths.filter((path) => basename(path) === "index.md").map(dirname)),
    ambiguousFolders: new Set(),
    documents: new Map(),
    held: idsUnderUnknownFields(entries),
    servedBy: new Map(),
    children: new Map(),
    parents: new Map(),
    measuresByDocument: new Map(),
    templateFields: new Map(),
    successors: new Map(),
    earlier: new Map(),
    quoting: new Set(),
  };
  for (const entry of entries) {
    const summary = summaryOf(entry);
    for (const declared of summary.declared) add(facts.declarers, declared.id, declared);
    for (const id of summary.referenced) count(facts.referencedBy, id, 1);
    for (const id of summary.dependsOn) (facts.dependents.get(id) ?? facts.dependents.set(id, new Set()).get(id)!).add(entry);
    if (summary.foreignMarks.length > 0) facts.quoting.add(entry);
    if (entry.validated.type === "chapter") add(facts.chaptersByFolder, documentFolder(entry), entry);
    if (entry.validated.valid && entry.validated.type === "document" && isDocumentIndex(entry)) facts.documents.set(documentFolder(entry), entry);
  }
  // Chapters are read in file-name order: "10-…" sorts before "2-…" unless all numbers have as many digits.
  for (const [folder, chapters] of facts.chaptersByFolder) {
    const widths = new Set(chapters.map((entry) => /^\d*/.exec(basename(entry.parsed.file.path))![0].length));
    if (widths.size > 1 || widths.has(0)) facts.ambiguousFolders.add(folder);
  }
  for (const entry of entries) {
    const document = documentOfChapter(facts, entry);
    if (!document || !entry.validated.valid || entry.validated.type !== "chapter") continue;
    const summary = summaryOf(entry);
    for (const goal of summary.served) count(facts.servedBy, goal, 1);
    for (const [goal, parent] of summary.goalParents) {
      add(facts.children, parent, goal);
      add(facts.parents, goal, parent);
    }
    count(facts.measuresByDocument, idOf(document), summary.measures);
    for (const template of entry.validated.data.templates ?? []) {
      for (const section of template.sections)
        for (const field of section.fields) facts.templateFields.set(field.id, { template: template.id, title: field.title, required: field.required !== false });
    }
  }
  for (const entry of facts.documents.values()) {
    if (!entry.validated.valid || entry.validated.type !== "document") continue;
    const document = entry.validated.data;
    const from = documentStart(document);
    const earlier: string[] = [];
    for (const relation of document.relations ?? []) {
      if (!supersedingRelations.has(relation.relation)) continue;
      earlier.push(relation.document);
      const list = facts.successors.get(relation.document) ?? facts.successors.set(relation.document, []).get(relation.document)!;
      if (!list.some((successor) => successor.document === document.id)) list.push({ document: document.id, ...(from ? { from } : {}) });
    }
    facts.earlier.set(document.id, earlier);
  }
  return facts;
}

/** The ids most likely meant: by an actor's name or alias, or by spelling; several are a tie only the editor can settle. */
function suggestIds(candidates: readonly string[], id: string, aliases?: Map<string, string[]>): string[] {
  const byAlias = (aliases?.get(toKebab(id)) ?? []).filter((alias) => candidates.includes(alias));
  if (byAlias.length > 0) return byAlias;
  return nearestAll(id, candidates);
}

/**
 * The ids suggestions of a type (any, without one) choose from: first declarations spelt as ids
 * are, in file order (a tie lists them in that order). Worked out once per type, and again only
 * after a change of what is declared.
 */
function candidatesOf(facts: CorpusFacts, type?: string): string[] {
  facts.candidates ??= new Map();
  let ids = facts.candidates.get(type ?? "");
  if (!ids) {
    ids = facts.entries.flatMap((entry) =>
      summaryOf(entry)
        .declared.filter((declared) => facts.declarers.get(declared.id)![0] === declared && (!type || declared.type === type) && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(declared.id))
        .map((declared) => declared.id),
    );
    facts.candidates.set(type ?? "", ids);
  }
  return ids;
}

function namesIn(facts: CorpusFacts): Map<string, string[]> {
  facts.names ??= namesOf(facts.entries.map((entry) => entry.validated.raw));
  return facts.names;
}

/** What a file's checks add up across files: references that no finding of their own can explain. */
interface Tally {
  /** References to ids held under a misnamed field, by that field. */
  held: Map<string, { entry: ContentEntry; path: DataPath; count: number }>;
  /** References left unchecked because a broken file may declare them. */
  unchecked: number;
}

/** Whether any of the file's references or links named an id that nothing declares (their suggestions depend on every id). */
type Unresolved = boolean;

/** An id declared twice is reported at both places. */
function checkDuplicates(entry: ContentEntry, facts: CorpusFacts): void {
  for (const declared of summaryOf(entry).declared) {
    const all = facts.declarers.get(declared.id)!;
    if (all.length < 2) continue;
    const first = all[0]!;
    if (first !== declared) reportAt(entry, "duplicate-id", declared.path, { id: declared.id, other: where(first), otherType: first.type });
    else for (const other of all.slice(1)) reportAt(entry, "duplicate-id", declared.path, { id: declared.id, other: where(other), otherType: other.type });
  }
}

function checkReferences(entry: ContentEntry, facts: CorpusFacts, tally: Tally): Unresolved {
  let unresolved = false;
  for (const reference of entry.validated.references) {
    const target = facts.declarers.get(reference.id)?.[0];
    if (target?.type === reference.type) continue;
    const place = placeIn(entry, reference.path);
    if (!target) {
      unresolved = true;
      // The root cause is the misnamed field that holds the id: say so once, there.
      const holder = facts.held.get(reference.id);
      if (holder) {
        const key = `${holder.entry.parsed.file.path}\0${JSON.stringify(holder.path)}`;
        const counted = tally.held.get(key) ?? tally.held.set(key, { ...holder, count: 0 }).get(key)!;
        counted.count++;
        continue;
      }
      // With a broken file in the run, a missing id may be declared there: say so once instead.
      if (facts.brokenFiles.length > 0) {
        tally.unchecked++;
        continue;
      }
      const [suggestion = "", ...tied] = suggestIds(candidatesOf(facts, reference.type), reference.id, namesIn(facts));
      report(entry.parsed.file, "reference-unresolved", place, {
        id: reference.id,
        expected: reference.type,
        suggestion,
        ...(tied.length > 0 ? { tied } : {}),
        path: pathSteps(reference.path, entry.validated.raw),
      });
    } else {
      report(entry.parsed.file, "reference-wrong-type", place, { id: reference.id, actual: target.type, expected: reference.type, path: pathSteps(reference.path, entry.validated.raw) });
    }
  }
  return unresolved;
}

function checkStructure(entry: ContentEntry, facts: CorpusFacts): void {
  const type = entry.validated.type;
  const folder = documentFolder(entry);
  if (type === "document" && !isDocumentIndex(entry)) reportAt(entry, "document-not-index", ["type"], {});
  if (type === "chapter" && !facts.documentFolders.has(folder)) reportAt(entry, "chapter-without-document", ["type"], {});
  if (type === "chapter" && facts.ambiguousFolders.has(folder)) reportAt(entry, "chapter-order-ambiguous", ["type"], { name: basename(entry.parsed.file.path) });
  const availability = entry.validated.raw.textAvailability;
  if (type === "document" && isDocumentIndex(entry) && availability !== "none" && typeof availability === "string" && !facts.chaptersByFolder.has(folder)) {
    reportAt(entry, "document-without-text", ["textAvailability"], { value: availability });
  }
}

/** The text a verbatim field must stand in: another chapter's, or (at document level) every chapter's. */
function verbatimScope(facts: CorpusFacts, entry: ContentEntry, chapterId: unknown): string[] {
  if (typeof chapterId === "string") {
    const declared = facts.declarers.get(chapterId)?.[0];
    return declared?.type === "chapter" ? [sourceTextOf(declared.entry)] : [];
  }
  return [entry, ...(facts.chaptersByFolder.get(documentFolder(entry)) ?? [])].map(sourceTextOf);
}

/** What a body links to, and verbatim fields whose text stands in other files. */
function checkLinks(entry: ContentEntry, facts: CorpusFacts): Unresolved {
  const { file } = entry.parsed;
  let unresolved = false;
  if (entry.validated.type === "chapter") {
    for (const mention of entry.body.mentions) {
      if (facts.declarers.has(mention.id)) continue;
      unresolved = true;
      report(file, "link-unresolved", mention.place, { href: mention.href, suggestion: suggestIds(candidatesOf(facts), mention.id, namesIn(facts))[0] ?? "" });
    }
    for (const link of entry.body.relativeLinks) {
      const id = link.href.replace(/^\.?\//, "");
      if (facts.declarers.has(id)) report(file, "link-missing-hash", link.place, { href: link.href, id });
    }
  }
  for (const mark of summaryOf(entry).foreignMarks) {
    checkVerbatim(entry, mark, verbatimScope(facts, entry, valueAt(entry.validated.raw, [...mark.path.slice(0, -1), "chapter"])));
  }
  return unresolved;
}

/** A local document that follows a template answers each required field, and only fields of that template. */
function checkTemplates(entry: ContentEntry, facts: CorpusFacts): void {
  const validated = entry.validated;
  if (!validated.valid) return;
  const document = documentOfChapter(facts, entry);
  if (document && validated.type === "chapter") {
    const expected = valueAt(document.validated.raw, ["template"]);
    (validated.data.templateFields ?? []).forEach((field, position) => {
      const owner = facts.templateFields.get(field);
      if (owner && owner.template !== expected) {
        reportAt(entry, "template-field-foreign", ["templateFields", position], { field, actual: owner.template, expected: typeof expected === "string" ? expected : "" });
      }
    });
  }
  if (validated.type !== "document" || facts.documents.get(documentFolder(entry)) !== entry || !validated.data.template) return;
  const answered = new Set<string>();
  for (const chapter of facts.chaptersByFolder.get(documentFolder(entry)) ?? []) {
    if (chapter.validated.valid && chapter.validated.type === "chapter") for (const field of chapter.validated.data.templateFields ?? []) answered.add(field);
  }
  for (const [field, owner] of facts.templateFields) {
    if (owner.template === validated.data.template && owner.required && !answered.has(field)) {
      reportAt(entry, "template-field-missing", ["template"], { template: owner.template, field, title: owner.title });
    }
  }
}

/**
 * An item that `continues` another names one of an earlier revision of its own document: of a
 * document its document supersedes or absorbs, directly or through others. That the target is of
 * the item's own type is the schema's reference check.
 */
function checkContinues(entry: ContentEntry, facts: CorpusFacts): void {
  const own = documentOfChapter(facts, entry);
  if (!own) return;
  const document = idOf(own);
  for (const reference of entry.validated.references) {
    if (reference.path.at(-1) !== "continues") continue;
    const ownerPath = reference.path.slice(0, -1);
    const type = ownerPath[0] === "goals" ? "goal" : ownerPath[0] === "measures" ? "measure" : undefined;
    const id = valueAt(entry.validated.raw, [...ownerPath, "id"]);
    // A target that is missing, or of another type, is already reported by the reference check.
    const target = facts.declarers.get(reference.id)?.find((declared) => declared.type === type && documentOfChapter(facts, declared.entry));
    if (!type || typeof id !== "string" || !target) continue;
    const targetDocument = idOf(documentOfChapter(facts, target.entry)!);
    if (lineageOf(facts, document).has(targetDocument)) continue;
    reportAt(entry, "continues-outside-lineage", reference.path, { id, type, target: reference.id, document, targetDocument });
  }
}

/** The documents a document supersedes or absorbs, directly or through others. */
function lineageOf(facts: CorpusFacts, id: string): Set<string> {
  facts.lineages ??= new Map();
  const cached = facts.lineages.get(id);
  if (cached) return cached;
  const found = new Set<string>();
  // Iterative, and safe on a cycle of supersedes (reported as such by the cycle check).
  for (const pending = [...(facts.earlier.get(id) ?? [])]; pending.length > 0; ) {
    const next = pending.pop()!;
    if (found.has(next)) continue;
    found.add(next);
    pending.push(...(facts.earlier.get(next) ?? []));
  }
  facts.lineages.set(id, found);
  return found;
}

/**
 * The goals a measure serves, or serves one of their descendants: marked upwards from each
 * served goal, once per run, so that a long chain of parents is walked once.
 */
function servedGoals(facts: CorpusFacts): Set<string> {
  if (facts.served) return facts.served;
  const served = new Set<string>();
  for (const pending = [...facts.servedBy.keys()]; pending.length > 0; ) {
    const goal = pending.pop()!;
    if (served.has(goal)) continue;
    served.add(goal);
    pending.push(...(facts.parents.get(goal) ?? []));
  }
  facts.served = served;
  return served;
}

/** Warnings about references that are missing rather than wrong: loose ends an editor should look at. */
function checkLooseEnds(entry: ContentEntry, facts: CorpusFacts): void {
  const validated = entry.validated;
  if (!validated.valid) return;
  if (validated.type === "actors") {
    // Referred to by any file, valid or not: an actor a broken file names is not an orphan.
    validated.data.actors.forEach((actor, index) => {
      if (!facts.referencedBy.has(actor.id)) warnAt(entry, "actor-unreferenced", ["actors", index], { id: actor.id });
    });
  }
  const document = documentOfChapter(facts, entry);
  if (document && validated.type === "chapter") {
    const hasMeasures = facts.measuresByDocument.has(idOf(document));
    (validated.data.goals ?? []).forEach((goal, index) => {
      if (actionableLevels.has(goal.level) && hasMeasures && !servedGoals(facts).has(goal.id)) warnAt(entry, "goal-without-measure", ["goals", index], { id: goal.id });
    });
    const kind = valueAt(document.validated.raw, ["kind"]);
    (validated.data.measures ?? []).forEach((measure, index) => {
      if ((kind === "action-plan" || kind === "agreement") && assignedKinds.has(measure.kind) && (measure.responsible ?? []).length === 0) {
        warnAt(entry, "measure-without-responsible", ["measures", index], { id: measure.id, kind });
      }
    });
  }
  // Status "expired" says an editor knows it ended without a successor in the content.
  if (validated.type === "document" && facts.documents.get(documentFolder(entry)) === entry) {
    const document = validated.data;
    const validity = validityOn(
      {
        status: document.status,
        ...(document.validity ? { validity: document.validity } : {}),
        ...(document.dates ? { dates: document.dates } : {}),
        supersededBy: facts.successors.get(document.id) ?? [],
      },
      facts.today,
    );
    if ((validity.state === "ended" || validity.state === "superseded") && validity.supersededBy.length === 0 && validity.to && validity.to < facts.today && document.status !== "expired") {
      reportAt(entry, "document-expired-not-superseded", ["validity", "to"], { id: document.id, to: document.validity!.to! });
    }
  }
}

/** Every check of one file against the facts of the corpus; whether it names an id nothing declares. */
function checkAgainstCorpus(entry: ContentEntry, facts: CorpusFacts, tally: Tally): Unresolved {
  try {
    checkDuplicates(entry, facts);
    const references = checkReferences(entry, facts, tally);
    checkStructure(entry, facts);
    const links = checkLinks(entry, facts);
    checkTemplates(entry, facts);
    checkContinues(entry, facts);
    checkLooseEnds(entry, facts);
    return references || links;
  } catch (error) {
    report(entry.parsed.file, "internal-error", undefined, { reason: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

/** The kind of chain a reference is a link of, if any. */
function chainOf(reference: Pick<CorpusReference, "field" | "context">): string | undefined {
  if (chainFields.has(reference.field)) return reference.field;
  if (reference.field === "relations.document" && supersedingRelations.has(String(reference.context?.relation))) return "supersedes";
  return undefined;
}

/** Whether the model holds the file's items: a valid document, a valid chapter of one, or a valid registry. */
function isModelled(facts: CorpusFacts, entry: ContentEntry): boolean {
  const type = entry.validated.type;
  if (!entry.validated.valid) return false;
  if (type === "document") return facts.documents.get(documentFolder(entry)) === entry;
  if (type === "chapter") return documentOfChapter(facts, entry) !== undefined;
  return true;
}

/** Parent, predecessor, member and supersedes chains go nowhere in a circle. */
function checkCycles(facts: CorpusFacts): void {
  try {
    const edges: Record<string, CorpusReference[]> = { parent: [], supersedes: [], predecessors: [], members: [] };
    // In the order of the model's references: documents, chapters, then actors, sources and frameworks.
    const order = ["document", "chapter", "actors", "sources", "framework"];
    for (const type of order) {
      for (const entry of facts.entries) {
        if (entry.validated.type !== type || !isModelled(facts, entry)) continue;
        for (const edge of summaryOf(entry).chainLinks) edges[chainOf(edge)!]!.push(edge);
      }
    }
    for (const [relation, list] of Object.entries(edges)) reportCycles(facts, list, relation);
  } catch (error) {
    const file = facts.entries[0]?.parsed.file;
    if (file) report(file, "internal-error", undefined, { reason: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Finds each cycle once and reports it at the edge that closes it. Iterative depth-first
 * search: a hostile file with a chain of many thousand parents must not overflow the stack.
 */
function reportCycles(facts: CorpusFacts, edges: CorpusReference[], relation: string): void {
  const outgoing = new Map<string, CorpusReference[]>();
  for (const edge of edges) (outgoing.get(edge.from) ?? outgoing.set(edge.from, []).get(edge.from)!).push(edge);
  const state = new Map<string, "open" | "done">();
  const reported = new Set<string>();
  let filesByPath: Map<string, VFile> | undefined;
  for (const root of [...outgoing.keys()].sort()) {
    if (state.has(root)) continue;
    // Each frame: a node, the edge that led to it, and how many of its edges are explored.
    const frames: Array<{ node: string; via: CorpusReference | undefined; next: number }> = [{ node: root, via: undefined, next: 0 }];
    state.set(root, "open");
    while (frames.length > 0) {
      const frame = frames.at(-1)!;
      const edge = (outgoing.get(frame.node) ?? [])[frame.next++];
      if (!edge) {
        state.set(frame.node, "done");
        frames.pop();
        continue;
      }
      const seen = state.get(edge.to);
      if (seen === undefined) {
        state.set(edge.to, "open");
        frames.push({ node: edge.to, via: edge, next: 0 });
      } else if (seen === "open") {
        const start = frames.findIndex((step) => step.node === edge.to);
        const cycle = [...frames.slice(start + 1).map((step) => step.via!), edge];
        const key = cycle
          .map((step) => step.from)
          .sort()
          .join(" ");
        if (reported.has(key)) continue;
        reported.add(key);
        const chain = [...cycle.map((step) => step.from), edge.to].join(" → ");
        filesByPath ??= new Map(facts.entries.map((entry) => [entry.parsed.file.path, entry.parsed.file]));
        const file = filesByPath.get(edge.origin.file)!;
        report(file, "cycle", placeOfOrigin(edge.origin), { relation, chain });
      }
    }
  }
}

/** What one run of the checks leaves for the next run over the same files. */
export interface CheckState {
  facts: CorpusFacts;
  /** What the checks against the corpus found in each file. */
  findings: Map<ContentEntry, VFileMessage[]>;
  /** Files that name ids nothing declares: any new or removed id may change what they are told. */
  unresolved: Set<ContentEntry>;
  /** How many of each file's references were left unchecked because a broken file may declare them. */
  unchecked: Map<ContentEntry, number>;
}

export interface CheckOptions {
  /** The date that decides whether a validity period has ended (YYYY-MM-DD); today by default. */
  today?: string;
  /** Paths of every file of the run, readable or not. */
  filePaths?: string[];
  /** Files whose ids could not all be read. */
  brokenFiles?: VFile[];
}

/** Checks one file against the facts, and keeps what it found for the next run. */
function checkInto(state: CheckState, entry: ContentEntry, tally: Tally): void {
  const messages = entry.parsed.file.messages;
  const before = messages.length;
  const uncheckedBefore = tally.unchecked;
  const unresolved = checkAgainstCorpus(entry, state.facts, tally);
  state.findings.set(entry, messages.slice(before));
  if (tally.unchecked > uncheckedBefore) state.unchecked.set(entry, tally.unchecked - uncheckedBefore);
  else state.unchecked.delete(entry);
  if (unresolved) state.unresolved.add(entry);
  else state.unresolved.delete(entry);
}

/**
 * Runs every corpus-wide check; findings land on the files they concern. A check that fails
 * unexpectedly becomes an internal-error finding on its file, and the other files are still checked.
 */
export function checkCorpus(entries: ContentEntry[], options: CheckOptions = {}): CheckState {
  const state: CheckState = { facts: gatherFacts(entries, options), findings: new Map(), unresolved: new Set(), unchecked: new Map() };
  const tally: Tally = { held: new Map(), unchecked: 0 };
  for (const entry of entries) checkInto(state, entry, tally);
  for (const { entry, path, count } of tally.held.values()) {
    const field = String(path.at(-1));
    report(entry.parsed.file, "references-unchecked", placeIn(entry, path.slice(0, -1), field), { count, field }, path);
  }
  reportUnchecked(state);
  checkCycles(state.facts);
  return state;
}

/** With a broken file in the run, the references no file declares are counted there, once. */
function reportUnchecked(state: CheckState): void {
  let count = 0;
  for (const unchecked of state.unchecked.values()) count += unchecked;
  if (count > 0) for (const file of state.facts.brokenFiles) report(file, "references-unchecked", undefined, { count });
}

/**
 * Checks again after some files changed, where that can be done file by file: `entries` are the
 * same files as the previous run's, in the same order, and the entries that are not the previous
 * run's are the changed files. Only the files whose findings the changes can touch are checked
 * again; the others get back what they were told before. Returns undefined where a change reaches
 * further than that (a document, registry or template changed, a file came or went, an id stands
 * under an unknown field), and the caller checks the whole corpus.
 */
export function recheckCorpus(state: CheckState | undefined, entries: ContentEntry[], options: CheckOptions = {}): CheckState | undefined {
  const facts = state?.facts;
  const filePaths = options.filePaths ?? entries.map((entry) => entry.parsed.file.path);
  if (!state || !facts || entries.length !== facts.entries.length || (options.today ?? currentDay()) !== facts.today) return undefined;
  if (filePaths.length !== facts.filePaths.length || filePaths.some((path, index) => path !== facts.filePaths[index])) return undefined;
  if (facts.held.size > 0) return undefined;
  const changes: Array<[ContentEntry, ContentEntry]> = [];
  for (const [index, entry] of entries.entries()) {
    const was = facts.entries[index]!;
    if (was === entry) continue;
    if (was.parsed.file.path !== entry.parsed.file.path || !isPlainChapterChange(was, entry)) return undefined;
    changes.push([was, entry]);
  }
  const dirty = new Set<ContentEntry>();
  try {
    for (const [was, entry] of changes) patchFacts(state, was, entry, dirty);
  } catch {
    // Facts half patched are no facts: the whole corpus is checked instead, and its facts replace these.
    return undefined;
  }
  facts.names = undefined;
  // A file that breaks or mends makes every unresolved reference reported or merely counted.
  const broken = options.brokenFiles ?? [];
  if (broken.length !== facts.brokenFiles.length || broken.some((file, index) => file.path !== facts.brokenFiles[index]!.path)) {
    for (const unresolved of state.unresolved) dirty.add(unresolved);
  }
  facts.brokenFiles = broken;
  // No id is held under an unknown field (that checks everything), so only unchecked references add up across files.
  const tally: Tally = { held: new Map(), unchecked: 0 };
  for (const entry of entries) {
    if (dirty.has(entry)) checkInto(state, entry, tally);
    else for (const finding of state.findings.get(entry) ?? []) entry.parsed.file.messages.push(finding);
  }
  reportUnchecked(state);
  checkCycles(facts);
  return state;
}

/** A change the facts can take file by file: a chapter stays a chapter (its YAML broken or not), with no templates and no ids under unknown fields. */
function isPlainChapterChange(was: ContentEntry, entry: ContentEntry): boolean {
  return (
    was.validated.type === "chapter" && entry.validated.type === "chapter" && !was.validated.unknownFields && !entry.validated.unknownFields && !summaryOf(was).templates && !summaryOf(entry).templates
  );
}

/** Replaces a file's old entry by its new one in the facts, and adds every file whose findings that can change to `dirty`. */
function patchFacts(state: CheckState, was: ContentEntry, entry: ContentEntry, dirty: Set<ContentEntry>): void {
  const facts = state.facts;
  const old = summaryOf(was);
  const now = summaryOf(entry);
  const position = facts.position.get(was)!;
  facts.entries[position] = entry;
  facts.position.delete(was);
  facts.position.set(entry, position);
  dirty.add(entry);

  // Declarations: who declares what, and who must hear of an id that came, went or changed type.
  const key = (declared: Declared) => `${declared.type}\0${declared.id}`;
  const oldKeys = new Set(old.declared.map(key));
  const newKeys = new Set(now.declared.map(key));
  const touched = new Set([...old.declared, ...now.declared].map((declared) => declared.id));
  const changedIds = new Set([...old.declared.filter((declared) => !newKeys.has(key(declared))), ...now.declared.filter((declared) => !oldKeys.has(key(declared)))].map((declared) => declared.id));
  for (const id of touched) {
    const before = facts.declarers.get(id) ?? [];
    const kept = before.filter((declared) => declared.entry !== was);
    const after = [...kept, ...now.declared.filter((declared) => declared.id === id)].sort(
      (a, b) => facts.position.get(a.entry)! - facts.position.get(b.entry)! || summaryOf(a.entry).declared.indexOf(a) - summaryOf(b.entry).declared.indexOf(b),
    );
    if (after.length > 0) facts.declarers.set(id, after);
    else facts.declarers.delete(id);
    // A duplicate's findings name where the other declaration stands.
    if (before.length > 1 || after.length > 1) for (const declared of after) dirty.add(declared.entry);
  }
  // A chapter that becomes valid or invalid joins or leaves the model with its items: what continues them hears of it.
  const heard = was.validated.valid === entry.validated.valid ? changedIds : touched;
  for (const id of heard) for (const dependent of facts.dependents.get(id) ?? []) dirty.add(dependent === was ? entry : dependent);
  // Suggestions weigh every id, and list equally near ones in the order they are first declared.
  if (changedIds.size > 0 || old.declared.map(key).join("\n") !== now.declared.map(key).join("\n")) {
    facts.candidates = undefined;
    for (const unresolved of state.unresolved) dirty.add(unresolved === was ? entry : unresolved);
  }

  // References: who refers to what (an actor no one names is a loose end), and whose findings depend on which ids.
  for (const id of old.referenced) count(facts.referencedBy, id, -1);
  for (const id of now.referenced) count(facts.referencedBy, id, 1);
  for (const id of symmetricDifference(old.referenced, now.referenced)) for (const declared of facts.declarers.get(id) ?? []) dirty.add(declared.entry);
  for (const id of old.dependsOn) {
    const dependents = facts.dependents.get(id)!;
    dependents.delete(was);
    if (dependents.size === 0) facts.dependents.delete(id);
  }
  for (const id of now.dependsOn) (facts.dependents.get(id) ?? facts.dependents.set(id, new Set()).get(id)!).add(entry);

  // Chapters and quotations: a chapter's text is where other files' verbatim fields may stand.
  const folder = facts.chaptersByFolder.get(documentFolder(entry))!;
  folder[folder.indexOf(was)] = entry;
  facts.quoting.delete(was);
  if (now.foreignMarks.length > 0) facts.quoting.add(entry);
  if (sourceTextOf(was) !== sourceTextOf(entry)) for (const quoting of facts.quoting) dirty.add(quoting);
  state.findings.delete(was);
  if (state.unresolved.delete(was)) state.unresolved.add(entry);
  state.unchecked.delete(was);

  // Goals and the measures that serve them: a goal's loose end depends on its descendants' measures.
  // What a chapter serves counts only while it is valid (its summary is empty otherwise), beside a valid index.md.
  const document = facts.documents.get(documentFolder(entry));
  if (!document) return;
  const goals = new Set<string>();
  facts.served = undefined;
  for (const goal of old.served) count(facts.servedBy, goal, -1);
  for (const goal of now.served) count(facts.servedBy, goal, 1);
  if (old.served.join("\n") !== now.served.join("\n")) for (const goal of [...old.served, ...now.served]) goals.add(goal);
  for (const [goal, parent] of old.goalParents) {
    remove(facts.children, parent, goal);
    remove(facts.parents, goal, parent);
    goals.add(goal).add(parent);
  }
  for (const [goal, parent] of now.goalParents) {
    add(facts.children, parent, goal);
    add(facts.parents, goal, parent);
    goals.add(goal).add(parent);
  }
  for (const goal of ancestorsOf(facts, goals)) for (const declared of facts.declarers.get(goal) ?? []) dirty.add(declared.entry);
  const documentId = idOf(document);
  const hadMeasures = facts.measuresByDocument.has(documentId);
  count(facts.measuresByDocument, documentId, now.measures - old.measures);
  if (hadMeasures !== facts.measuresByDocument.has(documentId)) {
    // Every document of that id: two folders may declare the same (reported as duplicate-id).
    for (const [other, index] of facts.documents) if (idOf(index) === documentId) for (const chapter of facts.chaptersByFolder.get(other) ?? []) dirty.add(chapter);
  }
}

function symmetricDifference<T>(a: Set<T>, b: Set<T>): T[] {
  return [...[...a].filter((value) => !b.has(value)), ...[...b].filter((value) => !a.has(value))];
}

/** The goals and every goal above them. */
function ancestorsOf(facts: CorpusFacts, goals: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const pending = [...goals]; pending.length > 0; ) {
    const next = pending.pop()!;
    if (found.has(next)) continue;
    found.add(next);
    pending.push(...(facts.parents.get(next) ?? []));
  }
  return found;
}

/**
 * The checks that need nothing but the file itself, run where the file is read (so that a
 * file read once is checked once, however often the corpus around it is checked again).
 */
export function checkFile(entry: ContentEntry): void {
  checkDateOrder(entry);
  checkOwnBody(entry);
  checkImported(entry);
}

/** The item lists whose items `styrdok import` may propose, with the type of their items. */
const proposable = [
  ["goals", "goal"],
  ["measures", "measure"],
  ["responsibilities", "responsibility"],
] as const;

/**
 * What `styrdok import` left for an editor to review: a document that is still a draft, and each
 * item it proposed that no one has confirmed. Each is a warning at its field (`draft`,
 * `proposed`), the line an editor removes once it is reviewed.
 */
function checkImported(entry: ContentEntry): void {
  const { type, raw } = entry.validated;
  const atKey = <C extends Code>(code: C, path: DataPath, params: FindingParams[C]) => report(entry.parsed.file, code, placeIn(entry, path.slice(0, -1), String(path.at(-1))), params, path);
  if (type === "document" && raw.draft === true) atKey("document-draft", ["draft"], { id: typeof raw.id === "string" ? raw.id : "" });
  if (type !== "chapter") return;
  for (const [key, itemType] of proposable) {
    const items = raw[key];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      if (!isRecord(item) || item.proposed !== true) return;
      const from = typeof item.proposedFrom === "string" ? { from: item.proposedFrom } : {};
      atKey("item-proposed", [key, index, "proposed"], { id: typeof item.id === "string" ? item.id : "", type: itemType, ...from });
    });
  }
}
