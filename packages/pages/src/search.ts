// The search index's records, computed from the model: one per chapter of each document, one
// per goal, measure, responsibility, indicator and definition (so that a result leads to the
// item itself, not only its page), and one per actor, source and framework goal. Each record
// carries the filters readers narrow by: county, kind of document, actor, national goal,
// validity. Compounds get their parts as extra words (see decompound.ts). Records of actors,
// sources and frameworks hold their names only, not the editors' notes: a short record ranks
// first when a reader types its name or abbreviation ("SoL").
import { countyName, frameworkCoverage, type Graph, labelOf, typeName, validityOf, validityWords } from "@styrdok/core";
import { Decompounder } from "./decompound.ts";
import { capitalized, labelFor } from "./format.ts";
import { COMPOUND_PARTS_LABEL } from "./search-words.ts";
import type { Site } from "./site.ts";
import { pathOf } from "./urls.ts";

export interface SearchRecord {
  /** The item's path from the site's root: Pagefind puts the site's base in front, as for its pages. */
  url: string;
  content: string;
  language: "sv";
  /** The result's title; it names the item's type, since a hit can be a goal, an actor or a chapter. */
  meta: { title: string };
  filters: Record<string, string[]>;
}

const filterNames = { county: "Län", kind: "Dokumentslag", actor: "Aktör", nationalGoal: "Nationellt mål", validity: "Giltighet" } as const;

/** The framework whose goals the "national goal" filter offers. */
const NATIONAL_STRATEGY = "nationell-strategi-2017-2026";

/**
 * The national goals each item serves (by its own link or through the goals it serves), and the
 * ones each document says it serves as a whole (keyed "document:<id>").
 */
function nationalGoalNames(site: Site): Map<string, Set<string>> {
  const byItem = new Map<string, Set<string>>();
  const add = (key: string, name: string) => (byItem.get(key) ?? byItem.set(key, new Set()).get(key)!).add(name);
  if (!site.graph.get(NATIONAL_STRATEGY)) return byItem;
  for (const coverage of frameworkCoverage(site.graph, NATIONAL_STRATEGY)) {
    const goal = coverage.goal.item;
    const name = `Mål ${goal.label}: ${goal.text}`;
    for (const bucket of coverage.counties.values()) {
      for (const entry of [...bucket.goals, ...bucket.measures]) add(entry.item.id, name);
      for (const document of bucket.stating) add(`document:${document}`, name);
    }
  }
  return byItem;
}

/** Actors an item names, by name; a group stands for its members, so filtering by a member finds it. */
function actorNames(graph: Graph, id: string): string[] {
  const names = new Set<string>();
  const add = (actorId: string, depth: number) => {
    const actor = graph.get(actorId)!;
    const members = graph.outgoing(actorId).filter((relation) => relation.field === "members");
    if (members.length === 0 || depth > 2) names.add(labelOf(actor, 200));
    else for (const member of members) add(member.to, depth + 1);
  };
  for (const relation of graph.outgoing(id)) {
    if (relation.toType === "actor" && relation.field !== "parent" && relation.field !== "members") add(relation.to, 0);
  }
  return [...names];
}

export function searchRecords(site: Site): SearchRecord[] {
  const { graph } = site;
  const vocabulary = new Set(graph.all("chapter").flatMap((chapter) => chapter.item.text.toLowerCase().match(/[a-zåäöéü]{3,}/g) ?? []));
  const decompounder = new Decompounder(vocabulary);
  const withParts = (text: string) => {
    const parts = decompounder.partsOfText(text);
    // Labelled, because a hit on a part shows the parts in its excerpt.
    return parts.length > 0 ? `${text}\n\n${COMPOUND_PARTS_LABEL} ${parts.join(" ")}` : text;
  };
  const national = nationalGoalNames(site);
  const documentFilters = (documentId: string) => {
    const document = graph.getOf("document", documentId)!.item;
    return {
      [filterNames.county]: document.counties.map(countyName),
      [filterNames.kind]: [labelFor("DocumentKind", document.kind)],
      [filterNames.validity]: [capitalized(validityWords[validityOf(graph, documentId, site.today)!.state])],
    };
  };
  const records: SearchRecord[] = [];
  const documentCounties = new Set(graph.all("document").flatMap((document) => document.item.counties));

  for (const { item: document } of graph.all("document")) {
    const filters = documentFilters(document.id);
    const goals = [...(national.get(`document:${document.id}`) ?? [])];
    if (document.chapters.length === 0) {
      records.push({
        url: pathOf(graph.get(document.id)!),
        content: withParts([document.title, ...(document.alternativeTitles ?? []), document.textNote ?? ""].join("\n")),
        language: "sv",
        meta: { title: document.title },
        filters: { ...filters, [filterNames.nationalGoal]: goals },
      });
    }
    for (const chapter of document.chapters) {
      const items = graph
        .incoming(chapter.id)
        .filter((relation) => relation.field === "chapter")
        .map((relation) => relation.from);
      const actors = [...new Set(items.flatMap((item) => actorNames(graph, item)))];
      const chapterGoals = items.flatMap((item) => [...(national.get(item) ?? [])]);
      records.push({
        url: pathOf(graph.get(chapter.id)!),
        content: withParts(`${chapter.title}\n\n${chapter.text}`),
        language: "sv",
        meta: { title: `${document.title} – ${chapter.title}` },
        filters: { ...filters, [filterNames.actor]: actors, [filterNames.nationalGoal]: [...new Set([...goals, ...chapterGoals])] },
      });
    }
  }

  const items = [...graph.all("goal"), ...graph.all("measure"), ...graph.all("responsibility"), ...graph.all("indicator"), ...graph.all("definition")];
  for (const node of items) {
    const text = node.type === "definition" ? `${node.item.term}: ${node.item.text}` : node.item.text;
    records.push({
      url: pathOf(node),
      content: withParts(text),
      language: "sv",
      meta: { title: `${capitalized(typeName(node.type, "sv"))}: ${labelOf(node, 90)}` },
      filters: { ...documentFilters(node.document!), [filterNames.actor]: actorNames(graph, node.id), [filterNames.nationalGoal]: [...(national.get(node.id) ?? [])] },
    });
  }

  for (const node of graph.all("actor")) {
    const actor = node.item;
    records.push({
      url: pathOf(node),
      content: withParts([actor.name, actor.shortName ?? "", ...(actor.aliases ?? []), ...(actor.formerNames ?? []).map((former) => former.name)].join("\n")),
      language: "sv",
      meta: { title: `Aktör: ${actor.name}` },
      // Only counties that have documents: the county filter should offer nothing that finds no document.
      filters: { [filterNames.county]: (actor.counties ?? []).filter((county) => documentCounties.has(county)).map(countyName) },
    });
  }
  for (const node of graph.all("source")) {
    const source = node.item;
    records.push({
      url: pathOf(node),
      content: withParts([source.title, source.abbreviation ?? "", source.number ?? ""].join("\n")),
      language: "sv",
      meta: { title: `Källa: ${source.title}` },
      filters: {},
    });
  }
  for (const node of graph.all("framework")) {
    const framework = node.item;
    records.push({
      url: pathOf(node),
      content: withParts([framework.name, framework.shortName ?? ""].join("\n")),
      language: "sv",
      meta: { title: `Ramverk: ${framework.shortName ?? framework.name}` },
      filters: {},
    });
  }
  for (const node of graph.all("framework-goal")) {
    const goal = node.item;
    records.push({
      url: pathOf(node),
      content: withParts(`${goal.label}: ${goal.text}`),
      language: "sv",
      meta: { title: `${labelOf(graph.get(goal.framework)!, 60)}, ${goal.label}: ${goal.text}` },
      filters: {},
    });
  }
  return records;
}
