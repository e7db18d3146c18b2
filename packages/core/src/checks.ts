// Stage 5: what JSON Schema cannot say about the corpus as a whole. Ids are unique, every
// reference resolves to an item of the right type, parent and supersedes chains have no
// cycles, periods end after they start, links and footnotes in bodies resolve, and an item's
// text stands in the body it belongs to.
import type { Nodes, Root } from "mdast";
import { visit } from "unist-util-visit";
import { type Lang, type Place, report, typeName } from "./messages.ts";
import { type ContentEntry, type Corpus, documentFolder, isDocumentIndex } from "./model.ts";
import { type DataPath, placeOfPath } from "./schemas.ts";
import { nearest } from "./suggest.ts";

interface Declared {
  type: string;
  id: string;
  entry: ContentEntry;
  path: DataPath;
}

export type IdIndex = Map<string, Declared>;

function placeIn(entry: ContentEntry, path: DataPath, key?: string): Place {
  return placeOfPath(entry.parsed, entry.parsed.frontmatter!, path, key);
}

function where(declared: Declared): string {
  const place = placeIn(declared.entry, declared.path);
  return `${declared.entry.parsed.file.path}:${place.start.line}`;
}

/** Declares every id once; later declarations of the same id are errors. */
function indexIds(entries: ContentEntry[], lang: Lang): IdIndex {
  const index: IdIndex = new Map();
  for (const entry of entries) {
    for (const declaration of entry.validated.declarations) {
      const declared: Declared = { ...declaration, entry };
      const first = index.get(declaration.id);
      if (first) {
        report(entry.parsed.file, "duplicate-id", placeIn(entry, declaration.path), { id: declaration.id, other: where(first), otherType: typeName(first.type, lang) }, lang);
        continue;
      }
      index.set(declaration.id, declared);
    }
  }
  return index;
}

/** The nearest existing id of a type, when one is close enough to be a likely typo. */
export function suggestId(index: IdIndex, id: string, type?: string): string {
  return nearest(id, [...index.values()].filter((declared) => !type || declared.type === type).map((declared) => declared.id));
}

function checkReferences(entries: ContentEntry[], index: IdIndex, lang: Lang): void {
  for (const entry of entries) {
    for (const reference of entry.validated.references) {
      const target = index.get(reference.id);
      const place = placeIn(entry, reference.path);
      if (!target) {
        const suggestion = suggestId(index, reference.id, reference.type);
        report(entry.parsed.file, "reference-unresolved", place, { id: reference.id, expected: typeName(reference.type, lang), suggestion }, lang);
      } else if (target.type !== reference.type) {
        report(entry.parsed.file, "reference-wrong-type", place, { id: reference.id, actual: typeName(target.type, lang), expected: typeName(reference.type, lang) }, lang);
      }
    }
  }
}

interface Edge {
  from: string;
  to: string;
  entry: ContentEntry;
  path: DataPath;
}

const cycleRelations: Record<Lang, Record<string, string>> = {
  sv: { parent: "överordnade", supersedes: "ersätter-relationer", predecessors: "föregångare", members: "medlemskap" },
  en: { parent: "parents", supersedes: "supersedes relations", predecessors: "predecessors", members: "memberships" },
};

/**
 * Finds each cycle once and reports it at the edge that closes it. Iterative depth-first
 * search: a hostile file with a chain of many thousand parents must not overflow the stack.
 */
function reportCycles(edges: Edge[], relation: string, lang: Lang): void {
  const outgoing = new Map<string, Edge[]>();
  for (const edge of edges) outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
  const state = new Map<string, "open" | "done">();
  const reported = new Set<string>();
  for (const root of [...outgoing.keys()].sort()) {
    if (state.has(root)) continue;
    // Each frame: a node, the edge that led to it, and how many of its edges are explored.
    const frames: Array<{ node: string; via: Edge | undefined; next: number }> = [{ node: root, via: undefined, next: 0 }];
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
        const key = cycle.map((step) => step.from).sort().join(" ");
        if (reported.has(key)) continue;
        reported.add(key);
        const chain = [...cycle.map((step) => step.from), edge.to].join(" → ");
        report(edge.entry.parsed.file, "cycle", placeIn(edge.entry, edge.path), { relation: cycleRelations[lang][relation] ?? relation, chain }, lang);
      }
    }
  }
}

function checkCycles(entries: ContentEntry[]): Record<string, Edge[]> {
  const edges: Record<string, Edge[]> = { parent: [], supersedes: [], predecessors: [], members: [] };
  for (const entry of entries) {
    if (!entry.validated.valid) continue;
    const data = entry.validated.data;
    const lists: Array<[string, unknown]> = [
      ["goals", data.goals],
      ["actors", data.actors],
    ];
    for (const [key, list] of lists) {
      if (!Array.isArray(list)) continue;
      list.forEach((item: Record<string, unknown>, index) => {
        const id = String(item.id);
        if (typeof item.parent === "string") edges.parent!.push({ from: id, to: item.parent, entry, path: [key, index, "parent"] });
        for (const field of ["predecessors", "members"] as const) {
          const targets = item[field];
          if (Array.isArray(targets)) targets.forEach((to, k) => edges[field]!.push({ from: id, to: String(to), entry, path: [key, index, field, k] }));
        }
      });
    }
    if (entry.validated.type === "document" && Array.isArray(data.relations)) {
      (data.relations as Array<Record<string, unknown>>).forEach((relation, index) => {
        if (relation.relation === "supersedes" || relation.relation === "absorbs") {
          edges.supersedes!.push({ from: String(data.id), to: String(relation.document), entry, path: ["relations", index, "document"] });
        }
      });
    }
  }
  return edges;
}

/** Compares partial dates at the precision both have: 2020-06 is not after 2020. */
function endsBeforeStart(from: string, to: string): boolean {
  const length = Math.min(from.length, to.length);
  return to.slice(0, length) < from.slice(0, length);
}

function checkDateOrder(entries: ContentEntry[], lang: Lang): void {
  for (const entry of entries) {
    if (!entry.validated.valid) continue;
    const walk = (value: unknown, path: DataPath): void => {
      if (Array.isArray(value)) return value.forEach((child, index) => walk(child, [...path, index]));
      if (value === null || typeof value !== "object") return;
      const record = value as Record<string, unknown>;
      for (const [start, end] of [
        ["from", "to"],
        ["established", "dissolved"],
      ] as const) {
        const from = record[start];
        const to = record[end];
        if (typeof from === "string" && typeof to === "string" && endsBeforeStart(from, to)) {
          report(entry.parsed.file, "date-order", placeIn(entry, [...path, end]), { from, to }, lang);
        }
      }
      for (const [key, child] of Object.entries(record)) walk(child, [...path, key]);
    };
    walk(entry.validated.data, []);
  }
}

const blockTypes = new Set(["paragraph", "heading", "listItem", "tableCell", "blockquote", "footnoteDefinition", "code", "html"]);

/** The plain text of a Markdown tree, with whitespace collapsed, for verbatim comparisons. */
export function plainText(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === "yaml") return "skip";
    if (blockTypes.has(node.type)) parts.push(" ");
    if (node.type === "text" || node.type === "inlineCode") parts.push(node.value);
    if (node.type === "break") parts.push(" ");
    return undefined;
  });
  return normalizeText(parts.join(""));
}

export function normalizeText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function checkBodies(entries: ContentEntry[], corpus: Corpus, index: IdIndex, lang: Lang): void {
  const entryByFile = new Map(entries.map((entry) => [entry.parsed.file.path, entry]));
  for (const chapter of corpus.chapters) {
    const entry = entryByFile.get(chapter.origin.file)!;
    const file = entry.parsed.file;
    for (const mention of chapter.mentions) {
      if (!index.has(mention.id)) report(file, "link-unresolved", mention.place, { href: mention.href, suggestion: suggestId(index, mention.id) }, lang);
    }
    visit(chapter.tree, (node: Nodes) => {
      if (node.type === "text") {
        for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
          const offset = node.position!.start.offset! + match.index;
          report(file, "footnote-undefined", entry.parsed.placeAt(offset, offset + match[0].length), { label: match[1]! }, lang);
        }
      }
    });
    const labels = new Set(chapter.footnotes.map((footnote) => footnote.label));
    const declared = (entry.validated.data.footnotes ?? []) as Array<{ label: string }>;
    declared.forEach((footnote, position) => {
      if (!labels.has(footnote.label)) report(file, "footnote-unknown-label", placeIn(entry, ["footnotes", position, "label"]), { label: footnote.label }, lang);
    });

    const body = plainText(chapter.tree);
    for (const collection of ["goals", "measures", "responsibilities", "indicators", "definitions"] as const) {
      const items = (entry.validated.data[collection] ?? []) as Array<{ id: string; text: string }>;
      items.forEach((item, position) => {
        if (!body.includes(normalizeText(item.text))) {
          report(file, "text-not-in-body", placeIn(entry, [collection, position, "text"]), { id: item.id, type: typeName(collection === "responsibilities" ? "responsibility" : collection.slice(0, -1), lang) }, lang);
        }
      });
    }
  }
}

function checkStructure(entries: ContentEntry[], corpus: Corpus, lang: Lang): void {
  const documentFolders = new Set<string>();
  for (const entry of entries) {
    if (entry.validated.type !== "document") continue;
    if (isDocumentIndex(entry)) documentFolders.add(documentFolder(entry));
    else report(entry.parsed.file, "document-not-index", placeIn(entry, ["type"]), {}, lang);
  }
  for (const entry of entries) {
    if (entry.validated.type === "chapter" && !documentFolders.has(documentFolder(entry))) {
      report(entry.parsed.file, "chapter-without-document", placeIn(entry, ["type"]), {}, lang);
    }
  }
  const entryByFile = new Map(entries.map((entry) => [entry.parsed.file.path, entry]));
  for (const document of corpus.documents) {
    if (document.textAvailability !== "none" && document.chapters.length === 0) {
      const entry = entryByFile.get(document.origin.file)!;
      report(entry.parsed.file, "document-without-text", placeIn(entry, ["textAvailability"]), { value: document.textAvailability }, lang);
    }
  }
}

/** A local document that follows a template answers each required field, and only fields of that template. */
function checkTemplates(entries: ContentEntry[], corpus: Corpus, lang: Lang): void {
  const templateOfField = new Map<string, { template: string; title: string; required: boolean }>();
  for (const template of corpus.templates) {
    for (const section of template.sections) for (const field of section.fields) templateOfField.set(field.id, { template: template.id, title: field.title, required: field.required !== false });
  }
  const entryByFile = new Map(entries.map((entry) => [entry.parsed.file.path, entry]));
  for (const document of corpus.documents) {
    const answered = new Set<string>();
    for (const chapter of document.chapters) {
      const entry = entryByFile.get(chapter.origin.file)!;
      (chapter.templateFields ?? []).forEach((field, position) => {
        answered.add(field);
        const owner = templateOfField.get(field);
        if (owner && owner.template !== document.template) {
          report(entry.parsed.file, "template-field-foreign", placeIn(entry, ["templateFields", position]), { field, actual: owner.template, expected: document.template ?? "" }, lang);
        }
      });
    }
    if (!document.template) continue;
    const entry = entryByFile.get(document.origin.file)!;
    for (const [field, owner] of templateOfField) {
      if (owner.template === document.template && owner.required && !answered.has(field)) {
        report(entry.parsed.file, "template-field-missing", placeIn(entry, ["template"]), { template: owner.template, field, title: owner.title }, lang);
      }
    }
  }
}

/**
 * Goal levels that measures are expected to serve. Visions, purposes, overall aims and
 * preconditions are not: a strategy states them without measures of their own.
 */
const actionableLevels = new Set(["mal", "delmal", "insatsomrade"]);
/** Measure kinds that a plan or agreement gives a responsible actor; recommendations need none. */
const assignedKinds = new Set(["measure", "commitment", "effort", "activity", "mandate"]);

/** The last day a partial date covers: 2020 → 2020-12-31, 2020-02 → 2020-02-29. */
function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split("-").map(Number);
    return `${date}-${String(new Date(Date.UTC(year!, month!, 0)).getUTCDate()).padStart(2, "0")}`;
  }
  return date;
}

/** Warnings about references that are missing rather than wrong: loose ends an editor should look at. */
function checkLooseEnds(entries: ContentEntry[], corpus: Corpus, lang: Lang, today: string): void {
  const entryByFile = new Map(entries.map((entry) => [entry.parsed.file.path, entry]));
  const warn = (origin: { file: string; line: number; column: number }, code: "actor-unreferenced" | "goal-without-measure" | "measure-without-responsible" | "document-expired-not-superseded", params: Record<string, string>) => {
    const entry = entryByFile.get(origin.file);
    if (entry) report(entry.parsed.file, code, { start: { line: origin.line, column: origin.column } }, params, lang);
  };
  const referenced = new Set([...corpus.references.map((reference) => reference.to), ...corpus.chapters.flatMap((chapter) => chapter.mentions.map((mention) => mention.id))]);
  for (const actor of corpus.actors) if (!referenced.has(actor.id)) warn(actor.origin, "actor-unreferenced", { id: actor.id });

  const documentsWithMeasures = new Set(corpus.measures.map((measure) => measure.origin.document));
  const served = new Set(corpus.measures.flatMap((measure) => measure.goals ?? []));
  const children = new Map<string, string[]>();
  for (const goal of corpus.goals) if (goal.parent) children.set(goal.parent, [...(children.get(goal.parent) ?? []), goal.id]);
  const isServed = (id: string, seen = new Set<string>()): boolean =>
    served.has(id) || (!seen.has(id) && (seen.add(id), (children.get(id) ?? []).some((child) => isServed(child, seen))));
  for (const goal of corpus.goals) {
    if (actionableLevels.has(goal.level) && documentsWithMeasures.has(goal.origin.document) && !isServed(goal.id)) warn(goal.origin, "goal-without-measure", { id: goal.id });
  }

  const kinds = new Map(corpus.documents.map((document) => [document.id, document.kind]));
  for (const measure of corpus.measures) {
    const kind = kinds.get(measure.origin.document!)!;
    if ((kind === "action-plan" || kind === "agreement") && assignedKinds.has(measure.kind) && (measure.responsible ?? []).length === 0) {
      warn(measure.origin, "measure-without-responsible", { id: measure.id, kind });
    }
  }

  const superseded = new Set(
    corpus.references.filter((reference) => reference.field === "relations.document" && ["supersedes", "absorbs"].includes(String(reference.context?.relation))).map((reference) => reference.to),
  );
  for (const document of corpus.documents) {
    const to = document.validity?.to;
    // Status "expired" says an editor knows it ended without a successor in the content.
    if (to && lastDay(to) < today && !superseded.has(document.id) && document.status !== "expired") {
      const entry = entryByFile.get(document.origin.file)!;
      report(entry.parsed.file, "document-expired-not-superseded", placeIn(entry, ["validity", "to"]), { id: document.id, to }, lang);
    }
  }
}

export interface CheckOptions {
  /** The date that decides whether a validity period has ended (YYYY-MM-DD); today by default. */
  today?: string;
}

/** Runs every corpus-wide check; findings land on the files they concern. */
export function checkCorpus(entries: ContentEntry[], corpus: Corpus, lang: Lang, options: CheckOptions = {}): IdIndex {
  const index = indexIds(entries, lang);
  checkReferences(entries, index, lang);
  for (const [relation, edges] of Object.entries(checkCycles(entries))) reportCycles(edges, relation, lang);
  checkDateOrder(entries, lang);
  checkStructure(entries, corpus, lang);
  checkBodies(entries, corpus, index, lang);
  checkTemplates(entries, corpus, lang);
  checkLooseEnds(entries, corpus, lang, options.today ?? new Date().toISOString().slice(0, 10));
  return index;
}
