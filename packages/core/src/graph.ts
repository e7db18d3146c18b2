// Stage 6: the cross-reference graph. Every typed relation of the validated corpus, in both
// directions, computed once in memory. The CLI and the site read relations from here and
// never work them out themselves.
import type { County } from "./generated/labels.ts";
import type { Corpus, ItemOfType, ItemType, Origin } from "./model.ts";

export type { ItemType };

/** An item in the graph: its id and type, the item as the model holds it, and its document. */
export interface GraphNode<T extends ItemType = ItemType> {
  id: string;
  type: T;
  item: ItemOfType[T];
  /** The document the item belongs to (a document belongs to itself); none for registry items. */
  document?: string;
}

/** Any item, as a union tagged by `type`: checking the type narrows `item` to its model type. */
export type GraphItem = { [T in ItemType]: GraphNode<T> }[ItemType];

/**
 * A relation between two items. References written in the content keep their field name
 * ("responsible", "legalBasis.source"); the corpus's structure adds "document" (an item
 * belongs to its document), "chapter", "framework", and "mentions" (a chapter's body links to the item).
 */
export interface Relation {
  from: string;
  fromType: ItemType;
  field: string;
  to: string;
  toType: ItemType;
  context?: Record<string, unknown>;
  origin: Origin;
}

export interface Graph {
  items: ReadonlyMap<string, GraphItem>;
  /** Every relation, in the order of the corpus's references, then structure and mentions. */
  relations: readonly Relation[];
  /** The item with an id, of any type. */
  get(id: string): GraphItem | undefined;
  /** The item with an id if it is of the given type. */
  getOf<T extends ItemType>(type: T, id: string): GraphNode<T> | undefined;
  /** Every item of a type, in file order. */
  all<T extends ItemType>(type: T): readonly GraphNode<T>[];
  /** Relations from the item to others. */
  outgoing(id: string): readonly Relation[];
  /** Relations from others to the item. */
  incoming(id: string): readonly Relation[];
  /** The counties of the document an item belongs to; empty for registry items. */
  countiesOf(id: string): readonly County[];
  /**
   * The actors that stand for an actor: itself, its predecessors (by `predecessors`, at any
   * depth), their units (by `parent`, at any depth) and the groups any of them belongs to (by
   * `members`). A measure "led by the signatories" is the police's measure too; so is a
   * responsibility of "Polisregion Bergslagen" or of the police authority of 2014.
   */
  actorScope(id: string): ReadonlyMap<string, ActorVia>;
}

export interface ActorVia {
  /** How the actor stands for the one asked about. */
  via: "self" | "unit" | "group" | "predecessor";
}

type NodesByType = { [T in ItemType]: Array<GraphNode<T>> };
type IndexByType = { [T in ItemType]: Map<string, GraphNode<T>> };

function nodesOf<T extends ItemType>(type: T, items: ReadonlyArray<ItemOfType[T]>, documentOf: (item: ItemOfType[T]) => string | undefined): Array<GraphNode<T>> {
  return items.map((item) => {
    const document = documentOf(item);
    return { id: item.id, type, item, ...(document ? { document } : {}) };
  });
}

export function buildGraph(corpus: Corpus): Graph {
  const inDocument = (item: { origin: Origin }) => item.origin.document;
  // In this order: the order of a type's items, and of structural relations, follows it.
  const nodes: NodesByType = {
    document: nodesOf("document", corpus.documents, (document) => document.id),
    chapter: nodesOf("chapter", corpus.chapters, inDocument),
    goal: nodesOf("goal", corpus.goals, inDocument),
    measure: nodesOf("measure", corpus.measures, inDocument),
    responsibility: nodesOf("responsibility", corpus.responsibilities, inDocument),
    indicator: nodesOf("indicator", corpus.indicators, inDocument),
    definition: nodesOf("definition", corpus.definitions, inDocument),
    event: nodesOf("event", corpus.events, inDocument),
    template: nodesOf("template", corpus.templates, inDocument),
    gap: nodesOf("gap", corpus.gaps, inDocument),
    "source-error": nodesOf("source-error", corpus.sourceErrors, inDocument),
    actor: nodesOf("actor", corpus.actors, inDocument),
    source: nodesOf("source", corpus.sources, inDocument),
    framework: nodesOf("framework", corpus.frameworks, inDocument),
    "framework-goal": nodesOf("framework-goal", corpus.frameworkGoals, inDocument),
  };
  const index: IndexByType = {
    document: new Map(nodes.document.map((node) => [node.id, node])),
    chapter: new Map(nodes.chapter.map((node) => [node.id, node])),
    goal: new Map(nodes.goal.map((node) => [node.id, node])),
    measure: new Map(nodes.measure.map((node) => [node.id, node])),
    responsibility: new Map(nodes.responsibility.map((node) => [node.id, node])),
    indicator: new Map(nodes.indicator.map((node) => [node.id, node])),
    definition: new Map(nodes.definition.map((node) => [node.id, node])),
    event: new Map(nodes.event.map((node) => [node.id, node])),
    template: new Map(nodes.template.map((node) => [node.id, node])),
    gap: new Map(nodes.gap.map((node) => [node.id, node])),
    "source-error": new Map(nodes["source-error"].map((node) => [node.id, node])),
    actor: new Map(nodes.actor.map((node) => [node.id, node])),
    source: new Map(nodes.source.map((node) => [node.id, node])),
    framework: new Map(nodes.framework.map((node) => [node.id, node])),
    "framework-goal": new Map(nodes["framework-goal"].map((node) => [node.id, node])),
  };
  const items = new Map<string, GraphItem>();
  for (const list of Object.values(nodes)) for (const node of list) items.set(node.id, node);

  const relations: Relation[] = [];
  const add = (relation: Relation) => {
    if (items.has(relation.from) && items.has(relation.to)) relations.push(relation);
  };
  for (const reference of corpus.references) {
    const from = items.get(reference.from);
    const to = items.get(reference.to);
    // The types are the items' own: a reference to an item of the wrong type is an error the checks report.
    if (from && to)
      relations.push({
        from: from.id,
        fromType: from.type,
        field: reference.field,
        to: to.id,
        toType: to.type,
        ...(reference.context ? { context: reference.context } : {}),
        origin: reference.origin,
      });
  }
  for (const item of items.values()) {
    const origin = item.item.origin;
    if (item.type !== "document" && origin.document) add({ from: item.id, fromType: item.type, field: "document", to: origin.document, toType: "document", origin });
    if (item.type !== "chapter" && origin.chapter) add({ from: item.id, fromType: item.type, field: "chapter", to: origin.chapter, toType: "chapter", origin });
  }
  for (const goal of corpus.frameworkGoals) add({ from: goal.id, fromType: "framework-goal", field: "framework", to: goal.framework, toType: "framework", origin: goal.origin });
  for (const chapter of corpus.chapters) {
    for (const mention of chapter.mentions) {
      const target = items.get(mention.id);
      const origin = { ...chapter.origin, line: mention.place.start.line, column: mention.place.start.column, chapter: chapter.id };
      if (target) add({ from: chapter.id, fromType: "chapter", field: "mentions", to: mention.id, toType: target.type, origin });
    }
  }

  const outgoing = new Map<string, Relation[]>();
  const incoming = new Map<string, Relation[]>();
  for (const relation of relations) {
    (outgoing.get(relation.from) ?? outgoing.set(relation.from, []).get(relation.from)!).push(relation);
    (incoming.get(relation.to) ?? incoming.set(relation.to, []).get(relation.to)!).push(relation);
  }

  const counties = new Map<string, readonly County[]>(corpus.documents.map((document) => [document.id, document.counties]));
  const scopes = new Map<string, Map<string, ActorVia>>();

  const graph: Graph = {
    items,
    relations,
    get: (id) => items.get(id),
    getOf: (type, id) => index[type].get(id),
    all: (type) => nodes[type],
    outgoing: (id) => outgoing.get(id) ?? [],
    incoming: (id) => incoming.get(id) ?? [],
    countiesOf: (id) => {
      const document = items.get(id)?.document;
      return document ? (counties.get(document) ?? []) : [];
    },
    actorScope(id) {
      const cached = scopes.get(id);
      if (cached) return cached;
      const scope = new Map<string, ActorVia>([[id, { via: "self" }]]);
      // Predecessors at any depth; the checks have already refused cycles, but stay safe.
      for (const pending = [id]; pending.length > 0; ) {
        for (const relation of outgoing.get(pending.pop()!) ?? []) {
          if (relation.field === "predecessors" && !scope.has(relation.to)) {
            scope.set(relation.to, { via: "predecessor" });
            pending.push(relation.to);
          }
        }
      }
      // Units of any of them, at any depth.
      const pending = [...scope.keys()];
      while (pending.length > 0) {
        const current = pending.pop()!;
        for (const relation of incoming.get(current) ?? []) {
          if (relation.field === "parent" && relation.fromType === "actor" && !scope.has(relation.from)) {
            scope.set(relation.from, { via: "unit" });
            pending.push(relation.from);
          }
        }
      }
      for (const member of [...scope.keys()]) {
        for (const relation of incoming.get(member) ?? []) {
          if (relation.field === "members" && !scope.has(relation.from)) scope.set(relation.from, { via: "group" });
        }
      }
      scopes.set(id, scope);
      return scope;
    },
  };
  return graph;
}
