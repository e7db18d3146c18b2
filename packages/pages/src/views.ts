// Page models: what each page of the site shows, computed from the model and its graph. The
// Astro pages only lay these out; every decision about content lives here, typed and tested.
import {
  actorInvolvement,
  citationsOf,
  countyName,
  documentRelationLabel,
  type ExportDocument,
  frameworkCoverage,
  type Graph,
  type GraphItem,
  labelOf,
  provisionLabel,
  type Relation,
  typeName,
  typePlural,
} from "@styrdok/core";
import { dirname } from "node:path";
import { chartOf, type Chart } from "./chart.ts";
import { capitalized, counted, periodText, units } from "./format.ts";
import type { Site } from "./load.ts";
import { renderChapter } from "./render.ts";
import { countyUrl, placeOf, urlOf } from "./urls.ts";

export interface Link {
  id: string;
  type: string;
  /** The item's type in Swedish, e.g. "mål". */
  typeLabel: string;
  label: string;
  url: string;
}

export function linkTo(graph: Graph, id: string, length = 160): Link {
  const item = graph.get(id);
  // The content is validated before any page is built, so this is a bug in the site, not in the content.
  if (!item) throw new Error(`No item with the id ${id}`);
  return { id, type: item.type, typeLabel: typeName(item.type, "sv"), label: labelOf(item, length), url: urlOf(item) };
}

function data<T>(item: GraphItem | undefined): T {
  return item!.item as unknown as T;
}

function byLabel(a: Link, b: Link): number {
  return a.label.localeCompare(b.label, "sv");
}

// --- Documents ---------------------------------------------------------------------------

export const documentKinds: Record<string, string> = { strategy: "Strategi", "action-plan": "Handlingsplan", agreement: "Överenskommelse", report: "Rapport" };
export const statusNames: Record<string, string> = { "in-force": "Gällande", expired: "Har upphört", superseded: "Ersatt", draft: "Utkast", unknown: "Okänd" };

/** The last day a partial date covers, or its first, for comparing periods with today. */
function dayOf(date: string, end: boolean): string {
  if (date.length === 4) return end ? `${date}-12-31` : `${date}-01-01`;
  if (date.length === 7) return end ? `${date}-31` : `${date}-01`;
  return date;
}

/**
 * Whether a document is in force on a day: its status says so and its validity has not ended. A
 * document that another document supersedes has ended, whatever its own record says.
 */
export function validityOf(document: { status: string; validity?: { from?: string; to?: string }; supersededBy?: string[] }, today: string): "in-force" | "ended" | "unknown" {
  const to = document.validity?.to;
  if (document.status === "expired" || document.status === "superseded" || (document.supersededBy ?? []).length > 0) return "ended";
  if (to && dayOf(to, true) < today) return "ended";
  if (document.status === "in-force") return "in-force";
  return "unknown";
}
export const validityNames = { "in-force": "Gällande", ended: "Upphört", unknown: "Okänd giltighet" } as const;

export interface DocumentSummary extends Link {
  kind: string;
  counties: string[];
  /** The counties' names, e.g. "Dalarnas län". */
  countyNames: string[];
  period: string;
  status: string;
  validity: keyof typeof validityNames;
  encoded: boolean;
  from?: string;
  to?: string;
}

export function documentSummary(site: Site, id: string): DocumentSummary {
  const document = site.data.documents.find((candidate) => candidate.id === id)!;
  return {
    ...linkTo(site.graph, id),
    kind: documentKinds[document.kind]!,
    counties: document.counties,
    countyNames: document.counties.map(countyName),
    period: periodText(document.validity),
    // A record that does not know its status, but is superseded by another document, is "Ersatt".
    status: statusNames[document.status === "unknown" && document.supersededBy.length > 0 ? "superseded" : document.status]!,
    validity: validityOf(document, site.today),
    encoded: document.textAvailability !== "none",
    ...(document.validity?.from ? { from: document.validity.from } : {}),
    ...(document.validity?.to ? { to: document.validity.to } : {}),
  };
}

export function documentList(site: Site): DocumentSummary[] {
  // Oldest first; a document without a known start comes last.
  return site.data.documents.map((document) => documentSummary(site, document.id)).sort((a, b) => (a.from ?? "9999").localeCompare(b.from ?? "9999") || byLabel(a, b));
}

export interface Lineage {
  label: string;
  document: Link;
  basis: string;
  text?: string;
}

export interface ChapterView {
  id: string;
  title: string;
  label?: string;
  html: string;
  gaps: Array<{ id: string; kind: string; description: string; location?: string; sourceText?: string }>;
  sourceErrors: Array<{ id: string; kind: string; original: string; correction?: string; conflictsWith?: string; note?: string }>;
}

export interface Matrix {
  goals: Link[];
  rows: Array<{ actor: Link; cells: number[] }>;
}

const gapKinds: Record<string, string> = {
  cover: "omslag",
  "title-page": "titelsida",
  colophon: "kolofon",
  "table-of-contents": "innehållsförteckning",
  table: "tabell",
  figure: "figur",
  image: "bild",
  signatures: "underskrifter",
  appendix: "bilaga",
  footnote: "fotnot",
  page: "sida",
  text: "text",
  other: "annat",
};
const roleNames: Record<string, string> = {
  party: "part",
  signatory: "undertecknare",
  publisher: "utgivare",
  author: "författare",
  commissioner: "uppdragsgivare",
  principal: "huvudman",
  convener: "sammankallande",
  member: "deltagare",
  reference: "referens",
  consulted: "konsulterad",
};
const dateKinds: Record<string, string> = {
  adopted: "Antaget",
  decided: "Beslut",
  commissioned: "Uppdrag",
  recommended: "Rekommendation",
  approved: "Godkänt",
  signed: "Undertecknat",
  dated: "Daterat",
  published: "Publicerat",
  "in-force": "Träder i kraft",
  revised: "Reviderat",
};

function gapViews(site: Site, documentId: string, chapterId: string | null) {
  return site.data.gaps
    .filter((gap) => gap.document === documentId && gap.chapter === chapterId)
    .map((gap) => ({ id: gap.id, kind: gapKinds[gap.kind] ?? gap.kind, description: gap.description, ...(gap.location ? { location: gap.location } : {}), ...(gap.sourceText ? { sourceText: gap.sourceText } : {}) }));
}

function sourceErrorViews(site: Site, documentId: string, chapterId: string | null) {
  return site.data.sourceErrors
    .filter((error) => error.document === documentId && error.chapter === chapterId)
    .map((error) => ({
      id: error.id,
      kind: error.kind,
      original: error.original,
      ...(error.correction ? { correction: error.correction } : {}),
      ...(error.conflictsWith ? { conflictsWith: error.conflictsWith } : {}),
      ...(error.note ? { note: error.note } : {}),
    }));
}

/** Actors × goals of a document: how many of its measures and responsibilities join each pair. */
function responsibilityMatrix(site: Site, documentId: string): Matrix | undefined {
  const pairs = new Map<string, Map<string, number>>();
  const add = (actor: string, goal: string) => {
    const row = pairs.get(actor) ?? pairs.set(actor, new Map()).get(actor)!;
    row.set(goal, (row.get(goal) ?? 0) + 1);
  };
  for (const measure of site.data.measures.filter((candidate) => candidate.document === documentId)) {
    for (const actor of [...measure.responsible, ...measure.partners]) for (const goal of measure.goals) add(actor, goal);
  }
  for (const responsibility of site.data.responsibilities.filter((candidate) => candidate.document === documentId)) {
    for (const goal of responsibility.goals) add(responsibility.actor, goal);
  }
  const goalIds = [...new Set([...pairs.values()].flatMap((row) => [...row.keys()]))];
  if (pairs.size === 0 || goalIds.length === 0) return undefined;
  const order = new Map(site.data.goals.filter((goal) => goal.document === documentId).map((goal, index) => [goal.id, index]));
  goalIds.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  const goals = goalIds.map((id) => linkTo(site.graph, id, 60));
  const rows = [...pairs].map(([actor, row]) => ({ actor: linkTo(site.graph, actor), cells: goalIds.map((goal) => row.get(goal) ?? 0) })).sort((a, b) => byLabel(a.actor, b.actor));
  return { goals, rows };
}

export interface DocumentView {
  summary: DocumentSummary;
  /** One line about the document, for its page's description. */
  description: string;
  document: ExportDocument;
  parties: Array<{ actor: Link; roles: string; inferred: boolean; label?: string }>;
  signatures: Array<{ name: string; role?: string; actor?: Link; date?: string; place?: string }>;
  dates: Array<{ kind: string; date?: string; actor?: Link; place?: string; text?: string }>;
  lineage: Lineage[];
  frameworks: Array<{ framework: Link; goals: Link[]; basis: string }>;
  publisher?: Link;
  chapters: ChapterView[];
  gaps: ChapterView["gaps"];
  sourceErrors: ChapterView["sourceErrors"];
  matrix?: Matrix;
  /** What the document holds, e.g. "8 mål, 1 indikator". */
  counts: string;
}

export function documentView(site: Site, id: string): DocumentView {
  const { graph } = site;
  const document = site.data.documents.find((candidate) => candidate.id === id)!;
  const lineage: Lineage[] = [
    ...(document.relations ?? []).map((relation) => ({ label: documentRelationLabel(relation.relation, "out", "sv"), document: linkTo(graph, relation.document), basis: relation.basis, ...(relation.text ? { text: relation.text } : {}) })),
    ...graph
      .incoming(id)
      .filter((relation) => relation.field === "relations.document")
      .map((relation) => ({
        label: documentRelationLabel(String(relation.context?.relation), "in", "sv"),
        document: linkTo(graph, relation.from),
        basis: String(relation.context?.basis ?? ""),
      })),
  ];
  const itemsOf = (type: string) => graph.incoming(id).filter((relation) => relation.field === "document" && relation.fromType === type).length;
  const chapters = (site.corpus.documents.find((candidate) => candidate.id === id)?.chapters ?? []).map((chapter) => ({
    id: chapter.id,
    title: chapter.title,
    ...(chapter.label ? { label: chapter.label } : {}),
    html: renderChapter(chapter, graph),
    gaps: gapViews(site, id, chapter.id),
    sourceErrors: sourceErrorViews(site, id, chapter.id),
  }));
  const matrix = responsibilityMatrix(site, id);
  const summary = documentSummary(site, id);
  return {
    summary,
    description: [summary.kind, summary.countyNames.length > 0 ? `för ${summary.countyNames.join(", ")}` : "", summary.period].filter(Boolean).join(" "),
    document,
    parties: (document.parties ?? []).map((party) => ({ actor: linkTo(graph, party.actor), roles: party.roles.map((role) => roleNames[role] ?? role).join(", "), inferred: party.basis === "inferred", ...(party.label ? { label: party.label } : {}) })),
    signatures: (document.signatures ?? []).map((signature) => ({
      name: signature.name,
      ...(signature.role ? { role: signature.role } : {}),
      ...(signature.actor ? { actor: linkTo(graph, signature.actor) } : {}),
      ...(signature.date ? { date: signature.date } : {}),
      ...(signature.place ? { place: signature.place } : {}),
    })),
    dates: (document.dates ?? []).map((entry) => ({
      kind: dateKinds[entry.kind] ?? entry.kind,
      ...(entry.date ? { date: entry.date } : {}),
      ...(entry.actor ? { actor: linkTo(graph, entry.actor) } : {}),
      ...(entry.place ? { place: entry.place } : {}),
      ...(entry.text ? { text: entry.text } : {}),
    })),
    lineage,
    frameworks: (document.frameworks ?? []).map((link) => ({ framework: linkTo(graph, link.framework), goals: (link.goals ?? []).map((goal) => linkTo(graph, goal)), basis: link.basis })),
    ...(document.source?.publisher ? { publisher: linkTo(graph, document.source.publisher) } : {}),
    chapters,
    gaps: gapViews(site, id, null),
    sourceErrors: sourceErrorViews(site, id, null),
    ...(matrix ? { matrix } : {}),
    counts: (["goal", "measure", "responsibility", "indicator", "definition"] as const)
      .map((type) => ({ type, count: itemsOf(type) }))
      .filter((entry) => entry.count > 0)
      .map((entry) => counted(entry.count, typeName(entry.type, "sv"), typePlural(entry.type, "sv")))
      .join(", "),
  };
}

// --- Goals and measures --------------------------------------------------------------------

const levelNames: Record<string, string> = {
  vision: "Vision",
  "overgripande-mal": "Övergripande mål",
  mal: "Mål",
  delmal: "Delmål",
  malomrade: "Målområde",
  insatsomrade: "Insatsområde",
  malsattning: "Målsättning",
  syfte: "Syfte",
  forutsattning: "Förutsättning",
};
const measureKinds: Record<string, string> = {
  measure: "Åtgärd",
  commitment: "Åtagande",
  effort: "Insats",
  activity: "Aktivitet",
  "recommended-measure": "Rekommenderad åtgärd",
  recommendation: "Rekommendation",
  mandate: "Uppdrag",
};

export interface FrameworkLinkView {
  goal: Link;
  framework: Link;
  basis: "stated" | "inferred";
  via?: Link;
}

function frameworkLinks(graph: Graph, id: string): FrameworkLinkView[] {
  return graph
    .outgoing(id)
    .filter((relation) => relation.field === "frameworkGoals.goal")
    .map((relation) => ({
      goal: linkTo(graph, relation.to),
      framework: linkTo(graph, data<{ framework: string }>(graph.get(relation.to)).framework),
      basis: relation.context?.basis === "inferred" ? "inferred" : "stated",
    }));
}

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
  note?: string;
}

/** "Mål" and "3" → "Mål 3"; "Mål" and "MÅL 3" → "MÅL 3", not "Mål MÅL 3". */
function goalTag(level: string, label: string | undefined): string {
  if (!label) return level;
  return label.toLocaleLowerCase("sv").startsWith(level.toLocaleLowerCase("sv")) ? label : `${level} ${label}`;
}

export function goalView(site: Site, id: string): GoalView {
  const { graph } = site;
  const goal = site.data.goals.find((candidate) => candidate.id === id)!;
  const parents: Link[] = [];
  for (let parent = goal.parent, seen = new Set<string>(); parent && !seen.has(parent); parent = site.data.goals.find((candidate) => candidate.id === parent)?.parent ?? null) {
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
  return {
    goal: { ...linkTo(graph, id), level: levelNames[goal.level] ?? goal.level, tag: goalTag(levelNames[goal.level] ?? goal.level, goal.label), text: goal.text, variants: (goal.variants ?? []).map((variant) => variant.text) },
    document: linkTo(graph, goal.document),
    place: placeOf(goal),
    parents,
    children: from("parent", "goal"),
    measures: from("goals", "measure"),
    indicators: from("goals", "indicator"),
    responsibilities: from("goals", "responsibility"),
    frameworks,
    ...(goal.note ? { note: goal.note } : {}),
  };
}

export interface MeasureView {
  measure: Link & { kind: string; text: string; leadIn?: string; group?: string; timeframe: string; frequency?: string; status?: string };
  document: Link;
  place: string;
  goals: Link[];
  responsible: Link[];
  partners: Link[];
  frameworks: FrameworkLinkView[];
  legalBasis: Array<{ source: Link; provision: string; text?: string }>;
  note?: string;
}

const measureStatuses: Record<string, string> = { planned: "Planerad", ongoing: "Pågår", completed: "Genomförd", "not-completed": "Inte genomförd", cancelled: "Avbruten", unknown: "Okänd" };

export function measureView(site: Site, id: string): MeasureView {
  const { graph } = site;
  const measure = site.data.measures.find((candidate) => candidate.id === id)!;
  const frameworks = [...frameworkLinks(graph, id), ...measure.goals.flatMap((goal) => goalView(site, goal).frameworks.map((link) => ({ ...link, via: link.via ?? linkTo(graph, goal) })))];
  return {
    measure: {
      ...linkTo(graph, id),
      kind: measureKinds[measure.kind] ?? measure.kind,
      text: measure.text,
      ...(measure.leadIn ? { leadIn: measure.leadIn } : {}),
      ...(measure.group ? { group: measure.group } : {}),
      timeframe: periodText(measure.timeframe),
      ...(measure.frequency ? { frequency: measure.frequency } : {}),
      ...(measure.status ? { status: measureStatuses[measure.status] } : {}),
    },
    document: linkTo(graph, measure.document),
    place: placeOf(measure),
    goals: measure.goals.map((goal) => linkTo(graph, goal)),
    responsible: measure.responsible.map((actor) => linkTo(graph, actor)),
    partners: measure.partners.map((actor) => linkTo(graph, actor)),
    frameworks: frameworks.filter((link, index) => frameworks.findIndex((other) => other.goal.id === link.goal.id) === index),
    legalBasis: measure.legalBasis.map((citation) => ({ source: linkTo(graph, citation.source), provision: provisionLabel(citation as unknown as Record<string, unknown>), ...(citation.text ? { text: citation.text } : {}) })),
    ...(measure.note ? { note: measure.note } : {}),
  };
}

// --- Actors ----------------------------------------------------------------------------

export const actorKinds: Record<string, string> = {
  kommun: "Kommun",
  region: "Region",
  kommunalforbund: "Kommunalförbund",
  lansstyrelse: "Länsstyrelse",
  "statlig-myndighet": "Statlig myndighet",
  domstol: "Domstol",
  larosate: "Lärosäte",
  regering: "Regering",
  "ideburen-organisation": "Idéburen organisation",
  samverkansorgan: "Samverkansorgan",
  natverk: "Nätverk",
  verksamhet: "Verksamhet",
  "internationell-organisation": "Internationell organisation",
  naringsliv: "Näringsliv",
  grupp: "Grupp",
  annan: "Annan",
};

export interface ActorView {
  actor: Link & { kind: string; counties: string[]; aliases: string[]; formerNames: string[]; established?: string; dissolved?: string; note?: string; website?: string };
  parent?: Link;
  units: Link[];
  members: Link[];
  groups: Link[];
  predecessors: Link[];
  successors: Link[];
  /** Everything that names the actor (or its units, groups, predecessors), by county, then document. */
  counties: Array<{ county: string; name: string; documents: Array<{ document: Link; groups: Array<{ label: string; items: Array<Link & { via?: string }> }> }> }>;
  total: number;
  documentCount: number;
  countyCount: number;
}

const viaNames: Record<string, string> = { unit: "genom enheten", group: "genom gruppen", predecessor: "genom föregångaren" };

function involvementLabel(relation: Relation): string {
  const labels: Record<string, string> = {
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
  return labels[`${relation.fromType}:${relation.field}`] ?? capitalized(typePlural(relation.fromType, "sv"));
}

export function actorView(site: Site, id: string): ActorView {
  const { graph } = site;
  const actor = site.data.actors.find((candidate) => candidate.id === id)!;
  const involvement = actorInvolvement(graph, id);
  const counties = new Map<string, Map<string, Map<string, Array<Link & { via?: string }>>>>();
  for (const entry of involvement) {
    const keys = entry.counties.length > 0 ? entry.counties : [""];
    for (const county of keys) {
      const documents = counties.get(county) ?? counties.set(county, new Map()).get(county)!;
      const groups = documents.get(entry.document ?? "") ?? documents.set(entry.document ?? "", new Map()).get(entry.document ?? "")!;
      const label = involvementLabel(entry.relation);
      const items = groups.get(label) ?? groups.set(label, []).get(label)!;
      const link = linkTo(graph, entry.relation.from);
      if (!items.some((item) => item.id === link.id)) items.push({ ...link, ...(entry.via !== "self" ? { via: `${viaNames[entry.via]} ${labelOf(graph.get(entry.actor)!, 60)}` } : {}) });
    }
  }
  const from = (field: string) =>
    graph
      .incoming(id)
      .filter((relation) => relation.field === field && relation.fromType === "actor")
      .map((relation) => linkTo(graph, relation.from))
      .sort(byLabel);
  return {
    actor: {
      ...linkTo(graph, id),
      kind: actorKinds[actor.kind] ?? actor.kind,
      counties: actor.counties.map(countyName),
      // "Polisen" and "polisen" are one name to a reader.
      aliases: [...new Map((actor.aliases ?? []).map((alias) => [alias.toLocaleLowerCase("sv"), alias])).values()].filter((alias) => alias.toLocaleLowerCase("sv") !== actor.name.toLocaleLowerCase("sv")),
      formerNames: (actor.formerNames ?? []).map((former) => `${former.name}${former.from || former.to ? ` (${former.from ?? ""}–${former.to ?? ""})` : ""}`),
      ...(actor.established ? { established: actor.established } : {}),
      ...(actor.dissolved ? { dissolved: actor.dissolved } : {}),
      ...(actor.note ? { note: actor.note } : {}),
      ...(actor.url ? { website: actor.url } : {}),
    },
    ...(actor.parent ? { parent: linkTo(graph, actor.parent) } : {}),
    units: from("parent"),
    members: actor.members.map((member) => linkTo(graph, member)).sort(byLabel),
    groups: from("members"),
    predecessors: actor.predecessors.map((predecessor) => linkTo(graph, predecessor)),
    successors: actor.successors.map((successor) => linkTo(graph, successor)),
    counties: [...counties]
      .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : countyName(a).localeCompare(countyName(b), "sv")))
      .map(([county, documents]) => ({
        county,
        name: county ? countyName(county) : "Utan län",
        documents: [...documents].map(([document, groups]) => ({
          document: document ? linkTo(graph, document) : { id: "", type: "", typeLabel: "", label: "Register", url: "/aktorer/" },
          groups: [...groups].map(([label, items]) => ({ label, items })),
        })),
      })),
    total: new Set(involvement.map((entry) => entry.relation.from)).size,
    documentCount: new Set(involvement.map((entry) => entry.document).filter(Boolean)).size,
    countyCount: [...counties.keys()].filter(Boolean).length,
  };
}

export interface ActorGroup {
  kind: string;
  /** The id of the group's heading on the page. */
  anchor: string;
  actors: Array<Link & { counties: string[]; mentions: number }>;
}

/** Every actor, grouped by kind (kinds in alphabetical order), with how many items name it. */
export function actorList(site: Site): ActorGroup[] {
  const groups = new Map<string, ActorGroup>();
  for (const actor of site.data.actors) {
    const group = groups.get(actor.kind) ?? groups.set(actor.kind, { kind: actorKinds[actor.kind] ?? actor.kind, anchor: `slag-${actor.kind}`, actors: [] }).get(actor.kind)!;
    group.actors.push({
      ...linkTo(site.graph, actor.id),
      counties: actor.counties.map(countyName),
      mentions: new Set(actorInvolvement(site.graph, actor.id).map((entry) => entry.relation.from)).size,
    });
  }
  return [...groups.values()].map((group) => ({ ...group, actors: group.actors.sort(byLabel) })).sort((a, b) => a.kind.localeCompare(b.kind, "sv"));
}

// --- Counties ----------------------------------------------------------------------------

export function countiesWithDocuments(site: Site): Array<{ county: string; name: string; url: string; documents: number }> {
  const counties = new Map<string, number>();
  for (const document of site.data.documents) for (const county of document.counties) counties.set(county, (counties.get(county) ?? 0) + 1);
  return [...counties].map(([county, documents]) => ({ county, name: countyName(county), url: countyUrl(county), documents })).sort((a, b) => a.name.localeCompare(b.name, "sv"));
}

export interface CountyView {
  county: string;
  name: string;
  documents: DocumentSummary[];
  /** Years the timeline spans and, per document, the years it covers. */
  timeline: {
    from: number;
    to: number;
    /** Years from the first to the last, inclusive: the width of the time axis. */
    span: number;
    /** Per document: the years it covers, and where its bar starts on the axis and how long it is, in years. */
    rows: Array<{ document: DocumentSummary; from: number; to: number; open: boolean; offset: number; length: number }>;
  };
  actors: Array<{ kind: string; actors: Link[] }>;
}

export function countyView(site: Site, county: string): CountyView {
  const documents = documentList(site).filter((document) => document.counties.includes(county));
  const year = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);
  const current = Number(site.today.slice(0, 4));
  const rows = documents
    .filter((document) => document.from)
    .map((document) => ({ document, from: year(document.from)!, to: year(document.to) ?? current, open: !document.to }));
  const actors = site.data.actors.filter((actor) => actor.counties.includes(county as never));
  const kinds = new Map<string, Link[]>();
  for (const actor of actors) {
    const kind = actorKinds[actor.kind] ?? actor.kind;
    (kinds.get(kind) ?? kinds.set(kind, []).get(kind)!).push(linkTo(site.graph, actor.id));
  }
  const from = Math.min(...rows.map((row) => row.from), current);
  const to = Math.max(...rows.map((row) => row.to), current);
  return {
    county,
    name: countyName(county),
    documents,
    timeline: { from, to, span: to - from + 1, rows: rows.map((row) => ({ ...row, offset: row.from - from, length: row.to - row.from + 1 })) },
    actors: [...kinds].map(([kind, list]) => ({ kind, actors: list.sort(byLabel) })).sort((a, b) => a.kind.localeCompare(b.kind, "sv")),
  };
}

// --- Frameworks --------------------------------------------------------------------------

export function frameworkList(site: Site): Array<Link & { goals: Link[] }> {
  return site.data.frameworks.map((framework) => ({ ...linkTo(site.graph, framework.id), goals: framework.goals.map((goal) => linkTo(site.graph, goal)) }));
}

export interface FrameworkGoalView {
  goal: Link & { text: string; labelText: string; formerLabels: string[] };
  framework: Link;
  /** Side by side: one column per county that has documents, with what serves the goal there. */
  counties: Array<{
    county: string;
    name: string;
    /** Documents that say they serve the goal as a whole. */
    stating: Link[];
    goals: Array<Link & { via: string }>;
    measures: Array<Link & { via: string }>;
  }>;
}

const servingVia = (entry: { via: "direct" | "goal"; basis?: string }) => (entry.via === "goal" ? "genom mål" : entry.basis === "inferred" ? "härlett" : "i källan");

export function frameworkGoalView(site: Site, id: string): FrameworkGoalView {
  const { graph } = site;
  const goal = site.data.frameworkGoals.find((candidate) => candidate.id === id)!;
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
  const framework = site.data.frameworks.find((candidate) => candidate.id === id)!;
  const counties = countiesWithDocuments(site);
  return {
    framework: { ...linkTo(site.graph, id), ...(framework.note ? { note: framework.note } : {}) },
    documents: site.data.documents.flatMap((document) =>
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
      const view = frameworkGoalView(site, goal);
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

// --- Sources -----------------------------------------------------------------------------

const legalKinds = new Set(["law", "ordinance", "regulation", "general-advice", "convention"]);
const sourceKinds: Record<string, string> = {
  law: "Lag",
  ordinance: "Förordning",
  regulation: "Föreskrift",
  "general-advice": "Allmänna råd",
  "government-bill": "Proposition",
  "government-communication": "Skrivelse",
  "official-report": "Offentlig utredning",
  "government-decision": "Regeringsbeslut",
  convention: "Konvention",
  report: "Rapport",
  handbook: "Handbok",
  book: "Bok",
  article: "Artikel",
  "web-page": "Webbsida",
  statistics: "Statistik",
  other: "Annat",
};

export function sourceList(site: Site): { legal: Array<Link & { kind: string; number?: string; citations: number }>; other: Array<Link & { kind: string; number?: string; citations: number }> } {
  const all = site.data.sources.map((source) => ({
    ...linkTo(site.graph, source.id),
    kind: sourceKinds[source.kind] ?? source.kind,
    ...(source.number ? { number: source.number } : {}),
    citations: site.graph.incoming(source.id).filter((relation) => relation.fromType !== "source").length,
    legal: legalKinds.has(source.kind),
  }));
  const strip = ({ legal: _legal, ...rest }: (typeof all)[number]) => rest;
  return { legal: all.filter((source) => source.legal).map(strip).sort(byLabel), other: all.filter((source) => !source.legal).map(strip).sort(byLabel) };
}

export interface SourceView {
  source: Link & { kind: string; number?: string; abbreviation?: string; website?: string; year?: number; note?: string };
  provisions: Array<{ provision: string; items: Array<Link & { actor?: Link; document?: Link; text?: string }>; documents: Link[] }>;
}

/** Statute order: 2 kap. before 2 a kap. before 3 kap.; then by section, numerically. */
function provisionOrder(a: string, b: string): number {
  const key = (provision: string) => {
    const chapter = provision.match(/(\d+)\s*([a-z])?\s*kap/);
    const section = provision.match(/(\d+)\s*([a-z])?\s*§/);
    return [Number(chapter?.[1] ?? 0), chapter?.[2] ?? "", Number(section?.[1] ?? 0), section?.[2] ?? "", provision] as const;
  };
  const [x, y] = [key(a), key(b)];
  for (let index = 0; index < x.length; index++) {
    const order = typeof x[index] === "number" ? (x[index] as number) - (y[index] as number) : String(x[index]).localeCompare(String(y[index]), "sv");
    if (order !== 0) return order;
  }
  return 0;
}

export function sourceView(site: Site, id: string): SourceView {
  const { graph } = site;
  const source = site.data.sources.find((candidate) => candidate.id === id)!;
  return {
    source: {
      ...linkTo(graph, id),
      kind: sourceKinds[source.kind] ?? source.kind,
      ...(source.number ? { number: source.number } : {}),
      ...(source.abbreviation ? { abbreviation: source.abbreviation } : {}),
      ...(source.url ? { website: source.url } : {}),
      ...(source.year ? { year: source.year } : {}),
      ...(source.note ? { note: source.note } : {}),
    },
    provisions: [...citationsOf(graph, id)]
      .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : provisionOrder(a, b)))
      .map(([provision, relations]) => {
        const items = relations.map((relation) => {
          const item = graph.get(relation.from)!;
          const text = typeof relation.context?.text === "string" ? relation.context.text : undefined;
          // Many responsibilities read alike ("Anmäla enligt 14 kap. 1 §"); whose they are tells them apart.
          const actor = item.type === "responsibility" ? (item.item as unknown as { actor: string }).actor : undefined;
          return {
            ...linkTo(graph, relation.from),
            ...(actor ? { actor: linkTo(graph, actor) } : {}),
            ...(item.document ? { document: linkTo(graph, item.document) } : {}),
            ...(text ? { text } : {}),
          };
        });
        const documents = [...new Set(items.map((item) => item.document?.id).filter((document): document is string => Boolean(document)))].map((document) => linkTo(graph, document));
        return { provision: provision || "Hela källan", items, documents };
      }),
  };
}

// --- Indicators --------------------------------------------------------------------------

const indicatorKinds: Record<string, string> = { indicator: "Indikator", "development-indicator": "Utvecklingsindikator", statistic: "Statistisk uppgift", "survey-result": "Enkätresultat" };
const indicatorKindPlurals: Record<string, string> = { indicator: "Indikatorer", "development-indicator": "Utvecklingsindikatorer", statistic: "Statistiska uppgifter", "survey-result": "Enkätresultat" };
/** Kinds that measure a goal over time, as opposed to figures a document reports once. */
const measuringKinds = new Set(["indicator", "development-indicator"]);

export interface IndicatorView {
  indicator: Link & { kind: string; text: string; theme?: string; dataSource?: string; note?: string };
  document: Link;
  place: string;
  goals: Link[];
  sources: Link[];
  chart?: Chart;
  rows: Array<{ label: string; value: string; unit: string; qualifier?: string; period: string; text: string }>;
}


export function indicatorView(site: Site, id: string): IndicatorView {
  const { graph } = site;
  const indicator = site.data.indicators.find((candidate) => candidate.id === id)!;
  const chart = chartOf(indicator);
  return {
    indicator: {
      ...linkTo(graph, id),
      kind: indicatorKinds[indicator.kind] ?? indicator.kind,
      text: indicator.text,
      ...(indicator.theme ? { theme: indicator.theme } : {}),
      ...(indicator.dataSource ? { dataSource: indicator.dataSource } : {}),
      ...(indicator.note ? { note: indicator.note } : {}),
    },
    document: linkTo(graph, indicator.document),
    place: placeOf(indicator),
    goals: indicator.goals.map((goal) => linkTo(graph, goal)),
    sources: indicator.sources.map((source) => linkTo(graph, source)),
    ...(chart ? { chart } : {}),
    rows: indicator.observations.map((observation) => ({
      label: [observation.population, observation.area, observation.counted].filter(Boolean).join(", ") || periodText(observation.period) || observation.text,
      value: observation.value === undefined ? "–" : `${observation.value.toLocaleString("sv-SE")}${observation.valueMax !== undefined ? `–${observation.valueMax.toLocaleString("sv-SE")}` : ""}`,
      unit: observation.unit ? (units[observation.unit]?.name ?? observation.unit) : "",
      ...(observation.qualifier ? { qualifier: observation.qualifier.text ?? observation.qualifier.kind } : {}),
      period: periodText(observation.period),
      text: observation.text,
    })),
  };
}

/** Per document, its indicators grouped by kind: indicators first, then reported figures and survey results. */
export function indicatorList(site: Site): Array<{ document: Link; kinds: Array<{ kind: string; indicators: Array<Link & { observations: number }> }> }> {
  const byDocument = new Map<string, Map<string, Array<Link & { observations: number }>>>();
  for (const indicator of site.data.indicators) {
    const kinds = byDocument.get(indicator.document) ?? byDocument.set(indicator.document, new Map()).get(indicator.document)!;
    const list = kinds.get(indicator.kind) ?? kinds.set(indicator.kind, []).get(indicator.kind)!;
    list.push({ ...linkTo(site.graph, indicator.id), observations: indicator.observations.length });
  }
  const order = Object.keys(indicatorKinds);
  return [...byDocument].map(([document, kinds]) => ({
    document: linkTo(site.graph, document),
    kinds: [...kinds]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([kind, indicators]) => ({ kind: indicatorKindPlurals[kind] ?? kind, indicators })),
  }));
}

// --- Definitions -------------------------------------------------------------------------

const definitionKinds: Record<string, string> = { "form-of-violence": "Våldsform", term: "Begrepp", abbreviation: "Förkortning", perspective: "Perspektiv", method: "Metod", level: "Nivå" };

export function definitionList(site: Site): Array<{ letter: string; definitions: Array<{ id: string; term: string; kind: string; text: string; document: Link; place: string }> }> {
  const all = site.data.definitions
    .map((definition) => ({ id: definition.id, term: definition.term, kind: definitionKinds[definition.kind] ?? definition.kind, text: definition.text, document: linkTo(site.graph, definition.document), place: placeOf(definition) }))
    .sort((a, b) => a.term.localeCompare(b.term, "sv"));
  const letters = new Map<string, typeof all>();
  for (const definition of all) {
    const letter = definition.term.charAt(0).toLocaleUpperCase("sv");
    (letters.get(letter) ?? letters.set(letter, []).get(letter)!).push(definition);
  }
  return [...letters].map(([letter, definitions]) => ({ letter, definitions }));
}

// --- Start page --------------------------------------------------------------------------

export interface HomeView {
  counts: Array<{ count: string; label: string }>;
  counties: ReturnType<typeof countiesWithDocuments>;
  inForce: DocumentSummary[];
  /** Per day, newest first: the documents and registries whose files changed. */
  changes: Array<{ date: string; documents: Link[]; registries: string[] }>;
}

const registryNames: Record<string, string> = { actors: "aktörsregistret", sources: "källregistret", frameworks: "ramverken" };

function changesOf(site: Site): HomeView["changes"] {
  const documentOfFolder = new Map(site.data.documents.map((document) => [dirname(document.file), document.id]));
  return site.changes
    .map(({ date, files }) => {
      const documents = new Set<string>();
      const registries = new Set<string>();
      for (const file of files) {
        const document = documentOfFolder.get(dirname(file));
        if (document) documents.add(document);
        const registry = registryNames[file.split("/")[0]!];
        if (registry && !document) registries.add(registry);
      }
      return { date, documents: [...documents].map((document) => linkTo(site.graph, document)).sort(byLabel), registries: [...registries].sort() };
    })
    .filter((change) => change.documents.length + change.registries.length > 0);
}

export function homeView(site: Site): HomeView {
  const withText = site.data.documents.filter((document) => document.textAvailability !== "none").length;
  const entry = (count: number, singular: string, plural: string) => ({ count: count.toLocaleString("sv-SE"), label: count === 1 ? singular : plural });
  return {
    counts: [
      entry(withText, "dokument med text", "dokument med text"),
      entry(site.data.documents.length - withText, "dokument som bara nämns", "dokument som bara nämns"),
      entry(site.data.goals.length, "mål", "mål"),
      entry(site.data.measures.length, "åtgärd", "åtgärder"),
      entry(site.data.responsibilities.length, "ansvar", "ansvar"),
      entry(site.data.indicators.filter((indicator) => measuringKinds.has(indicator.kind)).length, "indikator", "indikatorer"),
      entry(site.data.indicators.filter((indicator) => !measuringKinds.has(indicator.kind)).length, "redovisad uppgift", "redovisade uppgifter"),
      entry(site.data.actors.length, "aktör", "aktörer"),
    ],
    counties: countiesWithDocuments(site),
    inForce: documentList(site).filter((document) => document.validity === "in-force" && document.encoded),
    changes: changesOf(site),
  };
}


// --- Page frame --------------------------------------------------------------------------

const SITE_NAME = "styrdok";
/** Longer titles are cut in tabs, bookmarks and search results; html-validate's limit too. */
const MAX_TITLE = 70;

/** The text of a page's <title>: the page's own title, shortened at a word if need be, then the site. */
export function pageTitle(title: string): string {
  const suffix = ` – ${SITE_NAME}`;
  const room = MAX_TITLE - suffix.length;
  const clean = title.replaceAll(/\s+/g, " ").trim();
  if (clean.length <= room) return `${clean}${suffix}`;
  const cut = clean.slice(0, room - 1);
  const atWord = cut.lastIndexOf(" ") > room / 2 ? cut.slice(0, cut.lastIndexOf(" ")) : cut;
  return `${atWord.replace(/[\s,.;:–-]+$/, "")}…${suffix}`;
}

