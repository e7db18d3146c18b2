// The search index's records, computed from the model: one per chapter of each document, one
// per goal, measure, responsibility, indicator and definition (so that a result leads to the
// item itself, not only its page), and one per actor, source and framework goal. Each record
// carries the filters readers narrow by: county, kind of document, actor, national goal,
// validity. Compounds get their parts as extra words (see decompound.ts). Records of actors,
// sources and frameworks hold their names only, not the editors' notes; the search page puts an
// item first when the query is one of its names (`searchIndexInput`'s `named`), since Pagefind
// ranks a prefix ("Solna" for "SoL") like the name itself.
import { countyName, frameworkCoverage, type Graph, labelOf, validityOf, validityWords } from "@styrdok/core";
import { Decompounder } from "@styrdok/swedish";
import { capitalized, labelFor } from "./format.ts";
import { type NamedItem, queryWords } from "./search-query.ts";
import { COMPOUND_PARTS_LABEL, SEARCH_FILTER_NAMES, SEARCH_KIND_HEADINGS, type SearchKind } from "./search-words.ts";
import type { Site } from "./site.ts";
import { pathOf } from "./urls.ts";

export interface SearchRecord {
  /** The item's path from the site's root: Pagefind puts the site's base in front, as for its pages. */
  url: string;
  content: string;
  language: "sv";
  meta: SearchMeta;
  filters: Record<string, string[]>;
}

/**
 * What a result shows besides its excerpt, and what finds it: `names` holds an item's names,
 * short names, abbreviations and aliases, which Pagefind searches as metadata and from which
 * `searchIndexInput` lists the items the search page puts first ("Brå", "SoL").
 */
export interface SearchMeta {
  /** The item's own title or text, without its kind: the search page groups results by kind. */
  title: string;
  kind: SearchKind;
  /** The document the item belongs to, for everything inside one. */
  document?: string;
  /** The counties of that document, or an actor's, joined with ", ". */
  county?: string;
  names?: string;
}

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

/** Names joined for the `names` field; none gives no field. */
function names(...values: Array<string | undefined>): { names?: string } {
  const kept = [...new Set(values.filter((value): value is string => Boolean(value?.trim())))];
  return kept.length > 0 ? { names: kept.join(NAME_SEPARATOR) } : {};
}

const NAME_SEPARATOR = "; ";

/** What the search index is built from: its records, the items by name, and its vocabulary. */
export interface SearchIndexInput {
  records: SearchRecord[];
  /** Every item with names, for the search page to put an exact name first. */
  named: NamedItem[];
  /** Every word of the records, most frequent first: the search page's "Menade du …?" draws on it. */
  vocabulary: string[];
}

export function searchIndexInput(site: Site): SearchIndexInput {
  const records = searchRecords(site);
  const named = records.flatMap(({ url, meta }) => {
    if (!meta.names) return [];
    const { names: joined, title, kind, document, county } = meta;
    return [{ names: joined.split(NAME_SEPARATOR), url, title, kind, ...(document ? { document } : {}), ...(county ? { county } : {}) }];
  });
  // When one name is several items' ("SoL" is a source and a defined term), the organisation or the act comes first.
  const priority: SearchKind[] = ["actor", "source", "framework", "document", "definition"];
  named.sort((a, b) => priority.indexOf(a.kind as SearchKind) - priority.indexOf(b.kind as SearchKind));
  const label = COMPOUND_PARTS_LABEL.toLowerCase().replace(/\W/g, "");
  const counts = new Map<string, number>();
  for (const record of records) for (const word of queryWords(record.content)) if (/\p{L}/u.test(word) && word !== label) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vocabulary = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);
  return { records, named, vocabulary };
}

export function searchRecords(site: Site): SearchRecord[] {
  const { graph } = site;
  // The content's own words as it writes them in lower case (so not names), and not the first
  // halves of "arbets- och …", which are no words.
  const vocabulary = new Set(graph.all("chapter").flatMap((chapter) => chapter.item.text.match(/(?<![A-ZÅÄÖÉÜa-zåäöéü])[a-zåäöéü]{3,}(?![-‐A-ZÅÄÖÉÜa-zåäöéü])/g) ?? []));
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
      [SEARCH_FILTER_NAMES.county]: document.counties.map(countyName),
      [SEARCH_FILTER_NAMES.kind]: [labelFor("DocumentKind", document.kind)],
      [SEARCH_FILTER_NAMES.validity]: [capitalized(validityWords[validityOf(graph, documentId, site.today)!.state])],
    };
  };
  const documentMeta = (documentId: string) => {
    const document = graph.getOf("document", documentId)!.item;
    return { document: document.title, county: document.counties.map(countyName).join(", ") };
  };
  const records: SearchRecord[] = [];
  const record = (url: string, content: string, meta: SearchMeta, filters: Record<string, string[]> = {}) =>
    records.push({ url, content: withParts(content), language: "sv", meta, filters: { ...filters, [SEARCH_FILTER_NAMES.type]: [SEARCH_KIND_HEADINGS[meta.kind]] } });
  const documentCounties = new Set(graph.all("document").flatMap((document) => document.item.counties));

  for (const { item: document } of graph.all("document")) {
    const filters = documentFilters(document.id);
    const goals = [...(national.get(`document:${document.id}`) ?? [])];
    const meta = { kind: "document", ...documentMeta(document.id), ...names(document.title, ...(document.alternativeTitles ?? [])) } as const;
    if (document.chapters.length === 0) {
      record(
        pathOf(graph.get(document.id)!),
        [document.title, ...(document.alternativeTitles ?? []), document.textNote ?? ""].join("\n"),
        { ...meta, title: document.title },
        { ...filters, [SEARCH_FILTER_NAMES.nationalGoal]: goals },
      );
    }
    for (const [index, chapter] of document.chapters.entries()) {
      const items = graph
        .incoming(chapter.id)
        .filter((relation) => relation.field === "chapter")
        .map((relation) => relation.from);
      const actors = [...new Set(items.flatMap((item) => actorNames(graph, item)))];
      const chapterGoals = items.flatMap((item) => [...(national.get(item) ?? [])]);
      // The document's names rank its first chapter, the one a reader who types its title wants.
      const chapterMeta = index === 0 ? meta : { kind: meta.kind, document: meta.document, county: meta.county };
      record(
        pathOf(graph.get(chapter.id)!),
        `${chapter.title}\n\n${chapter.text}`,
        { ...chapterMeta, title: chapter.title },
        {
          ...filters,
          [SEARCH_FILTER_NAMES.actor]: actors,
          [SEARCH_FILTER_NAMES.nationalGoal]: [...new Set([...goals, ...chapterGoals])],
        },
      );
    }
  }

  const items = [...graph.all("goal"), ...graph.all("measure"), ...graph.all("responsibility"), ...graph.all("indicator"), ...graph.all("definition")];
  for (const node of items) {
    const text = node.type === "definition" ? `${node.item.term}: ${node.item.text}` : node.item.text;
    const meta: SearchMeta = { title: labelOf(node, 90), kind: node.type as SearchKind, ...documentMeta(node.document!), ...(node.type === "definition" ? names(node.item.term) : {}) };
    record(pathOf(node), text, meta, {
      ...documentFilters(node.document!),
      [SEARCH_FILTER_NAMES.actor]: actorNames(graph, node.id),
      [SEARCH_FILTER_NAMES.nationalGoal]: [...(national.get(node.id) ?? [])],
    });
  }

  for (const node of graph.all("actor")) {
    const actor = node.item;
    // Only counties that have documents: the county filter should offer nothing that finds no document.
    const counties = (actor.counties ?? []).filter((county) => documentCounties.has(county)).map(countyName);
    const formerNames = (actor.formerNames ?? []).map((former) => former.name);
    record(
      pathOf(node),
      [actor.name, actor.shortName ?? "", ...(actor.aliases ?? []), ...formerNames].join("\n"),
      { title: actor.name, kind: "actor", ...(counties.length > 0 ? { county: counties.join(", ") } : {}), ...names(actor.name, actor.shortName, ...(actor.aliases ?? []), ...formerNames) },
      { [SEARCH_FILTER_NAMES.county]: counties },
    );
  }
  for (const node of graph.all("source")) {
    const source = node.item;
    record(pathOf(node), [source.title, source.abbreviation ?? "", source.number ?? ""].join("\n"), {
      title: source.title,
      kind: "source",
      ...names(source.abbreviation, source.number, source.title),
    });
  }
  for (const node of graph.all("framework")) {
    const framework = node.item;
    record(pathOf(node), [framework.name, framework.shortName ?? ""].join("\n"), { title: framework.name, kind: "framework", ...names(framework.shortName, framework.name) });
  }
  for (const node of graph.all("framework-goal")) {
    const goal = node.item;
    record(pathOf(node), `${goal.label}: ${goal.text}`, { title: `${goal.label}: ${goal.text}`, kind: "framework-goal", document: labelOf(graph.get(goal.framework)!, 60) });
  }
  return records;
}
