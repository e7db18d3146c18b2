// `styrdok show <id>`: one item with its relations in both directions, grouped and counted.
// For an actor, also everything it (or its units, or a group it belongs to) is named in,
// by county and document. The grouping comes from @styrdok/core; this module only prints.
import {
  actorInvolvement,
  citationsOf,
  countyName,
  documentRelationLabel,
  fieldLabel,
  type Graph,
  type Involvement,
  isValueOf,
  type Lang,
  labelOf,
  type Relation,
  relationsOf,
  type StyrdokExport,
  typeName,
  typePlural,
} from "@styrdok/core";

const words = {
  sv: {
    outgoing: "Pekar på",
    incoming: "Pekas ut av",
    involvement: (n: number, documents: number, counties: number) => `Nämns i ${n} poster i ${documents} dokument i ${counties} län:`,
    noCounty: "Utan län (register)",
    via: { self: "", unit: "genom enheten", group: "genom gruppen", predecessor: "genom föregångaren" },
    citations: "Citeras för:",
    whole: "(hela källan)",
    nothing: "Inga relationer.",
  },
  en: {
    outgoing: "Points to",
    incoming: "Pointed to by",
    involvement: (n: number, documents: number, counties: number) => `Named in ${n} items in ${documents} documents in ${counties} counties:`,
    noCounty: "No county (registries)",
    via: { self: "", unit: "through the unit", group: "through the group", predecessor: "through the predecessor" },
    citations: "Cited for:",
    whole: "(the whole source)",
    nothing: "No relations.",
  },
};

function relationLabel(relation: Relation, direction: "out" | "in", lang: Lang): string {
  const documentRelation = relation.context?.relation;
  if (relation.field === "relations.document" && isValueOf("DocumentRelation", documentRelation)) return documentRelationLabel(documentRelation, direction, lang);
  return fieldLabel(relation.field, lang);
}

function line(graph: Graph, id: string): string {
  const item = graph.get(id)!;
  return `${id}  ${labelOf(item, 100)}`;
}

/** Groups by a label, keeping first-seen order. */
function byLabel<T>(values: T[], label: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const key = label(value);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(value);
  }
  return groups;
}

function involvementText(graph: Graph, involvement: Involvement[], lang: Lang): string[] {
  const out: string[] = [];
  const documents = new Set(involvement.map((entry) => entry.document).filter(Boolean));
  const counties = new Set(involvement.flatMap((entry) => entry.counties));
  out.push(words[lang].involvement(involvement.length, documents.size, counties.size));
  const byCounty = byLabel(involvement, (entry) => (entry.counties.length > 0 ? entry.counties.map(countyName).join(", ") : words[lang].noCounty));
  for (const [county, entries] of [...byCounty].sort(([a], [b]) => a.localeCompare(b, "sv"))) {
    out.push("", `${county} (${entries.length})`);
    for (const [document, inDocument] of byLabel(entries, (entry) => entry.document ?? "")) {
      if (document) out.push(`  ${line(graph, document)}`);
      const groups = byLabel(inDocument, (entry) => `${typePlural(entry.relation.fromType, lang)} – ${relationLabel(entry.relation, "in", lang)}`);
      for (const [label, grouped] of groups) {
        out.push(`    ${label} (${grouped.length})`);
        for (const entry of grouped) {
          const via = entry.via === "self" ? "" : `  [${words[lang].via[entry.via]} ${entry.actor}]`;
          out.push(`      ${line(graph, entry.relation.from)}${via}`);
        }
      }
    }
  }
  return out;
}

export function showText(graph: Graph, id: string, lang: Lang): string {
  const item = graph.get(id)!;
  const origin = item.item.origin;
  const out = [`${labelOf(item, 200)}`, `${typeName(item.type, lang)} · ${id} · ${origin.file}:${origin.line}`, ""];
  const { outgoing, incoming } = relationsOf(graph, id);

  if (item.type === "actor") {
    out.push(...involvementText(graph, actorInvolvement(graph, id), lang), "");
  }
  if (item.type === "source") {
    out.push(words[lang].citations);
    for (const [provision, relations] of citationsOf(graph, id)) {
      const documents = new Set(relations.map((relation) => graph.get(relation.from)!.document));
      out.push(`  ${provision || words[lang].whole} (${relations.length}, ${documents.size} dok.)`);
      for (const relation of relations) out.push(`    ${line(graph, relation.from)}`);
    }
    out.push("");
  }
  const section = (title: string, groups: ReturnType<typeof relationsOf>["outgoing"], direction: "out" | "in") => {
    if (groups.length === 0) return;
    out.push(title);
    for (const group of groups) {
      const label = direction === "out" ? relationLabel(group.relations[0]!, "out", lang) : `${typePlural(group.type, lang)} – ${relationLabel(group.relations[0]!, "in", lang)}`;
      out.push(`  ${label} (${group.relations.length})`);
      for (const relation of group.relations) out.push(`    ${line(graph, direction === "out" ? relation.to : relation.from)}`);
    }
    out.push("");
  };
  section(words[lang].outgoing, outgoing, "out");
  section(words[lang].incoming, incoming, "in");
  if (outgoing.length + incoming.length === 0) out.push(words[lang].nothing);
  return `${out.join("\n").trimEnd()}\n`;
}

function brief(graph: Graph, id: string) {
  const item = graph.get(id)!;
  return { id, type: item.type, label: labelOf(item, 200), ...(item.document ? { document: item.document } : {}) };
}

/** The item as the JSON export shows it (the public projection), with its relations. */
export function showJson(graph: Graph, data: StyrdokExport, id: string, lang: Lang): string {
  const item = graph.get(id)!;
  const exported = Object.values(data)
    .filter((value): value is Array<{ id?: unknown; type?: unknown }> => Array.isArray(value))
    .flat()
    .find((candidate) => candidate.id === id && candidate.type === item.type);
  const group = (groups: ReturnType<typeof relationsOf>["outgoing"], direction: "out" | "in") =>
    groups.map((entry) => ({
      field: entry.field,
      type: entry.type,
      label: relationLabel(entry.relations[0]!, direction, lang),
      count: entry.relations.length,
      items: entry.relations.map((relation) => ({ ...brief(graph, direction === "out" ? relation.to : relation.from), ...(relation.context ? { context: relation.context } : {}) })),
    }));
  const { outgoing, incoming } = relationsOf(graph, id);
  const result: Record<string, unknown> = { item: exported, outgoing: group(outgoing, "out"), incoming: group(incoming, "in") };
  if (item.type === "actor") {
    result.involvement = actorInvolvement(graph, id).map((entry) => ({
      ...brief(graph, entry.relation.from),
      field: entry.relation.field,
      actor: entry.actor,
      via: entry.via,
      counties: entry.counties,
    }));
  }
  if (item.type === "source") {
    result.citations = [...citationsOf(graph, id)].map(([provision, relations]) => ({
      provision,
      count: relations.length,
      items: relations.map((relation) => ({ ...brief(graph, relation.from), ...(relation.context ? { context: relation.context } : {}) })),
    }));
  }
  return `${JSON.stringify(result, null, 2)}\n`;
}
