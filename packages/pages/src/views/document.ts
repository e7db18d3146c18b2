// The document page: its record (parties, signatures, dates, lineage, frameworks, source), its
// chapters as safe HTML with an anchor on every item, what the source lost or got wrong, and who
// answers for which goal.
import { type DocumentItem, documentRelationLabel, enumLabels, type GraphNode, type ItemType, isValueOf, typeName, typePlural } from "@styrdok/core";
import { capitalized, counted } from "../format.ts";
import { byLabel, type Link, linkTo } from "../link.ts";
import { renderChapter } from "../render.ts";
import type { Site } from "../site.ts";
import { type DocumentSummary, documentSummary } from "./document-summary.ts";

export interface Lineage {
  label: string;
  document: Link;
  basis: string;
  text?: string;
}

export interface GapView {
  id: string;
  kind: string;
  description: string;
  location?: string;
  sourceText?: string;
}

export interface SourceErrorView {
  id: string;
  kind: string;
  original: string;
  correction?: string;
  conflictsWith?: string;
  note?: string;
}

export interface ChapterView {
  id: string;
  title: string;
  label?: string;
  html: string;
  gaps: GapView[];
  sourceErrors: SourceErrorView[];
}

export interface Matrix {
  goals: Link[];
  rows: Array<{ actor: Link; cells: number[] }>;
}

export interface DocumentView {
  summary: DocumentSummary;
  /** One line about the document, for its page's description. */
  description: string;
  document: DocumentItem;
  parties: Array<{ actor: Link; roles: string; inferred: boolean; label?: string }>;
  /** `name` is absent where the source names only the organisation that signed (`actor`). */
  signatures: Array<{ name?: string; role?: string; actor?: Link; date?: string; place?: string }>;
  dates: Array<{ kind: string; date?: string; actor?: Link; place?: string; text?: string }>;
  lineage: Lineage[];
  frameworks: Array<{ framework: Link; goals: Link[]; basis: string }>;
  publisher?: Link;
  chapters: ChapterView[];
  gaps: GapView[];
  sourceErrors: SourceErrorView[];
  matrix?: Matrix;
  /** What the document holds, e.g. "8 mål, 1 indikator". */
  counts: string;
}

/** The items of a type that belong to a document or a chapter (by the graph's structural relation), in file order. */
function itemsIn<T extends ItemType>(site: Site, type: T, holder: string, field: "document" | "chapter"): Array<GraphNode<T>> {
  const { graph } = site;
  return graph.incoming(holder).flatMap((relation) => (relation.field === field && relation.fromType === type ? (graph.getOf(type, relation.from) ?? []) : []));
}

/** The gaps or source errors of a chapter, or (chapter null) of the document outside its chapters. */
function notesIn<T extends "gap" | "source-error">(site: Site, type: T, documentId: string, chapterId: string | null): Array<GraphNode<T>> {
  if (chapterId !== null) return itemsIn(site, type, chapterId, "chapter");
  return itemsIn(site, type, documentId, "document").filter((node) => node.item.origin.chapter === undefined);
}

function gapViews(site: Site, documentId: string, chapterId: string | null): GapView[] {
  return notesIn(site, "gap", documentId, chapterId).map(({ item: gap }) => ({
    id: gap.id,
    kind: enumLabels.GapKind[gap.kind].title,
    description: gap.description,
    ...(gap.location ? { location: gap.location } : {}),
    ...(gap.sourceText ? { sourceText: gap.sourceText } : {}),
  }));
}

function sourceErrorViews(site: Site, documentId: string, chapterId: string | null): SourceErrorView[] {
  return notesIn(site, "source-error", documentId, chapterId).map(({ item: error }) => ({
    id: error.id,
    kind: error.kind,
    original: error.original,
    ...(error.correction ? { correction: error.correction } : {}),
    ...(error.conflictsWith ? { conflictsWith: error.conflictsWith } : {}),
    ...(error.note ? { note: error.note } : {}),
  }));
}

/** Actors × goals of a document: how many of its measures and responsibilities join each pair. */
function responsibilityMatrix(site: Site, documentId: string): Matrix | undefined {
  const pairs = new Map<string, Map<string, number>>();
  const add = (actor: string, goal: string) => {
    const row = pairs.get(actor) ?? pairs.set(actor, new Map()).get(actor)!;
    row.set(goal, (row.get(goal) ?? 0) + 1);
  };
  for (const { item: measure } of itemsIn(site, "measure", documentId, "document")) {
    for (const actor of [...(measure.responsible ?? []), ...(measure.partners ?? [])]) for (const goal of measure.goals ?? []) add(actor, goal);
  }
  for (const { item: responsibility } of itemsIn(site, "responsibility", documentId, "document")) {
    for (const goal of responsibility.goals ?? []) add(responsibility.actor, goal);
  }
  const goalIds = [...new Set([...pairs.values()].flatMap((row) => [...row.keys()]))];
  if (pairs.size === 0 || goalIds.length === 0) return undefined;
  const order = new Map(itemsIn(site, "goal", documentId, "document").map((goal, index) => [goal.id, index]));
  goalIds.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  const goals = goalIds.map((id) => linkTo(site.graph, id, 60));
  const rows = [...pairs].map(([actor, row]) => ({ actor: linkTo(site.graph, actor), cells: goalIds.map((goal) => row.get(goal) ?? 0) })).sort((a, b) => byLabel(a.actor, b.actor));
  return { goals, rows };
}

export function documentView(site: Site, id: string): DocumentView {
  const { graph } = site;
  const document = graph.getOf("document", id)!.item;
  const lineage: Lineage[] = [
    ...(document.relations ?? []).map((relation) => ({
      label: documentRelationLabel(relation.relation, "out", "sv"),
      document: linkTo(graph, relation.document),
      basis: relation.basis,
      ...(relation.text ? { text: relation.text } : {}),
    })),
    ...graph
      .incoming(id)
      .filter((relation) => relation.field === "relations.document")
      .map((relation) => {
        const kind = relation.context?.relation;
        return {
          label: isValueOf("DocumentRelation", kind) ? documentRelationLabel(kind, "in", "sv") : String(kind),
          document: linkTo(graph, relation.from),
          basis: String(relation.context?.basis ?? ""),
        };
      }),
  ];
  // What core read but the site leaves out: a link in the text to it is its words alone.
  const unpublished = (item: string) => !graph.get(item) && site.content.graph.get(item) !== undefined;
  const itemsOf = (type: string) => graph.incoming(id).filter((relation) => relation.field === "document" && relation.fromType === type).length;
  const chapters = document.chapters.map((chapter) => ({
    id: chapter.id,
    title: chapter.title,
    ...(chapter.label ? { label: chapter.label } : {}),
    html: renderChapter(chapter, graph, unpublished),
    gaps: gapViews(site, id, chapter.id),
    sourceErrors: sourceErrorViews(site, id, chapter.id),
  }));
  const matrix = responsibilityMatrix(site, id);
  const summary = documentSummary(site, id);
  return {
    summary,
    description: [summary.kind, summary.countyNames.length > 0 ? `för ${summary.countyNames.join(", ")}` : "", summary.period].filter(Boolean).join(" "),
    document,
    parties: (document.parties ?? []).map((party) => ({
      actor: linkTo(graph, party.actor),
      roles: party.roles.map((role) => enumLabels.PartyRole[role].title).join(", "),
      inferred: party.basis === "inferred",
      ...(party.label ? { label: party.label } : {}),
    })),
    signatures: (document.signatures ?? []).map((signature) => ({
      ...(signature.name ? { name: signature.name } : {}),
      ...(signature.role ? { role: signature.role } : {}),
      ...(signature.actor ? { actor: linkTo(graph, signature.actor) } : {}),
      ...(signature.date ? { date: signature.date } : {}),
      ...(signature.place ? { place: signature.place } : {}),
    })),
    dates: (document.dates ?? []).map((entry) => ({
      kind: capitalized(enumLabels.DateKind[entry.kind].title),
      ...(entry.date ? { date: entry.date } : {}),
      ...(entry.actor ? { actor: linkTo(graph, entry.actor) } : {}),
      ...(entry.place ? { place: entry.place } : {}),
      ...(entry.text ? { text: entry.text } : {}),
    })),
    lineage,
    frameworks: (document.frameworks ?? []).map((link) => ({ framework: linkTo(graph, link.framework), goals: (link.goals ?? []).map((goal) => linkTo(graph, goal)), basis: link.basis })),
    ...(document.source?.publisher ? { publisher: linkTo(graph, document.source.publisher) } : {}),
    chapters,
    gaps: gapViews(site, id, null),
    sourceErrors: sourceErrorViews(site, id, null),
    ...(matrix ? { matrix } : {}),
    counts: (["goal", "measure", "responsibility", "indicator", "definition"] as const)
      .map((type) => ({ type, count: itemsOf(type) }))
      .filter((entry) => entry.count > 0)
      .map((entry) => counted(entry.count, typeName(entry.type, "sv"), typePlural(entry.type, "sv")))
      .join(", "),
  };
}
