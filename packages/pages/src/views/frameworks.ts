// The national and international frameworks: the list of them, a framework with its goals
// compared county by county, and a framework goal with what serves it in each county.
import { type County, countyName, enumLabels, frameworkCoverage, type ServingItem } from "@styrdok/core";
import { counted } from "../format.ts";
import { type Link, linkTo } from "../link.ts";
import type { Site } from "../site.ts";
import { countiesWithDocuments } from "./counties.ts";

export function frameworkList(site: Site): Array<Link & { goals: Link[] }> {
  return site.graph.all("framework").map(({ item: framework }) => ({ ...linkTo(site.graph, framework.id), goals: framework.goals.map((goal) => linkTo(site.graph, goal.id)) }));
}

export interface FrameworkGoalView {
  goal: Link & { text: string; labelText: string; formerLabels: string[] };
  framework: Link;
  /** Side by side: one column per county that has documents, with what serves the goal there. */
  counties: Array<{
    county: County;
    name: string;
    /** Documents that say they serve the goal as a whole. */
    stating: Link[];
    goals: Array<Link & { via: string }>;
    measures: Array<Link & { via: string }>;
  }>;
}

/** How an item serves a framework goal: through a goal that does, or directly (as the source says, or inferred). */
const servingVia = (entry: Pick<ServingItem, "via" | "basis">) => (entry.via === "goal" ? "genom mål" : enumLabels.Basis[entry.basis === "inferred" ? "inferred" : "stated"].title);

export function frameworkGoalView(site: Site, id: string): FrameworkGoalView {
  const { graph } = site;
  const goal = graph.getOf("framework-goal", id)!.item;
  const coverage = frameworkCoverage(graph, goal.framework).find((entry) => entry.goal.id === id)!;
  const counties = [...new Set([...coverage.counties.keys(), ...coverage.countiesWithout])].sort((a, b) => countyName(a).localeCompare(countyName(b), "sv"));
  return {
    goal: { ...linkTo(graph, id), text: goal.text, labelText: goal.label, formerLabels: (goal.formerLabels ?? []).map((former) => `${former.label}${former.to ? ` (till ${former.to})` : ""}`) },
    framework: linkTo(graph, goal.framework),
    counties: counties.map((county) => {
      const bucket = coverage.counties.get(county);
      return {
        county,
        name: countyName(county),
        stating: [...(bucket?.stating ?? [])].map((document) => linkTo(graph, document)),
        goals: (bucket?.goals ?? []).map((entry) => ({ ...linkTo(graph, entry.item.id), via: servingVia(entry) })),
        measures: (bucket?.measures ?? []).map((entry) => ({ ...linkTo(graph, entry.item.id), via: servingVia(entry) })),
      };
    }),
  };
}

export interface FrameworkView {
  framework: Link & { note?: string };
  /** Documents that say they build on the framework, with the goals they name, if any. */
  documents: Array<{ document: Link; countyNames: string[]; goals: Link[]; inferred: boolean }>;
  /** The counties that have documents: the columns of the comparison. */
  counties: string[];
  /** Per goal and county, in the order of `counties`: what serves the goal there, in words ("" for nothing). */
  goals: Array<FrameworkGoalView["goal"] & { cells: string[] }>;
}

export function frameworkView(site: Site, id: string): FrameworkView {
  const framework = site.graph.getOf("framework", id)!.item;
  const counties = countiesWithDocuments(site);
  return {
    framework: { ...linkTo(site.graph, id), ...(framework.note ? { note: framework.note } : {}) },
    documents: site.graph.all("document").flatMap(({ item: document }) =>
      (document.frameworks ?? [])
        .filter((link) => link.framework === id)
        .map((link) => ({
          document: linkTo(site.graph, document.id),
          countyNames: document.counties.map(countyName),
          goals: (link.goals ?? []).map((goal) => linkTo(site.graph, goal)),
          inferred: link.basis === "inferred",
        })),
    ),
    counties: counties.map((county) => county.name),
    goals: framework.goals.map((goal) => {
      const view = frameworkGoalView(site, goal.id);
      const cells = counties.map(({ county }) => {
        const entry = view.counties.find((candidate) => candidate.county === county);
        if (!entry) return "";
        return [
          entry.stating.length > 0 ? counted(entry.stating.length, "dokument i sin helhet", "dokument i sin helhet") : "",
          entry.goals.length > 0 ? counted(entry.goals.length, "mål", "mål") : "",
          entry.measures.length > 0 ? counted(entry.measures.length, "åtgärd", "åtgärder") : "",
        ]
          .filter(Boolean)
          .join(", ");
      });
      return { ...view.goal, cells };
    }),
  };
}
