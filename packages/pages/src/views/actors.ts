// The actors page: every actor, grouped by kind, with how many items name it.
import { actorInvolvement, countyName, enumLabels } from "@styrdok/core";
import { capitalized } from "../format.ts";
import { byLabel, type Link, linkTo } from "../link.ts";
import type { Site } from "../site.ts";

export interface ActorGroup {
  kind: string;
  /** The id of the group's heading on the page. */
  anchor: string;
  actors: Array<Link & { counties: string[]; mentions: number }>;
}

/** Every actor, grouped by kind (kinds in alphabetical order), with how many items name it. */
export function actorList(site: Site): ActorGroup[] {
  const groups = new Map<string, ActorGroup>();
  for (const { item: actor } of site.graph.all("actor")) {
    const group = groups.get(actor.kind) ?? groups.set(actor.kind, { kind: capitalized(enumLabels.ActorKind[actor.kind].title), anchor: `slag-${actor.kind}`, actors: [] }).get(actor.kind)!;
    group.actors.push({
      ...linkTo(site.graph, actor.id),
      counties: (actor.counties ?? []).map(countyName),
      mentions: new Set(actorInvolvement(site.graph, actor.id).map((entry) => entry.relation.from)).size,
    });
  }
  return [...groups.values()].map((group) => ({ ...group, actors: group.actors.sort(byLabel) })).sort((a, b) => a.kind.localeCompare(b.kind, "sv"));
}
