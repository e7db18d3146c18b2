// Stage 6: the cross-reference graph. Every typed relation of the validated corpus, in both
// directions, computed once in memory. The CLI and the site read relations from here and
// never work them out themselves.
import type { Corpus, CorpusReference, Located, Origin } from "./model.ts";

export type ItemType =
  | "document"
  | "chapter"
  | "goal"
  | "measure"
  | "responsibility"
  | "indicator"
  | "definition"
  | "event"
  | "template"
  | "gap"
  | "source-error"
  | "actor"
  | "source"
  | "framework"
  | "framework-goal";

export interface GraphItem {
  id: string;
  type: ItemType;
  /** The item as the corpus holds it. */
  item: Located<{ id: string }>;
  /** The document the item belongs to (a document belongs to itself). */
  document?: string;
}

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
  get(id: string): GraphItem | undefined;
  /** Relations from the item to others. */
  outgoing(id: string): readonly Relation[];
  /** Relations from others to the item. */
  incoming(id: string): readonly Relation[];
  /** The counties of the document an item belongs to; empty for registry items. */
  countiesOf(id: string): readonly string[];
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

const collectionTypes: Array<[keyof Corpus, ItemType]> = [
  ["documents", "document"],
  ["chapters", "chapter"],
  ["goals", "goal"],
  ["measures", "measure"],
  ["responsibilities", "responsibility"],
  ["indicators", "indicator"],
  ["definitions", "definition"],
  ["events", "event"],
  ["templates", "template"],
  ["gaps", "gap"],
  ["sourceErrors", "source-error"],
  ["actors", "actor"],
  ["sources", "source"],
  ["frameworks", "framework"],
  ["frameworkGoals", "framework-goal"],
];

export function buildGraph(corpus: Corpus): Graph {
  const items = new Map<string, GraphItem>();
  for (const [collection, type] of collectionTypes) {
    for (const item of corpus[collection] as unknown as Array<Located<{ id: string }>>) {
      const document = type === "document" ? item.id : item.origin.document;
      items.set(item.id, { id: item.id, type, item, ...(document ? { document } : {}) });
    }
  }

  const relations: Relation[] = [];
  const add = (relation: Relation) => {
    if (items.has(relation.from) && items.has(relation.to)) relations.push(relation);
  };
  for (const reference of corpus.references) add(reference as CorpusReference & { fromType: ItemType; toType: ItemType });
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

  const counties = new Map(corpus.documents.map((document) => [document.id, document.counties as string[]]));
  const scopes = new Map<string, Map<string, ActorVia>>();

  const graph: Graph = {
    items,
    relations,
    get: (id) => items.get(id),
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
