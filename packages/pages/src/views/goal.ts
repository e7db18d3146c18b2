// The goal page: the goal in its document's words, the goals above and below it, what serves it
// (measures, responsibilities, indicators), and the national goals it serves.
import { enumLabels } from "@styrdok/core";
import { capitalized } from "../format.ts";
import { type Link, linkTo } from "../link.ts";
import type { Site } from "../site.ts";
import { placeOf } from "../urls.ts";
import { type FrameworkLinkView, frameworkLinks } from "./framework-links.ts";

export interface GoalView {
  /** `tag` names the goal as its document does ("Mål 3", "MÅL 3", "Delmål"); `label` may shorten `text`. */
  goal: Link & { level: string; tag: string; text: string; variants: string[] };
  document: Link;
  place: string;
  parents: Link[];
  children: Link[];
  measures: Link[];
  indicators: Link[];
  responsibilities: Link[];
  frameworks: FrameworkLinkView[];
  /** The goal of an earlier revision that this one continues, and those of later ones that continue it. */
  continues: ContinuityLink[];
  continuedIn: ContinuityLink[];
  note?: string;
}

/** An item of another revision of the document, with the document it stands in. */
export type ContinuityLink = Link & { via: string };

/**
 * An item's history across revisions (`continues`), both ways: the item of an earlier document it
 * continues, and the items of later documents that continue it, each with its document.
 */
export function continuity(site: Site, id: string): { continues: ContinuityLink[]; continuedIn: ContinuityLink[] } {
  const { graph } = site;
  const withDocument = (other: string): ContinuityLink => ({ ...linkTo(graph, other), via: `i ${linkTo(graph, graph.get(other)!.document!).label}` });
  return {
    continues: graph
      .outgoing(id)
      .filter((relation) => relation.field === "continues")
      .map((relation) => withDocument(relation.to)),
    continuedIn: graph
      .incoming(id)
      .filter((relation) => relation.field === "continues")
      .map((relation) => withDocument(relation.from)),
  };
}

/** "Mål" and "3" → "Mål 3"; "Mål" and "MÅL 3" → "MÅL 3", not "Mål MÅL 3". */
function goalTag(level: string, label: string | undefined): string {
  if (!label) return level;
  return label.toLocaleLowerCase("sv").startsWith(level.toLocaleLowerCase("sv")) ? label : `${level} ${label}`;
}

export function goalView(site: Site, id: string): GoalView {
  const { graph } = site;
  const node = graph.getOf("goal", id)!;
  const goal = node.item;
  const parents: Link[] = [];
  for (let parent = goal.parent, seen = new Set<string>(); parent && !seen.has(parent); parent = graph.getOf("goal", parent)?.item.parent) {
    seen.add(parent);
    parents.unshift(linkTo(graph, parent));
  }
  const from = (field: string, type: string) =>
    graph
      .incoming(id)
      .filter((relation) => relation.field === field && relation.fromType === type)
      .map((relation) => linkTo(graph, relation.from));
  // What it serves nationally: its own links, else those of the goals above it.
  let frameworks = frameworkLinks(graph, id);
  for (const parent of [...parents].reverse()) {
    if (frameworks.length > 0) break;
    frameworks = frameworkLinks(graph, parent.id).map((link) => ({ ...link, via: parent }));
  }
  const level = capitalized(enumLabels.GoalLevel[goal.level].title);
  return {
    goal: { ...linkTo(graph, id), level, tag: goalTag(level, goal.label), text: goal.text, variants: (goal.variants ?? []).map((variant) => variant.text) },
    document: linkTo(graph, node.document!),
    place: placeOf(node),
    parents,
    children: from("parent", "goal"),
    measures: from("goals", "measure"),
    indicators: from("goals", "indicator"),
    responsibilities: from("goals", "responsibility"),
    frameworks,
    ...continuity(site, id),
    ...(goal.note ? { note: goal.note } : {}),
  };
}
