// The national and international goals an item names, as goal and measure pages list them.
import type { Graph } from "@styrdok/core";
import { type Link, linkTo } from "../link.ts";

export interface FrameworkLinkView {
  goal: Link;
  framework: Link;
  basis: "stated" | "inferred";
  /** The goal through which an item serves the framework goal, when it does not name it itself. */
  via?: Link;
}

/** The framework goals an item names itself. */
export function frameworkLinks(graph: Graph, id: string): FrameworkLinkView[] {
  return graph.outgoing(id).flatMap((relation) => {
    const goal = relation.field === "frameworkGoals.goal" ? graph.getOf("framework-goal", relation.to) : undefined;
    if (!goal) return [];
    return [{ goal: linkTo(graph, goal.id), framework: linkTo(graph, goal.item.framework), basis: relation.context?.basis === "inferred" ? "inferred" : "stated" }];
  });
}
