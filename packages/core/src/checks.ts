// Stage 5: what JSON Schema cannot say about the corpus as a whole. Ids are unique, every
// reference resolves to an item of the right type, parent and supersedes chains have no
// cycles, periods end after they start, links and footnotes in bodies resolve, texts that
// quote the source stand in the body, and loose ends are pointed out.
import { basename, dirname } from "node:path";
import type { VFile } from "vfile";
import { containsWords, isEmptyBody, normalizeText } from "./body.ts";
import { type Code, type FindingParams, type Place, report } from "./messages.ts";
import { type ContentEntry, type Corpus, type CorpusReference, documentFolder, isDocumentIndex, supersedingRelations } from "./model.ts";
import { type DataPath, pathSteps, placeOfPath, toKebab, type VerbatimMark, valueAt } from "./schemas.ts";
import { nearestAll } from "./suggest.ts";
import { today as currentDay, documentStart, type Successor, type Validity, validityOn } from "./validity.ts";
import { nearestPassage } from "./words.ts";

interface Declared {
  type: string;
  id: string;
  entry: ContentEntry;
  path: DataPath;
}

export type IdIndex = Map<string, Declared>;

interface Context {
  entries: ContentEntry[];
  corpus: Corpus;
  index: IdIndex;
  entryByFile: Map<string, ContentEntry>;
  /** The chapter files of each document folder, in file order. */
  chaptersByFolder: Map<string, ContentEntry[]>;
  /** Paths of every file of the run, readable or not. */
  filePaths: string[];
  /** Files whose ids could not all be read (unreadable, broken frontmatter or YAML). */
  brokenFiles: VFile[];
  today: string;
}

function placeIn(entry: ContentEntry, path: DataPath, key?: string): Place {
  return placeOfPath(entry.parsed, entry.parsed.frontmatter!, path, key);
}

/** A finding about the value at a path of an entry's frontmatter, which the finding carries as data too. */
function reportAt<C extends Code>(entry: ContentEntry, code: C, path: DataPath, params: FindingParams[C]): void {
  report(entry.parsed.file, code, placeIn(entry, path), params, path);
}

function placeOfOrigin(origin: { line: number; column: number }): Place {
  return { start: { line: origin.line, column: origin.column } };
}

function where(declared: Declared): string {
  return `${declared.entry.parsed.file.path}:${placeIn(declared.entry, declared.path).start.line}`;
}

/**
 * What the corpus-wide checks read of one file, worked out once per file: validate --watch keeps
 * a file's entry while its text is unchanged, and checks the corpus again after every save.
 */
interface EntrySummary {
  declared: Declared[];
  /** Every id the file refers to, in its frontmatter or by a link in its body. */
  referenced: string[];
  /** Verbatim fields whose text stands in another file than their own. */
  foreignMarks: VerbatimMark[];
}

const summaries = new WeakMap<ContentEntry, EntrySummary>();

function summaryOf(entry: ContentEntry): EntrySummary {
  let summary = summaries.get(entry);
  if (!summary) {
    summary = {
      declared: entry.validated.declarations.map((declaration) => ({ ...declaration, entry })),
      referenced: [...entry.validated.references.map((reference) => reference.id), ...entry.body.mentions.map((mention) => mention.id)],
      foreignMarks: entry.validated.verbatim.filter((mark) => !ownScope(entry, mark)),
    };
    summaries.set(entry, summary);
  }
  return summary;
}

/** Declares every id once; an id declared twice is reported at both places. */
function indexIds(entries: ContentEntry[]): IdIndex {
  const index: IdIndex = new Map();
  for (const entry of entries) {
    for (const declared of summaryOf(entry).declared) {
      const declaration = declared;
      const first = index.get(declaration.id);
      if (!first) {
        index.set(declaration.id, declared);
        continue;
      }
      reportAt(entry, "duplicate-id", declaration.path, { id: declaration.id, other: where(first), otherType: first.type });
      reportAt(first.entry, "duplicate-id", first.path, { id: declaration.id, other: where(declared), otherType: declared.type });
    }
  }
  return index;
}

/** Each name with every id that goes by it: a name two items share is a tie, for the editor to settle. */
function aliasesOf(entries: ContentEntry[]): Map<string, string[]> {
  return namesOf(entries.map((entry) => entry.validated.raw));
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

/** The existing id of a type that was most likely meant: by an actor's name or alias, or by spelling. */
export function suggestId(index: IdIndex, id: string, type?: string, aliases?: Map<string, string[]>): string {
  return suggestIds(index, id, type, aliases)[0] ?? "";
}

/** The ids `suggestId` finds equally likely: one, several (a tie only the editor can settle), or none. */
export function suggestIds(index: IdIndex, id: string, type?: string, aliases?: Map<string, string[]>): string[] {
  const candidates = [...index.values()].filter((declared) => (!type || declared.type === type) && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(declared.id));
  const byAlias = (aliases?.get(toKebab(id)) ?? []).filter((alias) => candidates.some((candidate) => candidate.id === alias));
  if (byAlias.length > 0) return byAlias;
  return nearestAll(
    id,
    candidates.map((declared) => declared.id),
  );
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

function checkReferences(context: Context): void {
  const { entries, index, brokenFiles } = context;
  const aliases = aliasesOf(entries);
  const held = idsUnderUnknownFields(entries);
  const heldCounts = new Map<string, { entry: ContentEntry; path: DataPath; count: number }>();
  let unchecked = 0;
  for (const entry of entries) {
    for (const reference of entry.validated.references) {
      const target = index.get(reference.id);
      if (target?.type === reference.type) continue;
      const place = placeIn(entry, reference.path);
      if (!target) {
        // The root cause is the misnamed field that holds the id: say so once, there.
        const holder = held.get(reference.id);
        if (holder) {
          const key = `${holder.entry.parsed.file.path}\0${JSON.stringify(holder.path)}`;
          const counted = heldCounts.get(key) ?? heldCounts.set(key, { ...holder, count: 0 }).get(key)!;
          counted.count++;
          continue;
        }
        // With a broken file in the run, a missing id may be declared there: say so once instead.
        if (brokenFiles.length > 0) {
          unchecked++;
          continue;
        }
        const [suggestion = "", ...tied] = suggestIds(index, reference.id, reference.type, aliases);
        report(entry.parsed.file, "reference-unresolved", place, {
          id: reference.id,
          expected: reference.type,
          suggestion,
          ...(tied.length > 0 ? { tied } : {}),
          path: pathSteps(reference.path, entry.validated.raw),
        });
      } else if (target.type !== reference.type) {
        report(entry.parsed.file, "reference-wrong-type", place, { id: reference.id, actual: target.type, expected: reference.type, path: pathSteps(reference.path, entry.validated.raw) });
      }
    }
  }
  for (const { entry, path, count } of heldCounts.values()) {
    const field = String(path.at(-1));
    report(entry.parsed.file, "references-unchecked", placeIn(entry, path.slice(0, -1), field), { count, field }, path);
  }
  if (unchecked > 0) for (const file of brokenFiles) report(file, "references-unchecked", undefined, { count: unchecked });
}

/** The references that form chains, by the kind of chain. */
function chainEdges(references: CorpusReference[]): Record<string, CorpusReference[]> {
  const edges: Record<string, CorpusReference[]> = { parent: [], supersedes: [], predecessors: [], members: [] };
  for (const reference of references) {
    if (reference.field === "parent" || reference.field === "predecessors" || reference.field === "members") edges[reference.field]!.push(reference);
    if (reference.field === "relations.document" && supersedingRelations.has(String(reference.context?.relation))) edges.supersedes!.push(reference);
  }
  return edges;
}

/**
 * Finds each cycle once and reports it at the edge that closes it. Iterative depth-first
 * search: a hostile file with a chain of many thousand parents must not overflow the stack.
 */
function reportCycles(context: Context, edges: CorpusReference[], relation: string): void {
  const outgoing = new Map<string, CorpusReference[]>();
  for (const edge of edges) (outgoing.get(edge.from) ?? outgoing.set(edge.from, []).get(edge.from)!).push(edge);
  const state = new Map<string, "open" | "done">();
  const reported = new Set<string>();
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
        const file = context.entryByFile.get(edge.origin.file)!.parsed.file;
        report(file, "cycle", placeOfOrigin(edge.origin), { relation, chain });
      }
    }
  }
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

function checkStructure({ entries, filePaths, chaptersByFolder }: Context): void {
  // A folder with an index.md is a document folder even while that file is broken.
  const documentFolders = new Set(filePaths.filter((path) => basename(path) === "index.md").map(dirname));
  for (const entry of entries) {
    if (entry.validated.type === "document" && !isDocumentIndex(entry)) reportAt(entry, "document-not-index", ["type"], {});
    if (entry.validated.type === "chapter" && !documentFolders.has(documentFolder(entry))) {
      reportAt(entry, "chapter-without-document", ["type"], {});
    }
  }
  // Chapters are read in file-name order: "10-…" sorts before "2-…" unless all numbers have as many digits.
  for (const inFolder of chaptersByFolder.values()) {
    const widths = new Set(inFolder.map((entry) => /^\d*/.exec(basename(entry.parsed.file.path))![0].length));
    if (widths.size > 1 || widths.has(0)) {
      for (const entry of inFolder) reportAt(entry, "chapter-order-ambiguous", ["type"], { name: basename(entry.parsed.file.path) });
    }
  }
  for (const entry of entries) {
    const availability = entry.validated.raw.textAvailability;
    if (entry.validated.type === "document" && isDocumentIndex(entry) && availability !== "none" && typeof availability === "string" && !chaptersByFolder.has(documentFolder(entry))) {
      reportAt(entry, "document-without-text", ["textAvailability"], { value: availability });
    }
  }
}

/** A file's own source text: its body, and the surviving words of what its source lost (gaps' sourceText). */
function sourceTextOf(entry: ContentEntry): string {
  const gaps = entry.validated.raw.gaps;
  const surviving = Array.isArray(gaps) ? gaps.map((gap: { sourceText?: unknown }) => (typeof gap?.sourceText === "string" ? normalizeText(gap.sourceText) : "")) : [];
  return [entry.body.plainText, ...surviving].join(" ¶ ");
}

/** The text a verbatim field must stand in: its chapter's, another chapter's, or (at document level) all of them. */
function verbatimScope(context: Context, entry: ContentEntry, chapterId: unknown): string[] {
  if (typeof chapterId === "string") {
    const declared = context.index.get(chapterId);
    return declared?.type === "chapter" ? [sourceTextOf(declared.entry)] : [];
  }
  if (entry.validated.type === "chapter") return [sourceTextOf(entry)];
  const folder = documentFolder(entry);
  return [entry, ...(context.chaptersByFolder.get(folder) ?? [])].map(sourceTextOf);
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

/** What a body links to, and verbatim fields whose text stands in other files. */
function checkBodies(context: Context): void {
  const { entries, index } = context;
  let aliases: Map<string, string[]> | undefined;
  // Only a link that does not resolve needs the names, and most runs have none.
  const names = () => {
    aliases ??= aliasesOf(entries);
    return aliases;
  };
  for (const entry of entries) {
    const { file } = entry.parsed;
    const body = entry.body;
    if (entry.validated.type === "chapter") {
      for (const mention of body.mentions) {
        if (!index.has(mention.id)) report(file, "link-unresolved", mention.place, { href: mention.href, suggestion: suggestId(index, mention.id, undefined, names()) });
      }
      for (const link of body.relativeLinks) {
        const id = link.href.replace(/^\.?\//, "");
        if (index.has(id)) report(file, "link-missing-hash", link.place, { href: link.href, id });
      }
    }
    for (const mark of summaryOf(entry).foreignMarks) {
      checkVerbatim(entry, mark, verbatimScope(context, entry, valueAt(entry.validated.raw, [...mark.path.slice(0, -1), "chapter"])));
    }
  }
}

function bodyStart(entry: ContentEntry): { line: number; column: number } {
  const yaml = entry.parsed.tree.children[0];
  return { line: yaml?.type === "yaml" ? yaml.position!.end.line + 1 : 1, column: 1 };
}

/** A local document that follows a template answers each required field, and only fields of that template. */
function checkTemplates({ corpus, entryByFile }: Context): void {
  const templateOfField = new Map<string, { template: string; title: string; required: boolean }>();
  for (const template of corpus.templates) {
    for (const section of template.sections) for (const field of section.fields) templateOfField.set(field.id, { template: template.id, title: field.title, required: field.required !== false });
  }
  for (const document of corpus.documents) {
    const answered = new Set<string>();
    for (const chapter of document.chapters) {
      const entry = entryByFile.get(chapter.origin.file)!;
      (chapter.templateFields ?? []).forEach((field, position) => {
        answered.add(field);
        const owner = templateOfField.get(field);
        if (owner && owner.template !== document.template) {
          reportAt(entry, "template-field-foreign", ["templateFields", position], { field, actual: owner.template, expected: document.template ?? "" });
        }
      });
    }
    if (!document.template) continue;
    const entry = entryByFile.get(document.origin.file)!;
    for (const [field, owner] of templateOfField) {
      if (owner.template === document.template && owner.required && !answered.has(field)) {
        reportAt(entry, "template-field-missing", ["template"], { template: owner.template, field, title: owner.title });
      }
    }
  }
}

/**
 * Goal levels that measures are expected to serve. Visions, purposes, overall aims, areas and
 * preconditions are not: a strategy states them without measures of their own.
 */
const actionableLevels = new Set(["mal", "delmal", "insatsomrade"]);
/** Measure kinds that a plan or agreement gives a responsible actor; recommendations need none. */
const assignedKinds = new Set(["measure", "commitment", "effort", "activity", "mandate"]);

/** Warnings about references that are missing rather than wrong: loose ends an editor should look at. */
function checkLooseEnds({ entries, corpus, entryByFile, today }: Context): void {
  const warn = <C extends Code>(origin: { file: string; line: number; column: number }, code: C, params: FindingParams[C]) => {
    const entry = entryByFile.get(origin.file);
    if (entry) report(entry.parsed.file, code, placeOfOrigin(origin), params);
  };
  // Referenced by any file, valid or not: an actor a broken file names is not an orphan.
  const unreferenced = new Set(corpus.actors.map((actor) => actor.id));
  for (const entry of entries) for (const id of summaryOf(entry).referenced) unreferenced.delete(id);
  for (const actor of corpus.actors) if (unreferenced.has(actor.id)) warn(actor.origin, "actor-unreferenced", { id: actor.id });

  const documentsWithMeasures = new Set<string | undefined>();
  for (const measure of corpus.measures) documentsWithMeasures.add(measure.origin.document);
  // A goal is served when a measure serves it or one of its descendants: mark upwards from each served goal.
  const parents = new Map(corpus.goals.filter((goal) => goal.parent).map((goal) => [goal.id, goal.parent!]));
  const served = new Set<string>();
  for (const measure of corpus.measures) {
    for (const start of measure.goals ?? []) {
      for (let goal: string | undefined = start; goal !== undefined && !served.has(goal); goal = parents.get(goal)) served.add(goal);
    }
  }
  for (const goal of corpus.goals) {
    if (actionableLevels.has(goal.level) && documentsWithMeasures.has(goal.origin.document) && !served.has(goal.id)) warn(goal.origin, "goal-without-measure", { id: goal.id });
  }

  const kinds = new Map(corpus.documents.map((document) => [document.id, document.kind]));
  for (const measure of corpus.measures) {
    const kind = kinds.get(measure.origin.document!)!;
    if ((kind === "action-plan" || kind === "agreement") && assignedKinds.has(measure.kind) && (measure.responsible ?? []).length === 0) {
      warn(measure.origin, "measure-without-responsible", { id: measure.id, kind });
    }
  }

  // Status "expired" says an editor knows it ended without a successor in the content.
  for (const [document, validity] of validityToday(corpus, today)) {
    if ((validity.state === "ended" || validity.state === "superseded") && validity.supersededBy.length === 0 && validity.to && validity.to < today && document.status !== "expired") {
      const entry = entryByFile.get(document.origin.file)!;
      reportAt(entry, "document-expired-not-superseded", ["validity", "to"], { id: document.id, to: document.validity!.to! });
    }
  }
}

/** Each document's status on a day, from the corpus (the graph is built after the checks). */
function validityToday(corpus: Corpus, today: string): Array<[Corpus["documents"][number], Validity]> {
  const successors = new Map<string, Successor[]>();
  for (const document of corpus.documents) {
    const from = documentStart(document);
    for (const relation of document.relations ?? []) {
      if (!supersedingRelations.has(relation.relation)) continue;
      const list = successors.get(relation.document) ?? successors.set(relation.document, []).get(relation.document)!;
      if (!list.some((successor) => successor.document === document.id)) list.push({ document: document.id, ...(from ? { from } : {}) });
    }
  }
  return corpus.documents.map((document) => [
    document,
    validityOn(
      { status: document.status, ...(document.validity ? { validity: document.validity } : {}), ...(document.dates ? { dates: document.dates } : {}), supersededBy: successors.get(document.id) ?? [] },
      today,
    ),
  ]);
}

/**
 * An item that `continues` another names one of an earlier revision of its own document: of a
 * document its document supersedes or absorbs, directly or through others. That the target is of
 * the item's own type is the schema's reference check.
 */
function checkContinues({ corpus, entryByFile }: Context): void {
  const continuing = corpus.references.filter((reference) => reference.field === "continues");
  if (continuing.length === 0) return;
  const earlier = new Map<string, string[]>();
  for (const document of corpus.documents) {
    earlier.set(
      document.id,
      (document.relations ?? []).filter((relation) => supersedingRelations.has(relation.relation)).map((relation) => relation.document),
    );
  }
  const lineage = new Map<string, Set<string>>();
  const lineageOf = (id: string): Set<string> => {
    const cached = lineage.get(id);
    if (cached) return cached;
    const found = new Set<string>();
    // Iterative, and safe on a cycle of supersedes (reported as such by the cycle check).
    for (const pending = [...(earlier.get(id) ?? [])]; pending.length > 0; ) {
      const next = pending.pop()!;
      if (found.has(next)) continue;
      found.add(next);
      pending.push(...(earlier.get(next) ?? []));
    }
    lineage.set(id, found);
    return found;
  };
  // Only the items continued: the corpus may hold a hundred thousand others.
  const wanted = new Set(continuing.map((reference) => reference.to));
  const items = new Map<string, { type: string; document: string }>();
  for (const goal of corpus.goals) if (wanted.has(goal.id)) items.set(goal.id, { type: "goal", document: goal.origin.document! });
  for (const measure of corpus.measures) if (wanted.has(measure.id)) items.set(measure.id, { type: "measure", document: measure.origin.document! });
  for (const reference of continuing) {
    const document = reference.origin.document!;
    const target = items.get(reference.to);
    // A target that is missing, or of another type, is already reported by the reference check.
    if (target === undefined || target.type !== reference.fromType || lineageOf(document).has(target.document)) continue;
    const targetDocument = target.document;
    const entry = entryByFile.get(reference.origin.file)!;
    const at = entry.validated.references.find((candidate) => candidate.path.at(-1) === "continues" && valueAt(entry.validated.raw, [...candidate.path.slice(0, -1), "id"]) === reference.from);
    const params = { id: reference.from, type: reference.fromType, target: reference.to, document, targetDocument };
    if (at) reportAt(entry, "continues-outside-lineage", at.path, params);
    else report(entry.parsed.file, "continues-outside-lineage", placeOfOrigin(reference.origin), params);
  }
}

function chaptersByFolder(entries: ContentEntry[]): Map<string, ContentEntry[]> {
  const byFolder = new Map<string, ContentEntry[]>();
  for (const entry of entries) {
    if (entry.validated.type !== "chapter") continue;
    const folder = documentFolder(entry);
    (byFolder.get(folder) ?? byFolder.set(folder, []).get(folder)!).push(entry);
  }
  return byFolder;
}

export interface CheckOptions {
  /** The date that decides whether a validity period has ended (YYYY-MM-DD); today by default. */
  today?: string;
  /** Paths of every file of the run, readable or not. */
  filePaths?: string[];
  /** Files whose ids could not all be read. */
  brokenFiles?: VFile[];
}

/**
 * The checks that need nothing but the file itself, run where the file is read (so that a
 * file read once is checked once, however often the corpus around it is checked again).
 */
export function checkFile(entry: ContentEntry): void {
  checkDateOrder(entry);
  checkOwnBody(entry);
}

/**
 * Runs every corpus-wide check; findings land on the files they concern. A check that fails
 * unexpectedly becomes an internal-error finding and the others still run.
 */
export function checkCorpus(entries: ContentEntry[], corpus: Corpus, options: CheckOptions = {}): IdIndex {
  const index = indexIds(entries);
  const context: Context = {
    entries,
    corpus,
    index,
    entryByFile: new Map(entries.map((entry) => [entry.parsed.file.path, entry])),
    chaptersByFolder: chaptersByFolder(entries),
    filePaths: options.filePaths ?? entries.map((entry) => entry.parsed.file.path),
    brokenFiles: options.brokenFiles ?? [],
    today: options.today ?? currentDay(),
  };
  const checks: Array<(context: Context) => void> = [
    checkReferences,
    (context) => {
      for (const [relation, edges] of Object.entries(chainEdges(context.corpus.references))) reportCycles(context, edges, relation);
    },
    checkStructure,
    checkBodies,
    checkTemplates,
    checkContinues,
    checkLooseEnds,
  ];
  for (const check of checks) {
    try {
      check(context);
    } catch (error) {
      const file = entries[0]?.parsed.file;
      if (file) report(file, "internal-error", undefined, { reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return index;
}
