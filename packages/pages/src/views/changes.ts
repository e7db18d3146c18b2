// The content's changes as readers see them: the list of every change, one change's page with
// the before and after of each item it touched, and the changes that touched one document. All
// read the history the build computed once (history.ts).
import {
  type ActorEffectItem,
  type ChangeKind,
  type CoverageEffectItem,
  capitalized,
  countyName,
  enumLabels,
  type FieldChange,
  fieldTitle,
  fieldValueText,
  type ItemChange,
  type ItemType,
  labelOf,
  type Placement,
  typeName,
  typePlural,
  type WordPart,
} from "@styrdok/core";
import { counted } from "../format.ts";
import type { Change, History, Registry } from "../history.ts";
import type { Site } from "../site.ts";
import { changesFeedUrl, changesUrl, changeUrl, urlOf } from "../urls.ts";

/** Something the change page names: linked where it still has a page on the site. */
export interface Named {
  label: string;
  url?: string;
}

/** A change as lists show it. */
export interface ChangeEntry {
  commit: string;
  short: string;
  url: string;
  /** YYYY-MM-DD, the day of the commit's author date. */
  day: string;
  /** The commit's author date, ISO 8601 (for `<time datetime>`). */
  date: string;
  subject: string;
  /** What it did, counted by kind: "2 ändrade, 1 ny". */
  summary: string;
  documents: Named[];
  /** The registries it changed, in words: "aktörsregistret". */
  registries: string[];
  /** The documents, then the registries: everything it touched, as one list. */
  touched: Named[];
}

export interface ChangesView {
  /** What the list cannot show, in plain Swedish: no git, a shallow clone, a cut list. */
  notices: string[];
  changes: ChangeEntry[];
  feedUrl: string;
}

/** A field that changed, before and after. */
export interface FieldView {
  label: string;
  /** Text compared word by word: before (kept and deleted words) and after (kept and inserted words). */
  words?: { before: WordPart[]; after: WordPart[] };
  before?: string;
  after?: string;
  referencesAdded: Named[];
  referencesRemoved: Named[];
  /** Long enough to be folded. */
  long: boolean;
}

export interface ItemChangeView {
  id: string;
  kind: ChangeKind;
  /** "Ändrad", "Ny" … */
  kindLabel: string;
  /** "mål", "åtgärd" … */
  typeLabel: string;
  label: string;
  /** The item's page, where it still exists. */
  url?: string;
  /** Moved, id renamed, reordered, renumbered: in sentences. */
  notes: string[];
  fields: FieldView[];
}

/** The changes in one document, or in one registry. */
export interface ChangeGroup {
  heading: string;
  /** The document's page, where it still exists. */
  url?: string;
  /** Its part of the summary. */
  summary: string;
  /** Items changed, moved, renamed or re-ordered: each with its before and after. */
  items: ItemChangeView[];
  /** Items added and removed: named, since everything about them is new or gone. */
  added: ItemChangeView[];
  removed: ItemChangeView[];
}

export interface EffectItemView extends Named {
  typeLabel: string;
  /** How the item names the actor: "ansvarig", "samverkanspart" … (actors only). */
  role?: string;
}

export interface ChangeView extends ChangeEntry {
  author: string;
  /** The message after the subject line, in paragraphs. */
  body: string[];
  /** What happened, per item type: "Mål: 1 ändrad". */
  byType: string[];
  groups: ChangeGroup[];
  actors: Array<{ actor: Named; gained: EffectItemView[]; lost: EffectItemView[] }>;
  frameworkGoals: Array<{ goal: Named; framework: Named; gained: EffectItemView[]; lost: EffectItemView[]; countiesGained: string[]; countiesLost: string[] }>;
  /** Files whose items could not be compared, and why. */
  unreadable: string[];
  /** Files renamed with their content unchanged. */
  renamedFiles: string[];
  /** When the change is the first of the history: everything in it is new. */
  first: boolean;
}

/** A kind of change in words, from schemas/diff.schema.json (generated labels), as the CLI says it too. */
function kindWord(kind: ChangeKind, count = 1): string {
  const label = enumLabels.ChangeKind[kind];
  return count === 1 ? label.title : (label.plural ?? label.title);
}
const kindOrder: ChangeKind[] = ["added", "removed", "modified", "renamed", "moved", "reordered"];

/** "2 ändrade, 1 ny"; what a change with no change in meaning says instead. */
export function countsText(counts: Partial<Record<ChangeKind, number>>): string {
  const parts = kindOrder.filter((kind) => (counts[kind] ?? 0) > 0).map((kind) => `${counts[kind]!.toLocaleString("sv-SE")} ${kindWord(kind, counts[kind]!)}`);
  return parts.length > 0 ? parts.join(", ") : "ingen ändring i sak";
}

const registryWords: Record<Registry, { name: string; heading: string }> = {
  actors: { name: "aktörsregistret", heading: "Aktörsregistret" },
  sources: { name: "källregistret", heading: "Källregistret" },
  frameworks: { name: "ramverken", heading: "Ramverken" },
};
const registryOfType: Partial<Record<ItemType, Registry>> = { actor: "actors", source: "sources", framework: "frameworks", "framework-goal": "frameworks" };

/** The day a change was made, as the commit's author wrote it. */
function dayOf(date: string): string {
  return date.slice(0, 10);
}

/** What the history cannot show, in plain Swedish, for the pages that list changes. */
export function historyNotices(history: History): string[] {
  const notices: string[] = [];
  if (history.availability === "none") {
    notices.push(
      history.reason === "git-missing"
        ? "Ändringshistoriken finns inte här: webbplatsen byggdes på en dator utan git, så det går inte att se vad som ändrats och när."
        : "Ändringshistoriken finns inte här: webbplatsen byggdes från en mapp utan git-historik, så det går inte att se vad som ändrats och när.",
    );
    return notices;
  }
  if (history.availability === "shallow") {
    notices.push(
      history.since
        ? `Ändringshistoriken är ofullständig: webbplatsen byggdes från en kopia med bara den senaste delen av git-historiken, så ändringar före ${dayOf(history.since)} saknas här.`
        : "Ändringshistoriken är ofullständig: webbplatsen byggdes från en kopia med bara den senaste delen av git-historiken, så äldre ändringar saknas här.",
    );
  }
  if (history.truncated) {
    notices.push(
      history.limit === 0
        ? "Ändringshistoriken togs inte med när webbplatsen byggdes."
        : `Här visas de ${history.limit.toLocaleString("sv-SE")} senaste ändringarna; äldre ändringar finns i git-historiken.`,
    );
  }
  return notices;
}

function documentNamed(site: Site, id: string, title: string): Named {
  const document = site.graph.getOf("document", id);
  return document ? { label: document.item.title, url: urlOf(document) } : { label: title };
}

function entryOf(site: Site, change: Change): ChangeEntry {
  const documents = change.documents.map((document) => documentNamed(site, document.id, document.title));
  const registries = change.registries.map((registry) => registryWords[registry].name);
  return {
    commit: change.commit,
    short: change.short,
    url: changeUrl(change.short),
    day: dayOf(change.date),
    date: change.date,
    subject: subjectText(change),
    summary: summaryText(change),
    documents,
    registries,
    touched: [...documents, ...registries.map((label) => ({ label }))],
  };
}

/** A change's commit message's first line; git allows none, a link needs words. */
export function subjectText(change: Change): string {
  return change.subject.trim() || "(ändring utan meddelande)";
}

/** Who made a change, as git names the author; git allows an empty name. */
export function authorText(change: Change): string {
  return change.author.trim() || "okänd";
}

function summaryText(change: Change): string {
  return partText(change.diff.summary.byKind, new Set(change.diff.unreadable.map((entry) => entry.file)).size);
}

/** The counts, and the files that could not be read, where there are any. */
function partText(counts: Partial<Record<ChangeKind, number>>, unreadable: number): string {
  const unread = unreadable > 0 ? `${counted(unreadable, "fil", "filer")} kunde inte läsas` : "";
  if (!unread) return countsText(counts);
  return Object.values(counts).some((count) => count > 0) ? `${countsText(counts)}; ${unread}` : unread;
}

/** Every change, newest first. */
export function changeList(site: Site): ChangesView {
  return { notices: historyNotices(site.history), changes: site.history.changes.map((change) => entryOf(site, change)), feedUrl: changesFeedUrl() };
}

/** The newest changes that touched a document or a registry, for the start page. */
export function latestChanges(site: Site, count = 5): ChangeEntry[] {
  return site.history.changes
    .filter((change) => change.documents.length + change.registries.length > 0)
    .slice(0, count)
    .map((change) => entryOf(site, change));
}

/** The change pages, for Astro's getStaticPaths. */
export function changeParams(site: Site): Array<{ params: { commit: string } }> {
  return site.history.changes.map((change) => ({ params: { commit: change.short } }));
}

/** An item, or a chapter or parent it stood under: linked where it still exists, else by the label the change gives, else its id. */
function named(site: Site, id: string, label?: string): Named {
  const item = site.graph.get(id);
  return item ? { label: labelOf(item, 160), url: urlOf(item) } : { label: label ?? id };
}

/** Beyond this many characters a field's before and after are folded. */
const LONG_TEXT = 600;

function fieldView(site: Site, type: ItemType, field: FieldChange): FieldView {
  const nameOf = (id: string) => {
    const item = site.graph.get(id);
    return item ? labelOf(item, 80) : undefined;
  };
  const before = fieldValueText(type, field.field, field.before, nameOf);
  const after = fieldValueText(type, field.field, field.after, nameOf);
  // Marks only where there are words on both sides: a text added or removed whole is shown as it is.
  const words = field.words && before !== "" && after !== "" ? { before: field.words.filter((part) => part.op !== "insert"), after: field.words.filter((part) => part.op !== "delete") } : undefined;
  return {
    label: fieldTitle(type, field.field),
    ...(words ? { words } : {}),
    // An empty value reads as no value.
    ...(before !== "" ? { before } : {}),
    ...(after !== "" ? { after } : {}),
    referencesAdded: (field.referencesAdded ?? []).map((id) => named(site, id)),
    referencesRemoved: (field.referencesRemoved ?? []).map((id) => named(site, id)),
    long: before.length + after.length > LONG_TEXT,
  };
}

/** Where an item stood: in which document, chapter, under which parent. */
function placementText(site: Site, placement: Placement, other: Placement): string {
  if (placement.document !== other.document) return placement.document ? `dokumentet ”${named(site, placement.document).label}”` : "registret";
  if (placement.chapter !== other.chapter) return placement.chapter ? `kapitlet ”${named(site, placement.chapter).label}”` : "inget kapitel";
  return placement.parent ? `under ”${named(site, placement.parent).label}”` : "överst, utan överordnad";
}

function notesOf(site: Site, change: ItemChange): string[] {
  const notes: string[] = [];
  if (change.previousId) notes.push(`Id:t är bytt: hette tidigare ${change.previousId}. Id ska vara beständiga, så länkar till det gamla id:t leder inte längre hit.`);
  if (change.moved) notes.push(`Flyttad från ${placementText(site, change.moved.from, change.moved.to)} till ${placementText(site, change.moved.to, change.moved.from)}.`);
  if (change.reordered) notes.push(`Ny plats i ordningen: från plats ${change.reordered.from} till plats ${change.reordered.to}.`);
  if (change.renumbered) {
    const { from, to } = change.renumbered;
    notes.push(from && to ? `Numreringen ändrad från ${from} till ${to}.` : from ? `Numreringen ${from} borttagen.` : `Numrerad ${to}.`);
  }
  return notes;
}

function itemView(site: Site, change: ItemChange): ItemChangeView {
  const item = change.kind === "removed" ? undefined : site.graph.get(change.id);
  return {
    id: change.id,
    kind: change.kind,
    kindLabel: capitalized(kindWord(change.kind)),
    typeLabel: typeName(change.type, "sv"),
    label: change.label,
    ...(item ? { url: urlOf(item) } : {}),
    notes: notesOf(site, change),
    fields: change.fields.map((field) => fieldView(site, change.type, field)),
  };
}

const roleWords: Record<string, string> = { actor: "bär ansvaret", responsible: "ansvarig", partners: "samverkanspart" };

function effectItem(site: Site, item: ActorEffectItem | CoverageEffectItem): EffectItemView {
  return { ...named(site, item.id, item.label), typeLabel: typeName(item.type, "sv"), ...("field" in item ? { role: roleWords[item.field] ?? item.field } : {}) };
}

/** One change, by its short commit; undefined when the history holds no such change. */
export function changeView(site: Site, short: string): ChangeView | undefined {
  const change = site.history.changes.find((candidate) => candidate.short === short);
  if (!change) return undefined;
  const { diff } = change;
  const groups = new Map<string, ChangeGroup>();
  for (const item of diff.changes) {
    const registry = item.document ? undefined : registryOfType[item.type];
    const key = item.document ?? registry ?? "";
    let group = groups.get(key);
    if (!group) {
      const title = change.documents.find((candidate) => candidate.id === item.document)?.title;
      const heading = item.document ? documentNamed(site, item.document, title ?? item.document) : { label: registry ? registryWords[registry].heading : "Övrigt" };
      group = { heading: heading.label, ...(heading.url ? { url: heading.url } : {}), summary: "", items: [], added: [], removed: [] };
      groups.set(key, group);
    }
    const view = itemView(site, item);
    (item.kind === "added" ? group.added : item.kind === "removed" ? group.removed : group.items).push(view);
  }
  for (const group of groups.values()) group.summary = countsText(countByKind([...group.items, ...group.added, ...group.removed]));
  const body = change.body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const framework = (id: string): Named => named(site, id);
  return {
    ...entryOf(site, change),
    author: authorText(change),
    body,
    byType: diff.summary.byType.map((entry) => `${capitalized(typePlural(entry.type, "sv"))}: ${countsText(entry.counts)}`),
    groups: [...groups.values()],
    actors: diff.effects.actors.map((effect) => ({
      actor: named(site, effect.actor, effect.label),
      gained: effect.gained.map((item) => effectItem(site, item)),
      lost: effect.lost.map((item) => effectItem(site, item)),
    })),
    frameworkGoals: diff.effects.frameworkGoals.map((effect) => ({
      goal: named(site, effect.frameworkGoal, effect.label),
      framework: framework(effect.framework),
      gained: effect.gained.map((item) => effectItem(site, item)),
      lost: effect.lost.map((item) => effectItem(site, item)),
      countiesGained: effect.countiesGained.map(countyName),
      countiesLost: effect.countiesLost.map(countyName),
    })),
    unreadable: diff.unreadable.map(
      (entry) => `${entry.file} ${entry.side === "before" ? "före" : "efter"} ändringen (${counted(entry.errors, "fel", "fel")}): det som står i filen kunde inte jämföras.`,
    ),
    renamedFiles: diff.renamedFiles.map((entry) => `${entry.from} → ${entry.to}`),
    first: change.parent === undefined,
  };
}

function countByKind(items: ItemChangeView[]): Partial<Record<ChangeKind, number>> {
  const counts: Partial<Record<ChangeKind, number>> = {};
  for (const item of items) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
  return counts;
}

/** The changes that touched one document, newest first, each with its part of the summary. */
export interface DocumentChanges {
  notices: string[];
  changes: Array<ChangeEntry & { part: string }>;
  allUrl: string;
}

export function documentChanges(site: Site, id: string): DocumentChanges {
  const changes = site.history.changes.flatMap((change) => {
    const document = change.documents.find((candidate) => candidate.id === id);
    if (!document) return [];
    const counts = change.diff.summary.byDocument.find((entry) => entry.document === id)?.counts ?? {};
    return [{ ...entryOf(site, change), part: partText(counts, document.unreadable) }];
  });
  return { notices: historyNotices(site.history), changes, allUrl: changesUrl() };
}
