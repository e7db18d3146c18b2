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
  involvementCounts,
  isValueOf,
  type Lang,
  labelOf,
  type Relation,
  relationsOf,
  type StyrdokExport,
  typeName,
  typePhrase,
  typePlural,
  type Validity,
  validityLabel,
  validityOf,
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
    status: (day: string) => `Status ${day}`,
    documentStatus: (day: string, document: string) => `Dokumentets status ${day} (${document})`,
    noDocument: (day: string, type: string) => `Status ${day}: ingen, ${typePhrase(type, "sv", "a")} hör inte till något dokument.`,
    since: (day: string) => `sedan ${day}`,
    until: (day: string) => `till och med ${day}`,
    period: "Giltighetstid",
    noPeriod: "anges inte",
    supersededBy: "Ersatt av",
    successorFrom: (day: string) => `gäller från ${day}`,
    successorUndated: "anger ingen startdag; räknas från dagen efter giltighetstidens slut",
    successorUnknown: "anger ingen startdag, och giltighetstiden inget slut: när det ersattes framgår inte",
    byStatus: (status: string) => `Grund: dokumentets angivna status (status: ${status}), eftersom datumen inget säger om dagen.`,
    byStatusReplaced: "Grund: dokumentets angivna status (status: superseded); vilket dokument som ersätter det finns inte här.",
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
    status: (day: string) => `Status on ${day}`,
    documentStatus: (day: string, document: string) => `Status of its document on ${day} (${document})`,
    noDocument: (day: string, type: string) => `Status on ${day}: none, ${typePhrase(type, "en", "a")} belongs to no document.`,
    since: (day: string) => `since ${day}`,
    until: (day: string) => `until ${day}`,
    period: "Period",
    noPeriod: "not given",
    supersededBy: "Superseded by",
    successorFrom: (day: string) => `in force from ${day}`,
    successorUndated: "gives no first day; counted from the day after this period's end",
    successorUnknown: "gives no first day, and this period no end: when it was superseded is not known",
    byStatus: (status: string) => `Basis: the document's stated status (status: ${status}), as its dates tell nothing of that day.`,
    byStatusReplaced: "Basis: the document's stated status (status: superseded); the document that replaces it is not here.",
  },
};

/** A document's status on a day in words, with why: its period, its successors and from when, or its typed status. */
function validityText(graph: Graph, validity: Validity, typed: string, heading: string, lang: Lang): string[] {
  const w = words[lang];
  const span = validity.since && validity.until ? `${validity.since} – ${validity.until}` : validity.since ? w.since(validity.since) : validity.until ? w.until(validity.until) : "";
  const out = [`${heading}: ${validityLabel(validity.state, lang)}${span ? ` (${span})` : ""}`];
  const period = validity.from || validity.to ? `${validity.from ?? "?"} – ${validity.to ?? "?"}` : w.noPeriod;
  out.push(`  ${w.period}: ${period}`);
  for (const successor of validity.supersededBy) {
    const when = successor.from ? w.successorFrom(successor.from) : validity.to ? w.successorUndated : w.successorUnknown;
    out.push(`  ${w.supersededBy}: ${line(graph, successor.document)} (${when})`);
  }
  // Superseded by its stated status alone: the content names no successor.
  if (validity.basis === "status") out.push(`  ${validity.state === "superseded" ? w.byStatusReplaced : w.byStatus(typed)}`);
  return out;
}

/** The status on a day of an item's document (the item itself when it is a document), as show prints it. */
function statusLines(graph: Graph, id: string, day: string, asked: boolean, lang: Lang): string[] {
  const item = graph.get(id)!;
  if (!item.document) return asked ? [words[lang].noDocument(day, item.type)] : [];
  const validity = validityOf(graph, item.document, day)!;
  const heading = item.type === "document" ? words[lang].status(day) : words[lang].documentStatus(day, item.document);
  return validityText(graph, validity, graph.getOf("document", item.document)!.item.status, heading, lang);
}

function relationLabel(relation: Relation, direction: "out" | "in", lang: Lang): string {
  const documentRelation = relation.context?.relation;
  if (relation.field === "relations.document" && isValueOf("DocumentRelation", documentRelation)) return documentRelationLabel(documentRelation, direction, lang);
  return fieldLabel(relation.field, lang, direction);
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
  const counts = involvementCounts(involvement);
  out.push(words[lang].involvement(counts.items, counts.documents, counts.counties));
  const byCounty = byLabel(involvement, (entry) => (entry.counties.length > 0 ? entry.counties.map(countyName).join(", ") : words[lang].noCounty));
  for (const [county, entries] of [...byCounty].sort(([a], [b]) => a.localeCompare(b, "sv"))) {
    out.push("", `${county} (${involvementCounts(entries).items})`);
    for (const [document, inDocument] of byLabel(entries, (entry) => entry.document ?? "")) {
      if (document) out.push(`  ${line(graph, document)}`);
      const groups = byLabel(inDocument, (entry) => `${typePlural(entry.relation.fromType, lang)} – ${relationLabel(entry.relation, "in", lang)}`);
      for (const [label, all] of groups) {
        // An item that names the actor in several ways is one entry, shown by the first way (itself before a unit, group or predecessor), as on the site.
        const grouped = all.filter((entry, index) => all.findIndex((other) => other.relation.from === entry.relation.from) === index);
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

/** The day a document's status is judged by: the one asked for (`--as-of`), or today. */
export interface StatusDay {
  day: string;
  asked: boolean;
}

export function showText(graph: Graph, id: string, lang: Lang, status: StatusDay): string {
  const item = graph.get(id)!;
  const origin = item.item.origin;
  const out = [`${labelOf(item, 200)}`, `${typeName(item.type, lang)} · ${id} · ${origin.file}:${origin.line}`, ""];
  const validity = statusLines(graph, id, status.day, status.asked, lang);
  if (validity.length > 0) out.push(...validity, "");
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
export function showJson(graph: Graph, data: StyrdokExport, id: string, lang: Lang, status: StatusDay): string {
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
  if (item.document) {
    const validity = validityOf(graph, item.document, status.day)!;
    result.validity = {
      date: status.day,
      document: item.document,
      state: validity.state,
      label: validityLabel(validity.state, lang),
      since: validity.since ?? null,
      until: validity.until ?? null,
      from: validity.from ?? null,
      to: validity.to ?? null,
      basis: validity.basis,
      supersededBy: validity.supersededBy.map((successor) => ({ ...brief(graph, successor.document), from: successor.from ?? null })),
    };
  } else if (status.asked) result.validity = null;
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
