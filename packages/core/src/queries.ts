// Questions readers ask of the graph, answered once here for the CLI and the site alike:
// what an item relates to, what an actor has promised everywhere, which provisions a
// source is cited for, and which regional goals and measures serve a national goal.
import { namesOf } from "./checks.ts";
import type { County } from "./generated/labels.ts";
import type { Graph, GraphItem, GraphNode, ItemType, Relation } from "./graph.ts";
import { supersedingRelations } from "./model.ts";
import { toKebab } from "./schemas.ts";
import { nearest } from "./suggest.ts";
import { documentStart, type StatusPeriod, statusPeriods, type Validity, type ValidityFacts, validityOn } from "./validity.ts";

export interface RelationGroup {
  /** The field of the relation ("responsible", "legalBasis.source", "document" …). */
  field: string;
  /** The type of the items on the other side. */
  type: ItemType;
  relations: Relation[];
}

function group(relations: readonly Relation[], side: "from" | "to"): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const relation of relations) {
    const type = side === "from" ? relation.fromType : relation.toType;
    const key = `${type}\u0000${relation.field}`;
    const existing = groups.get(key) ?? groups.set(key, { field: relation.field, type, relations: [] }).get(key)!;
    existing.relations.push(relation);
  }
  return [...groups.values()];
}

/** An item's relations, outgoing and incoming, grouped by field and by the other side's type. */
export function relationsOf(graph: Graph, id: string): { outgoing: RelationGroup[]; incoming: RelationGroup[] } {
  return { outgoing: group(graph.outgoing(id), "to"), incoming: group(graph.incoming(id), "from") };
}

/**
 * The actor or source that a name, short name, abbreviation or alias stands for ("polisen" →
 * polismyndigheten), as validate's suggestions read them; undefined for no such name.
 */
export function idOfName(graph: Graph, written: string): string | undefined {
  return namesOfGraph(graph).get(toKebab(written));
}

/** The actor or source whose name is nearest to what was written by spelling ("polisn" → polismyndigheten), or "". */
export function idOfNearestName(graph: Graph, written: string): string {
  const names = namesOfGraph(graph);
  return names.get(nearest(toKebab(written), names.keys())) ?? "";
}

/** Each name with the first item (in file order) that goes by it, as validate's first suggestion. */
function namesOfGraph(graph: Graph): Map<string, string> {
  const names = namesOf([{ actors: graph.all("actor").map((node) => ({ ...node.item })), sources: graph.all("source").map((node) => ({ ...node.item })) }]);
  return new Map([...names].map(([name, ids]) => [name, ids[0]!]));
}

/** Fields through which an item involves an actor (structure like `parent` and `members` is not involvement). */
const involvementFields = new Set(["actor", "responsible", "partners", "parties.actor", "signatures.actor", "contributors.actor", "actors", "source.publisher", "municipalities", "mentions"]);

export interface Involvement {
  relation: Relation;
  /** The actor named in the content: the one asked about, one of its units, or a group it belongs to. */
  actor: string;
  via: "self" | "unit" | "group" | "predecessor";
  document?: string;
  counties: readonly County[];
}

/**
 * Everything that names an actor, its units or its groups, across all documents: measures it
 * leads or takes part in, responsibilities, documents it is party to or signed.
 */
export function actorInvolvement(graph: Graph, actorId: string): Involvement[] {
  const result: Involvement[] = [];
  for (const [actor, { via }] of graph.actorScope(actorId)) {
    for (const relation of graph.incoming(actor)) {
      if (!involvementFields.has(relation.field)) continue;
      const item = graph.get(relation.from)!;
      result.push({ relation, actor, via, ...(item.document ? { document: item.document } : {}), counties: graph.countiesOf(relation.from) });
    }
  }
  return result;
}

export interface InvolvementCounts {
  /** Items that name the actor: one each, however many ways it names it (two fields, a unit, a group, a predecessor). */
  items: number;
  documents: number;
  counties: number;
}

/** How much names an actor, counted once for the CLI and the site alike. */
export function involvementCounts(involvement: readonly Involvement[]): InvolvementCounts {
  return {
    items: new Set(involvement.map((entry) => entry.relation.from)).size,
    documents: new Set(involvement.map((entry) => entry.document).filter(Boolean)).size,
    counties: new Set(involvement.flatMap((entry) => entry.counties)).size,
  };
}

/** The parts of a citation that name a provision, as a citation or a relation's context holds them. */
export interface Provision {
  chapter?: unknown;
  section?: unknown;
  paragraph?: unknown;
  point?: unknown;
  article?: unknown;
}

/** A provision as readers name it: "14 kap. 1 §", "3 §", "artikel 19", or "" for the whole source. */
export function provisionLabel(context: Provision | undefined): string {
  if (!context) return "";
  const parts: string[] = [];
  if (typeof context.chapter === "string") parts.push(`${context.chapter} kap.`);
  if (typeof context.section === "string") parts.push(`${context.section} §`);
  if (typeof context.paragraph === "number") parts.push(`${context.paragraph} st.`);
  if (typeof context.point === "number") parts.push(`${context.point} p.`);
  if (typeof context.article === "string") parts.push(`artikel ${context.article}`);
  return parts.join(" ");
}

/** Where a source is cited, by provision: e.g. SoL → "14 kap. 1 §" → the responsibilities and documents. */
export function citationsOf(graph: Graph, sourceId: string): Map<string, Relation[]> {
  const byProvision = new Map<string, Relation[]>();
  for (const relation of graph.incoming(sourceId)) {
    const provision = provisionLabel(relation.context);
    (byProvision.get(provision) ?? byProvision.set(provision, []).get(provision)!).push(relation);
  }
  return byProvision;
}

export interface ServingItem {
  item: GraphItem;
  /** direct: the item itself names the framework goal; goal: it serves (a descendant of) a goal that does. */
  via: "direct" | "goal";
  basis?: string;
}

export interface CountyCoverage {
  documents: Set<string>;
  stating: Set<string>;
  goals: ServingItem[];
  measures: ServingItem[];
}

export interface FrameworkGoalCoverage {
  goal: GraphNode<"framework-goal">;
  /**
   * Per county: the goals and measures that serve the framework goal, the documents they stand in
   * (`documents`), and the documents that say they serve it as a whole (`stating`).
   */
  counties: Map<County, CountyCoverage>;
  /** Counties that have documents in the corpus but nothing under this goal. */
  countiesWithout: County[];
}

/**
 * For each goal of a framework: which documents' goals and measures serve it, per county. A goal
 * serves a framework goal when it or one of its ancestors names it; a measure serves it when it
 * names it or serves such a goal; a document serves it when its `frameworks` name it.
 */
export function frameworkCoverage(graph: Graph, frameworkId: string): FrameworkGoalCoverage[] {
  const allCounties = new Set<County>();
  for (const document of graph.all("document")) for (const county of document.item.counties) allCounties.add(county);

  const frameworkGoals = graph.incoming(frameworkId).flatMap((relation) => (relation.field === "framework" ? (graph.getOf("framework-goal", relation.from) ?? []) : []));

  return frameworkGoals.map((frameworkGoal) => {
    const serving = new Map<string, ServingItem>();
    const pending: Array<{ id: string; via: ServingItem["via"]; basis?: string }> = [];
    for (const relation of graph.incoming(frameworkGoal.id)) {
      if (relation.field !== "frameworkGoals.goal") continue;
      const basis = typeof relation.context?.basis === "string" ? relation.context.basis : undefined;
      pending.push({ id: relation.from, via: "direct", ...(basis ? { basis } : {}) });
    }
    while (pending.length > 0) {
      const next = pending.shift()!;
      if (serving.has(next.id)) continue;
      const item = graph.get(next.id)!;
      serving.set(next.id, { item, via: next.via, ...(next.basis ? { basis: next.basis } : {}) });
      if (item.type !== "goal") continue;
      for (const relation of graph.incoming(next.id)) {
        // Sub-goals under a serving goal, and measures that serve it, serve the framework goal too.
        if ((relation.field === "parent" && relation.fromType === "goal") || (relation.field === "goals" && relation.fromType === "measure")) {
          pending.push({ id: relation.from, via: "goal" });
        }
      }
    }
    const counties = new Map<County, CountyCoverage>();
    const bucketOf = (county: County) => counties.get(county) ?? counties.set(county, { documents: new Set(), stating: new Set(), goals: [], measures: [] }).get(county)!;
    // A document can say it serves the framework goal as a whole (document.frameworks[].goals).
    for (const relation of graph.incoming(frameworkGoal.id)) {
      if (relation.field === "frameworks.goals" && relation.fromType === "document") {
        for (const county of graph.countiesOf(relation.from)) {
          bucketOf(county).documents.add(relation.from);
          bucketOf(county).stating.add(relation.from);
        }
      }
    }
    for (const entry of serving.values()) {
      for (const county of graph.countiesOf(entry.item.id)) {
        const bucket = bucketOf(county);
        if (entry.item.document) bucket.documents.add(entry.item.document);
        if (entry.item.type === "goal") bucket.goals.push(entry);
        if (entry.item.type === "measure") bucket.measures.push(entry);
      }
    }
    return { goal: frameworkGoal, counties, countiesWithout: [...allCounties].filter((county) => !counties.has(county)).sort() };
  });
}

/** The documents that replace a document: those that supersede or absorb it, in file order. */
export function supersedingDocuments(graph: Graph, documentId: string): string[] {
  const found = graph
    .incoming(documentId)
    .filter((relation) => relation.field === "relations.document" && relation.fromType === "document" && supersedingRelations.has(String(relation.context?.relation)))
    .map((relation) => relation.from);
  return [...new Set(found)];
}

/**
 * What a document's status depends on (see validity.ts): its own record, and the documents that
 * supersede or absorb it, each with its first day. Undefined for an id that is no document.
 */
export function validityFactsOf(graph: Graph, documentId: string): ValidityFacts | undefined {
  const document = graph.getOf("document", documentId)?.item;
  if (!document) return undefined;
  const supersededBy = supersedingDocuments(graph, documentId).map((id) => {
    const from = documentStart(graph.getOf("document", id)!.item);
    return { document: id, ...(from ? { from } : {}) };
  });
  return { status: document.status, ...(document.validity ? { validity: document.validity } : {}), ...(document.dates ? { dates: document.dates } : {}), supersededBy };
}

/** A document's status on a day (see validity.ts), or undefined for an id that is no document. */
export function validityOf(graph: Graph, documentId: string, day: string): Validity | undefined {
  const facts = validityFactsOf(graph, documentId);
  return facts && validityOn(facts, day);
}

/** A document's status over all time, as consecutive periods (see validity.ts). */
export function statusPeriodsOf(graph: Graph, documentId: string): StatusPeriod[] | undefined {
  const facts = validityFactsOf(graph, documentId);
  return facts && statusPeriods(facts);
}

/** A short human label for an item: a title, a name, or the start of its text. */
export function labelOf(node: GraphItem, maxLength = 120): string {
  let label: string;
  switch (node.type) {
    case "document":
    case "chapter":
    case "source":
    case "template":
      label = node.item.title;
      break;
    case "actor":
    case "framework":
      label = node.item.name;
      break;
    case "framework-goal":
      label = `${node.item.label}: ${node.item.text}`;
      break;
    case "definition":
      label = node.item.term;
      break;
    case "event":
      label = `${node.item.date}: ${node.item.text}`;
      break;
    case "gap":
      label = node.item.description;
      break;
    case "source-error":
      label = node.item.correction !== undefined ? `${node.item.original} → ${node.item.correction}` : node.item.original;
      break;
    default:
      label = node.item.text;
  }
  return label.length > maxLength ? `${label.slice(0, maxLength - 1).trimEnd()}…` : label;
}
