// The actor page: the actor, its units, groups, predecessors and successors, and everything
// that names it (or its units, groups or predecessors) in every document, by county.
import { actorInvolvement, type County, countyName, enumLabels, involvementCounts, labelOf, type Relation, typePlural } from "@styrdok/core";
import { capitalized } from "../format.ts";
import { byLabel, type Link, linkTo } from "../link.ts";
import type { Site } from "../site.ts";
import { siteUrl } from "../urls.ts";

export interface ActorView {
  actor: Link & { kind: string; counties: string[]; aliases: string[]; formerNames: string[]; established?: string; dissolved?: string; note?: string; website?: string };
  parent?: Link;
  units: Link[];
  members: Link[];
  groups: Link[];
  predecessors: Link[];
  successors: Link[];
  /** Everything that names the actor (or its units, groups, predecessors), by county, then document. */
  counties: Array<{ county: County | ""; name: string; documents: Array<{ document: Link; groups: Array<{ label: string; items: Array<Link & { via?: string }> }> }> }>;
  total: number;
  documentCount: number;
  countyCount: number;
}

const viaNames: Record<string, string> = { unit: "genom enheten", group: "genom gruppen", predecessor: "genom föregångaren" };

const involvementLabels: Record<string, string> = {
  "responsibility:actor": "Ansvar",
  "measure:responsible": "Åtgärder som aktören ansvarar för",
  "measure:partners": "Åtgärder där aktören samverkar",
  "document:parties.actor": "Part i dokumentet",
  "document:signatures.actor": "Har undertecknat",
  "document:contributors.actor": "Medverkande",
  "document:source.publisher": "Utgivare",
  "event:actors": "Händelser",
  "chapter:mentions": "Nämns i texten",
};

function involvementLabel(relation: Relation): string {
  return involvementLabels[`${relation.fromType}:${relation.field}`] ?? capitalized(typePlural(relation.fromType, "sv"));
}

export function actorView(site: Site, id: string): ActorView {
  const { graph } = site;
  const actor = graph.getOf("actor", id)!.item;
  const involvement = actorInvolvement(graph, id);
  const counts = involvementCounts(involvement);
  const counties = new Map<County | "", Map<string, Map<string, Array<Link & { via?: string }>>>>();
  for (const entry of involvement) {
    const keys: ReadonlyArray<County | ""> = entry.counties.length > 0 ? entry.counties : [""];
    for (const county of keys) {
      const documents = counties.get(county) ?? counties.set(county, new Map()).get(county)!;
      const groups = documents.get(entry.document ?? "") ?? documents.set(entry.document ?? "", new Map()).get(entry.document ?? "")!;
      const label = involvementLabel(entry.relation);
      const items = groups.get(label) ?? groups.set(label, []).get(label)!;
      const link = linkTo(graph, entry.relation.from);
      if (!items.some((item) => item.id === link.id)) items.push({ ...link, ...(entry.via !== "self" ? { via: `${viaNames[entry.via]} ${labelOf(graph.get(entry.actor)!, 60)}` } : {}) });
    }
  }
  // Actors that name this one, in the registry's order.
  const namedBy = (field: string) =>
    graph
      .incoming(id)
      .filter((relation) => relation.field === field && relation.fromType === "actor")
      .map((relation) => linkTo(graph, relation.from));
  return {
    actor: {
      ...linkTo(graph, id),
      kind: capitalized(enumLabels.ActorKind[actor.kind].title),
      counties: (actor.counties ?? []).map(countyName),
      // "Polisen" and "polisen" are one name to a reader.
      aliases: [...new Map((actor.aliases ?? []).map((alias) => [alias.toLocaleLowerCase("sv"), alias])).values()].filter(
        (alias) => alias.toLocaleLowerCase("sv") !== actor.name.toLocaleLowerCase("sv"),
      ),
      formerNames: (actor.formerNames ?? []).map((former) => `${former.name}${former.from || former.to ? ` (${former.from ?? ""}–${former.to ?? ""})` : ""}`),
      ...(actor.established ? { established: actor.established } : {}),
      ...(actor.dissolved ? { dissolved: actor.dissolved } : {}),
      ...(actor.note ? { note: actor.note } : {}),
      ...(actor.url ? { website: actor.url } : {}),
    },
    ...(actor.parent ? { parent: linkTo(graph, actor.parent) } : {}),
    units: namedBy("parent").sort(byLabel),
    members: (actor.members ?? []).map((member) => linkTo(graph, member)).sort(byLabel),
    groups: namedBy("members").sort(byLabel),
    predecessors: (actor.predecessors ?? []).map((predecessor) => linkTo(graph, predecessor)),
    successors: namedBy("predecessors"),
    counties: [...counties]
      .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : countyName(a).localeCompare(countyName(b), "sv")))
      .map(([county, documents]) => ({
        county,
        name: county ? countyName(county) : "Utan län",
        documents: [...documents].map(([document, groups]) => ({
          document: document ? linkTo(graph, document) : { id: "", type: "", typeLabel: "", label: "Register", url: siteUrl("/aktorer/") },
          groups: [...groups].map(([label, items]) => ({ label, items })),
        })),
      })),
    total: counts.items,
    documentCount: counts.documents,
    countyCount: counts.counties,
  };
}
