// `styrdok new`: scaffolding for editors. A new document (its folder, index.md and first
// chapter) or a new item in an existing chapter or registry, with a fresh readable id. Every
// value comes from a flag, or, in a terminal, from a prompt in Swedish; what it writes is
// validated at once, and taken back if it made the content worse.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import {
  type Content,
  containsWords,
  defaultContentPath,
  type EnumLabel,
  enumLabels,
  idWords,
  isPartialDate,
  type Lang,
  type LoadFilesOptions,
  type LoadOptions,
  loadContent,
  namesOf,
  nearest,
  normalizeText,
  type ParseOutcome,
  toKebab,
} from "@styrdok/core";
import type { VFile } from "vfile";
import { type Asker, Cancelled, scriptedAsker, terminalAsker } from "./new-prompts.ts";
import { appendParagraph, commentedFrontmatter, InsertError, insertListItem, type YamlItem } from "./new-yaml.ts";
import { textReport } from "./reporters.ts";

/** The flags of `new`, for main's argument parser. */
export const newOptions = {
  kind: { type: "string" },
  county: { type: "string", multiple: true },
  title: { type: "string" },
  "valid-from": { type: "string" },
  "valid-to": { type: "string" },
  status: { type: "string" },
  "chapter-title": { type: "string" },
  id: { type: "string" },
  document: { type: "string" },
  chapter: { type: "string" },
  text: { type: "string" },
  level: { type: "string" },
  label: { type: "string" },
  parent: { type: "string" },
  goal: { type: "string", multiple: true },
  responsible: { type: "string", multiple: true },
  partner: { type: "string", multiple: true },
  actor: { type: "string" },
  modality: { type: "string" },
  source: { type: "string", multiple: true },
  name: { type: "string" },
  "short-name": { type: "string" },
  alias: { type: "string", multiple: true },
  number: { type: "string" },
  year: { type: "string" },
  url: { type: "string" },
  publisher: { type: "string" },
  file: { type: "string" },
  yes: { type: "boolean", short: "y" },
} as const;

export type NewValues = Partial<Record<keyof typeof newOptions, string | boolean | string[]>>;

const things = ["document", "chapter", "goal", "measure", "responsibility", "indicator", "actor", "source"] as const;
type Thing = (typeof things)[number];

/** What a Swedish editor may call each kind of thing (as kebab-case, so "åtgärd" and "atgard" alike). */
const swedishThings: Record<string, Thing> = {
  dokument: "document",
  styrdokument: "document",
  kapitel: "chapter",
  mal: "goal",
  atgard: "measure",
  ansvar: "responsibility",
  indikator: "indicator",
  aktor: "actor",
  kalla: "source",
};

export class NewError extends Error {}

const words = {
  sv: {
    thingNames: { document: "dokument", chapter: "kapitel", goal: "mål", measure: "åtgärd", responsibility: "ansvar", indicator: "indikator", actor: "aktör", source: "källa" } as Record<
      Thing,
      string
    >,
    whatPrompt: "Vad vill du skapa?",
    needsThing: `new behöver veta vad som ska skapas: ${things.join(", ")}, t.ex. styrdok new measure --document … --chapter … --text ….`,
    unknownThing: (written: string, near: string) => `det går inte att skapa "${written}".${near ? ` Menade du "${near}"?` : ""} Det som går: ${things.join(", ")}.`,
    missingFlag: (flag: string, thing: string) => `${thing} behöver --${flag} när inget frågas (med --yes eller utan terminal).`,
    unknownEnum: (what: string, written: string, near: string, allowed: string) => `${what} "${written}" finns inte.${near ? ` Menade du "${near}"?` : ""} Tillåtna: ${allowed}.`,
    unknownCounty: (written: string, near: string) => `det finns inget län "${written}".${near ? ` Menade du "${near}"?` : ""}`,
    unknownDocument: (written: string, near: string[]) => `det finns inget dokument "${written}".${near.length ? ` Närmaste: ${near.join(", ")}.` : ""}`,
    unknownChapter: (written: string, document: string, known: string[]) => `dokumentet ${document} har inget kapitel "${written}". Kapitlen: ${known.join("; ") || "inga"}.`,
    noChapters: (document: string) => `dokumentet ${document} har inga kapitel ännu. Skapa ett först: styrdok new chapter --document ${document} --title ….`,
    needsChapter: (document: string, known: string[]) => `ange i vilket kapitel med --chapter (id, numrering, rubrik eller filnamn). Kapitlen i ${document}: ${known.join("; ")}.`,
    unknownGoal: (written: string, document: string, near: string[]) => `dokumentet ${document} har inget mål "${written}".${near.length ? ` Närmaste: ${near.join(", ")}.` : ""}`,
    unknownActor: (written: string, near: string[]) =>
      `det finns ingen aktör "${written}" i aktörsregistret.${near.length ? ` Närmaste: ${near.join(", ")}.` : ""} En ny aktör läggs till med styrdok new actor.`,
    ambiguousActor: (written: string, ids: string[]) => `"${written}" kan vara flera aktörer: ${ids.join(", ")}. Ange den du menar med dess id.`,
    unknownSource: (written: string, near: string[]) =>
      `det finns ingen källa "${written}" i källregistret.${near.length ? ` Närmaste: ${near.join(", ")}.` : ""} En ny källa läggs till med styrdok new source.`,
    ambiguousSource: (written: string, ids: string[]) => `"${written}" kan vara flera källor: ${ids.join(", ")}. Ange den du menar med dess id.`,
    noWords: (flag: string, written: string) => `--${flag} "${written}" har inga bokstäver eller siffror, så inget läsbart id kan bildas av det. Skriv ord, eller ange ett id med --id.`,
    badId: (id: string) => `--id "${id}" är inget giltigt id: bara a–z, 0–9 och bindestreck (å, ä → a, ö → o), t.ex. "${toKebab(id) || "dalarna-handlingsplan-2025"}".`,
    idExists: (id: string, where: string) => `id:t "${id}" finns redan (${where}). Ett id är unikt i hela innehållet; ange ett annat med --id.`,
    nameExists: (name: string, id: string) => `det finns redan något som heter "${name}": ${id}.`,
    folderExists: (folder: string) => `mappen ${folder} finns redan.`,
    badDate: (flag: string, value: string) => `--${flag} behöver ett datum som finns, skrivet ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD (inte "${value}").`,
    badYear: (value: string) => `--year behöver ett årtal, t.ex. 2024 (inte "${value}").`,
    badUrl: (value: string) => `--url behöver en webbadress som börjar med https:// eller http:// (inte "${value}").`,
    noRegistry: (what: string, files: string[]) => `ange med --file i vilken registerfil ${what} ska stå: ${files.join(", ") || "det finns ingen"}.`,
    unknownFile: (file: string, files: string[]) => `registerfilen "${file}" finns inte. Filerna: ${files.join(", ")}.`,
    cannotInsert: (file: string, problem: InsertError["problem"]) =>
      ({
        "no-frontmatter": `${file} har inget ---block att lägga till i.`,
        "broken-yaml": `${file} har fel i sin YAML. Rätta dem först (styrdok validate ${file}).`,
        "not-a-list": `i ${file} står listan på en rad ([…]); skriv den som en lista med en post per rad först.`,
      })[problem],
    contentErrors: (count: number) => `Obs: innehållet har ${count} fel redan innan något skrivs; det som har fel syns inte här. Kör styrdok validate.\n`,
    madeWorse: "det som skulle skrivas gav nya fel, så inget skrevs. Det är ett fel i styrdok; fynden:",
    cancelled: "Avbrutet; inget skrevs.",
    created: (file: string, what: string) => `Skapade ${file} (${what})`,
    added: (file: string, line: number, what: string) => `La till ${what} i ${file}:${line}`,
    addedText: (file: string) => `La till texten sist i brödtexten i ${file}; flytta den dit den står i källan.`,
    itemPhrase: (thing: Thing, id: string) => `${words.sv.thingNames[thing]} ${id}`,
    next: "Nästa steg: fyll i det som står i källan och kör npm run styrdok -- validate",
    clean: "Kontroll av det som skrevs: inga fel eller varningar.",
    prompts: {
      kind: "Vilket slags dokument?",
      county: "Vilket län gäller det?",
      title: "Titel, som källan skriver den",
      validFrom: "Gäller från (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD; tomt om okänt)",
      validTo: "Gäller till (tomt om okänt)",
      chapterTitle: "Första kapitlets rubrik",
      document: "I vilket dokument?",
      chapter: "I vilket kapitel?",
      chapterNewTitle: "Kapitlets rubrik, som i källan",
      text: "Texten, ordagrant som i källan",
      level: "Vad kallar källan målet?",
      measureKind: "Vad kallar källan åtgärden?",
      responsible: "Vilka ansvarar?",
      goals: "Vilka mål tjänar den?",
      actor: "Vilken aktör har ansvaret? (sök på namn)",
      modality: "Hur stark är förpliktelsen?",
      indicatorKind: "Vad för slags indikator?",
      name: "Aktörens officiella namn",
      actorKind: "Vilket slags aktör?",
      sourceTitle: "Källans titel",
      sourceKind: "Vilket slags källa?",
      registry: "I vilken registerfil?",
      required: "Det här behövs.",
      badDate: "Skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, ett datum som finns.",
      noWords: "Skriv något med bokstäver eller siffror.",
    },
    enumWhat: {
      DocumentKind: "dokumentslaget",
      DocumentStatus: "statusen",
      GoalLevel: "målnivån",
      MeasureKind: "åtgärdsslaget",
      Modality: "förpliktelsen",
      IndicatorKind: "indikatorslaget",
      ActorKind: "aktörsslaget",
      SourceKind: "källslaget",
    } as Record<string, string>,
  },
  en: {
    thingNames: { document: "document", chapter: "chapter", goal: "goal", measure: "measure", responsibility: "responsibility", indicator: "indicator", actor: "actor", source: "source" } as Record<
      Thing,
      string
    >,
    whatPrompt: "What do you want to create?",
    needsThing: `new needs to know what to create: ${things.join(", ")}, e.g. styrdok new measure --document … --chapter … --text ….`,
    unknownThing: (written: string, near: string) => `cannot create "${written}".${near ? ` Did you mean "${near}"?` : ""} What can be created: ${things.join(", ")}.`,
    missingFlag: (flag: string, thing: string) => `a new ${thing} needs --${flag} when nothing is asked (with --yes or without a terminal).`,
    unknownEnum: (what: string, written: string, near: string, allowed: string) => `${what} "${written}" does not exist.${near ? ` Did you mean "${near}"?` : ""} Allowed: ${allowed}.`,
    unknownCounty: (written: string, near: string) => `there is no county "${written}".${near ? ` Did you mean "${near}"?` : ""}`,
    unknownDocument: (written: string, near: string[]) => `there is no document "${written}".${near.length ? ` Nearest: ${near.join(", ")}.` : ""}`,
    unknownChapter: (written: string, document: string, known: string[]) => `the document ${document} has no chapter "${written}". Its chapters: ${known.join("; ") || "none"}.`,
    noChapters: (document: string) => `the document ${document} has no chapters yet. Create one first: styrdok new chapter --document ${document} --title ….`,
    needsChapter: (document: string, known: string[]) => `name the chapter with --chapter (id, number, heading or file name). The chapters of ${document}: ${known.join("; ")}.`,
    unknownGoal: (written: string, document: string, near: string[]) => `the document ${document} has no goal "${written}".${near.length ? ` Nearest: ${near.join(", ")}.` : ""}`,
    unknownActor: (written: string, near: string[]) =>
      `there is no actor "${written}" in the actor registry.${near.length ? ` Nearest: ${near.join(", ")}.` : ""} Add a new actor with styrdok new actor.`,
    ambiguousActor: (written: string, ids: string[]) => `"${written}" may be several actors: ${ids.join(", ")}. Name the one you mean by its id.`,
    unknownSource: (written: string, near: string[]) =>
      `there is no source "${written}" in the source registry.${near.length ? ` Nearest: ${near.join(", ")}.` : ""} Add a new source with styrdok new source.`,
    ambiguousSource: (written: string, ids: string[]) => `"${written}" may be several sources: ${ids.join(", ")}. Name the one you mean by its id.`,
    noWords: (flag: string, written: string) => `--${flag} "${written}" has no letters or digits, so no readable id can be made from it. Write words, or give an id with --id.`,
    badId: (id: string) => `--id "${id}" is not a valid id: only a–z, 0–9 and hyphens (å, ä → a, ö → o), e.g. "${toKebab(id) || "dalarna-handlingsplan-2025"}".`,
    idExists: (id: string, where: string) => `the id "${id}" already exists (${where}). An id is unique across the content; give another with --id.`,
    nameExists: (name: string, id: string) => `something called "${name}" already exists: ${id}.`,
    folderExists: (folder: string) => `the folder ${folder} already exists.`,
    badDate: (flag: string, value: string) => `--${flag} needs a date that exists, written YYYY, YYYY-MM or YYYY-MM-DD (not "${value}").`,
    badYear: (value: string) => `--year needs a year, e.g. 2024 (not "${value}").`,
    badUrl: (value: string) => `--url needs a web address starting with https:// or http:// (not "${value}").`,
    noRegistry: (what: string, files: string[]) => `name the registry file for the ${what} with --file: ${files.join(", ") || "there is none"}.`,
    unknownFile: (file: string, files: string[]) => `the registry file "${file}" does not exist. The files: ${files.join(", ")}.`,
    cannotInsert: (file: string, problem: InsertError["problem"]) =>
      ({
        "no-frontmatter": `${file} has no --- block to add to.`,
        "broken-yaml": `${file} has errors in its YAML. Fix them first (styrdok validate ${file}).`,
        "not-a-list": `in ${file} the list is written on one line ([…]); write it as a list with one entry per line first.`,
      })[problem],
    contentErrors: (count: number) => `Note: the content has ${count} errors before anything is written; what has errors is not seen here. Run styrdok validate.\n`,
    madeWorse: "what would have been written gave new errors, so nothing was written. This is a bug in styrdok; the findings:",
    cancelled: "Cancelled; nothing was written.",
    created: (file: string, what: string) => `Created ${file} (${what})`,
    added: (file: string, line: number, what: string) => `Added ${what} to ${file}:${line}`,
    addedText: (file: string) => `Added the text at the end of the body of ${file}; move it to where it stands in the source.`,
    itemPhrase: (thing: Thing, id: string) => `${words.en.thingNames[thing]} ${id}`,
    next: "Next: fill in what the source says and run npm run styrdok -- validate",
    clean: "Check of what was written: no errors or warnings.",
    prompts: {
      kind: "What kind of document?",
      county: "Which county?",
      title: "Title, as the source writes it",
      validFrom: "Valid from (YYYY, YYYY-MM or YYYY-MM-DD; empty if unknown)",
      validTo: "Valid to (empty if unknown)",
      chapterTitle: "The first chapter's heading",
      document: "In which document?",
      chapter: "In which chapter?",
      chapterNewTitle: "The chapter's heading, as in the source",
      text: "The text, word for word as in the source",
      level: "What does the source call the goal?",
      measureKind: "What does the source call the measure?",
      responsible: "Who is responsible?",
      goals: "Which goals does it serve?",
      actor: "Which actor bears the responsibility? (search by name)",
      modality: "How strong is the obligation?",
      indicatorKind: "What kind of indicator?",
      name: "The actor's official name",
      actorKind: "What kind of actor?",
      sourceTitle: "The source's title",
      sourceKind: "What kind of source?",
      registry: "In which registry file?",
      required: "This is needed.",
      badDate: "Write YYYY, YYYY-MM or YYYY-MM-DD, a date that exists.",
      noWords: "Write something with letters or digits.",
    },
    enumWhat: {
      DocumentKind: "the document kind",
      DocumentStatus: "the status",
      GoalLevel: "the goal level",
      MeasureKind: "the measure kind",
      Modality: "the modality",
      IndicatorKind: "the indicator kind",
      ActorKind: "the actor kind",
      SourceKind: "the source kind",
    } as Record<string, string>,
  },
};
type Words = (typeof words)["sv"];

type EnumName = keyof typeof enumLabels;

/** One file `new` writes: created (no `before`) or changed. */
interface Change {
  path: string;
  before?: string;
  after: string;
  /** What the user is told about it. */
  lines: string[];
}

interface Context {
  values: NewValues;
  lang: Lang;
  w: Words;
  ask: Asker;
  content: Content;
  root: string;
  cwd: string;
  /** Every id declared in the content, with where. */
  ids: Map<string, string>;
  thing: Thing;
}

export function stringValue(values: NewValues, flag: keyof typeof newOptions): string | undefined {
  const value = values[flag];
  return typeof value === "string" ? value : undefined;
}

export function listValue(values: NewValues, flag: keyof typeof newOptions): string[] | undefined {
  const value = values[flag];
  return Array.isArray(value) ? value : typeof value === "string" ? [value] : undefined;
}

/** A value from its flag, else from a prompt, else its default; missing without a prompt is a usage error. */
async function field(context: Context, flag: keyof typeof newOptions, ask: (() => Promise<string>) | undefined, fallback?: string): Promise<string> {
  const given = stringValue(context.values, flag);
  if (given !== undefined) return given;
  if (context.ask.interactive && ask) return ask();
  if (fallback !== undefined) return fallback;
  throw new NewError(context.w.missingFlag(flag, context.w.thingNames[context.thing]));
}

/** An optional value: from its flag, or, in a terminal, from a prompt that may be left empty. */
async function optional(context: Context, flag: keyof typeof newOptions, ask?: () => Promise<string>): Promise<string | undefined> {
  const given = stringValue(context.values, flag);
  if (given !== undefined) return given;
  if (context.ask.interactive && ask) return (await ask()).trim() || undefined;
  return undefined;
}

/** The values of an enumeration with their Swedish titles, as prompt options. */
function enumOptions(name: EnumName): Array<{ value: string; label: string; hint?: string }> {
  return Object.entries(enumLabels[name] as Record<string, EnumLabel>).map(([value, label]) => ({ value, label: label.title, hint: value }));
}

/** An enumerated value from what an editor wrote: the value, its Swedish title or another of its words. */
export function enumValue(name: EnumName, written: string): string | undefined {
  const labels = enumLabels[name] as Record<string, EnumLabel>;
  if (Object.hasOwn(labels, written)) return written;
  const key = toKebab(written);
  for (const [value, label] of Object.entries(labels)) {
    if (value === key || [label.title, ...label.words].some((word) => toKebab(word) === key)) return value;
  }
  return undefined;
}

function resolveEnum(context: Context, name: EnumName, written: string): string {
  const value = enumValue(name, written);
  if (value) return value;
  const labels = enumLabels[name] as Record<string, EnumLabel>;
  const spellings = new Map<string, string>();
  for (const [value, label] of Object.entries(labels)) for (const word of [value, toKebab(label.title), ...label.words.map(toKebab)]) spellings.set(word, value);
  const near = spellings.get(nearest(toKebab(written), spellings.keys())) ?? "";
  const allowed = Object.entries(labels)
    .map(([value, label]) => `${value} (${label.title})`)
    .join(", ");
  throw new NewError(context.w.unknownEnum(context.w.enumWhat[name] ?? name, written, near, allowed));
}

function resolveCounty(context: Context, written: string): string {
  const labels = enumLabels.County as Record<string, EnumLabel>;
  const key = toKebab(written);
  const spellings = new Map<string, string>();
  for (const [value, label] of Object.entries(labels)) {
    spellings.set(value, value);
    spellings.set(toKebab(label.title), value);
  }
  const value = spellings.get(key) ?? spellings.get(key.replace(/-lan$/, "")) ?? spellings.get(key.replace(/s?-lan$/, ""));
  if (value) return value;
  throw new NewError(context.w.unknownCounty(written, spellings.get(nearest(key, spellings.keys())) ?? ""));
}

function checkDate(context: Context, flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isPartialDate(value)) throw new NewError(context.w.badDate(flag, value));
  return value;
}

/** A text that makes an id: some letters or digits in it. */
function requireWords(context: Context, flag: string, text: string): string {
  if (!toKebab(text)) throw new NewError(context.w.noWords(flag, text));
  return text;
}

/** Whether an id is readable ASCII kebab-case of a length an id may have. */
export function isWellFormedId(id: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && id.length <= 120;
}

/** Every id in the content, with where it is declared: a new one must be none of them. */
export function takenIds(content: Content): Map<string, string> {
  const ids = new Map<string, string>();
  const lists = [...content.graph.items.values()].map((node) => node.item as { id?: unknown; origin?: { file: string; line: number } });
  for (const list of Object.values(content.corpus)) lists.push(...(list as typeof lists));
  for (const item of lists) if (typeof item.id === "string" && item.origin && !ids.has(item.id)) ids.set(item.id, `${item.origin.file}:${item.origin.line}`);
  return ids;
}

/** An id the user gave with --id: well formed and not taken. */
function givenId(context: Context): string | undefined {
  const id = stringValue(context.values, "id");
  if (id === undefined) return undefined;
  if (!isWellFormedId(id)) throw new NewError(context.w.badId(id));
  return freeId(context, id);
}

function freeId(context: Context, id: string): string {
  const where = context.ids.get(id);
  if (where) throw new NewError(context.w.idExists(id, where));
  return id;
}

/** `<stem>-<n>` with the next number after every such id in the content. */
function numberedId(context: Context, stem: string): string {
  let highest = 0;
  const pattern = new RegExp(`^${stem.replace(/[-]/g, "\\-")}-(\\d+)$`);
  for (const id of context.ids.keys()) {
    const match = pattern.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let id = `${stem}-${highest + 1}`;
  for (let n = highest + 2; context.ids.has(id); n++) id = `${stem}-${n}`;
  return id;
}

function relativePath(context: Context, path: string): string {
  return relative(context.cwd, path) || ".";
}

// ---- Finding things in the content ----

function nearestOf(written: string, candidates: string[]): string[] {
  const key = toKebab(written);
  const close: string[] = [];
  for (let left = candidates; close.length < 3; ) {
    const found = nearest(key, left);
    if (!found) break;
    close.push(found);
    left = left.filter((candidate) => candidate !== found);
  }
  const containing = key.length >= 3 ? candidates.filter((candidate) => candidate.includes(key)).sort((a, b) => a.length - b.length) : [];
  return [...new Set([...close, ...containing])].slice(0, 5);
}

function resolveDocument(context: Context, written: string) {
  const { documents } = context.content.corpus;
  const key = toKebab(written);
  const found = documents.find((document) => document.id === written) ?? documents.find((document) => toKebab(document.title) === key || document.id === key);
  if (found) return found;
  throw new NewError(
    context.w.unknownDocument(
      written,
      nearestOf(
        written,
        documents.map((document) => document.id),
      ),
    ),
  );
}

function chaptersOf(context: Context, document: string) {
  return context.content.corpus.chapters.filter((chapter) => chapter.document === document);
}

function chapterLine(chapter: { id: string; label?: string | undefined; title: string }): string {
  return `${chapter.id} (${chapter.label ? `${chapter.label} ` : ""}${chapter.title})`;
}

function resolveChapter(context: Context, document: string, written: string) {
  const chapters = chaptersOf(context, document);
  const key = toKebab(written);
  const found =
    chapters.find((chapter) => chapter.id === written || chapter.id === `${document}-${key}`) ??
    chapters.find((chapter) => chapter.label !== undefined && (chapter.label === written || toKebab(chapter.label) === key)) ??
    chapters.find((chapter) => toKebab(chapter.title) === key) ??
    chapters.find((chapter) => {
      const name = basename(chapter.origin.file, ".md");
      return name === written.replace(/\.md$/, "") || name.replace(/^\d+-/, "") === key || (/^\d+$/.test(written) && Number(/^\d+/.exec(name)?.[0]) === Number(written));
    });
  if (found) return found;
  throw new NewError(context.w.unknownChapter(written, document, chapters.map(chapterLine)));
}

function resolveGoal(context: Context, document: string, written: string): string {
  const goals = context.content.corpus.goals.filter((goal) => goal.origin.document === document);
  const key = toKebab(written);
  const found =
    goals.find((goal) => goal.id === written || goal.id === `${document}-${key}`) ?? goals.find((goal) => goal.label !== undefined && (goal.label === written || toKebab(goal.label) === key));
  if (found) return found.id;
  throw new NewError(
    context.w.unknownGoal(
      written,
      document,
      nearestOf(
        `${document}-${key}`,
        goals.map((goal) => goal.id),
      ),
    ),
  );
}

/**
 * Registry items by the names they go by, in tiers that are tried in turn: ids; official
 * names (a source's title and number); then short names, abbreviations and aliases, as the
 * validator's suggestions know them; then former names.
 */
function registryNames(context: Context, kind: "actors" | "sources"): Array<Map<string, string[]>> {
  const items = context.content.corpus[kind] as Array<{ id: string; name?: string; title?: string; number?: string; formerNames?: Array<{ name: string }> }>;
  const tier = (namesOfItem: (item: (typeof items)[number]) => Array<string | undefined>) => {
    const names = new Map<string, string[]>();
    for (const item of items) {
      for (const name of namesOfItem(item)) {
        if (typeof name !== "string" || !toKebab(name)) continue;
        const ids = names.get(toKebab(name)) ?? [];
        if (!ids.includes(item.id)) names.set(toKebab(name), [...ids, item.id]);
      }
    }
    return names;
  };
  return [tier((item) => [item.id]), tier((item) => [item.name, item.title, item.number]), namesOf([{ [kind]: items }]), tier((item) => (item.formerNames ?? []).map((former) => former.name))];
}

/** An actor or source chosen by its name, short name, alias (or id); never a guess. */
function resolveRegistry(context: Context, kind: "actors" | "sources", written: string): string {
  const tiers = registryNames(context, kind);
  const w = context.w;
  const label = (id: string) => {
    const item = context.content.corpus[kind].find((candidate) => candidate.id === id) as { name?: string; title?: string; kind?: string } | undefined;
    const name = item?.name ?? item?.title;
    return name ? `${id} (${name}, ${item?.kind})` : id;
  };
  if (context.content.corpus[kind].some((item) => item.id === written)) return written;
  for (const names of tiers.slice(1)) {
    const ids = names.get(toKebab(written)) ?? [];
    if (ids.length === 1) return ids[0]!;
    if (ids.length > 1) throw new NewError(kind === "actors" ? w.ambiguousActor(written, ids.map(label)) : w.ambiguousSource(written, ids.map(label)));
  }
  const all = new Map<string, string[]>();
  for (const names of tiers) for (const [name, ids] of names) all.set(name, [...new Set([...(all.get(name) ?? []), ...ids])]);
  const near = [...new Set(nearestOf(written, [...all.keys()]).flatMap((name) => all.get(name) ?? []))].slice(0, 5).map(label);
  throw new NewError(kind === "actors" ? w.unknownActor(written, near) : w.unknownSource(written, near));
}

function actorOptions(context: Context) {
  return context.content.corpus.actors.map((actor) => ({
    value: actor.id,
    label: actor.name,
    hint: [...new Set([actor.shortName, ...(actor.aliases ?? [])].filter((name) => name !== undefined))].join(", ") || actor.id,
  }));
}

/** Registry references: from repeated flags, or, in a terminal, picked from the registry. */
async function registryList(context: Context, kind: "actors" | "sources", flag: "responsible" | "partner" | "source", prompt?: string): Promise<string[] | undefined> {
  const given = listValue(context.values, flag);
  if (given) return [...new Set(given.map((name) => resolveRegistry(context, kind, name)))];
  if (context.ask.interactive && prompt) {
    const options = kind === "actors" ? actorOptions(context) : context.content.corpus.sources.map((source) => ({ value: source.id, label: source.title, hint: source.id }));
    const chosen = await context.ask.searchMany(prompt, options);
    return chosen.length > 0 ? chosen : undefined;
  }
  return undefined;
}

// ---- What each kind of thing writes ----

/** The chapter schema's keys in order, so that a list added to a chapter stands where the schema puts it. */
const chapterKeys = [
  "type",
  "id",
  "title",
  "titleBasis",
  "label",
  "appendix",
  "templateFields",
  "goals",
  "measures",
  "responsibilities",
  "indicators",
  "definitions",
  "events",
  "templates",
  "footnotes",
  "gaps",
  "sourceErrors",
  "note",
];

async function planDocument(context: Context, presetKind: string | undefined): Promise<Change[]> {
  const { w, ask } = context;
  const kindWritten = presetKind ?? (await field(context, "kind", () => ask.select(w.prompts.kind, enumOptions("DocumentKind"))));
  const kind = resolveEnum(context, "DocumentKind", kindWritten);
  const countiesGiven = listValue(context.values, "county");
  const counties = countiesGiven
    ? [...new Set(countiesGiven.map((county) => resolveCounty(context, county)))]
    : [resolveCounty(context, await field(context, "county", () => ask.search(w.prompts.county, enumOptions("County"))))];
  const title = requireWords(context, "title", await field(context, "title", () => ask.text(w.prompts.title, { validate: (value) => (toKebab(value) ? undefined : w.prompts.noWords) })));
  const from = checkDate(
    context,
    "valid-from",
    await optional(context, "valid-from", () => ask.text(w.prompts.validFrom, { optional: true, validate: (value) => (!value.trim() || isPartialDate(value.trim()) ? undefined : w.prompts.badDate) })),
  );
  const to = checkDate(
    context,
    "valid-to",
    await optional(context, "valid-to", () => ask.text(w.prompts.validTo, { optional: true, validate: (value) => (!value.trim() || isPartialDate(value.trim()) ? undefined : w.prompts.badDate) })),
  );
  const status = resolveEnum(context, "DocumentStatus", await field(context, "status", undefined, "in-force"));
  const chapterTitle = requireWords(context, "chapter-title", await field(context, "chapter-title", () => ask.text(w.prompts.chapterTitle, { initial: "Inledning" }), "Inledning"));
  const kindWord = toKebab((enumLabels.DocumentKind as Record<string, EnumLabel>)[kind]!.title);
  const year = from?.slice(0, 4);
  const id = givenId(context) ?? freeId(context, year ? `${counties[0]}-${kindWord}-${year}` : `${counties[0]}-${idWords(title, 50)}`);
  const folder = join(context.root, "documents", id);
  if (existsSync(folder)) throw new NewError(w.folderExists(relativePath(context, folder)));
  const index: YamlItem = {
    type: "document",
    id,
    kind,
    title,
    counties,
    status,
    textAvailability: "partial",
    validity: from || to ? { from, to } : undefined,
  };
  const slug = idWords(chapterTitle);
  const chapterId = freeId(context, `${id}-${slug}`);
  const chapterPath = join(folder, `01-${slug}.md`);
  return [
    { path: join(folder, "index.md"), after: commentedFrontmatter("document.schema.json", index), lines: [w.created(relativePath(context, join(folder, "index.md")), w.itemPhrase("document", id))] },
    {
      path: chapterPath,
      after: commentedFrontmatter("chapter.schema.json", { type: "chapter", id: chapterId, title: chapterTitle }),
      lines: [w.created(relativePath(context, chapterPath), w.itemPhrase("chapter", chapterId))],
    },
  ];
}

async function chooseDocument(context: Context) {
  const { w, ask } = context;
  const documents = context.content.corpus.documents.filter((document) => document.textAvailability !== "none");
  return resolveDocument(
    context,
    await field(context, "document", () =>
      ask.search(
        w.prompts.document,
        documents.map((document) => ({ value: document.id, label: document.title, hint: document.id })),
      ),
    ),
  );
}

async function planChapter(context: Context): Promise<Change[]> {
  const { w, ask } = context;
  const document = await chooseDocument(context);
  const title = requireWords(context, "title", await field(context, "title", () => ask.text(w.prompts.chapterNewTitle, { validate: (value) => (toKebab(value) ? undefined : w.prompts.noWords) })));
  const label = stringValue(context.values, "label");
  const slug = idWords(title);
  const id = givenId(context) ?? freeId(context, `${document.id}-${slug}`);
  const folder = dirname(resolve(context.cwd, document.origin.file));
  const numbers = readdirSync(folder)
    .map((name) => /^(\d+)-.*\.md$/.exec(name))
    .filter((match) => match !== null);
  const width = Math.max(2, ...numbers.map((match) => match[1]!.length));
  const next = Math.max(0, ...numbers.map((match) => Number(match[1]))) + 1;
  const path = join(folder, `${String(next).padStart(width, "0")}-${slug}.md`);
  return [{ path, after: commentedFrontmatter("chapter.schema.json", { type: "chapter", id, title, label }), lines: [w.created(relativePath(context, path), w.itemPhrase("chapter", id))] }];
}

/** The chapter an item goes into: named by --chapter, picked in a terminal, or the only one there is. */
async function chooseChapter(context: Context, document: string) {
  const { w, ask } = context;
  const chapters = chaptersOf(context, document);
  if (chapters.length === 0) throw new NewError(w.noChapters(document));
  const given = stringValue(context.values, "chapter");
  if (given !== undefined) return resolveChapter(context, document, given);
  if (context.ask.interactive) {
    const id = await ask.select(
      w.prompts.chapter,
      chapters.map((chapter) => ({ value: chapter.id, label: `${chapter.label ? `${chapter.label} ` : ""}${chapter.title}`, hint: chapter.id })),
    );
    return resolveChapter(context, document, id);
  }
  if (chapters.length === 1) return chapters[0]!;
  throw new NewError(w.needsChapter(document, chapters.map(chapterLine)));
}

/** The goals an item serves: from repeated --goal, or picked in a terminal among the document's goals. */
async function goalList(context: Context, document: string): Promise<string[] | undefined> {
  const given = listValue(context.values, "goal");
  if (given) return [...new Set(given.map((goal) => resolveGoal(context, document, goal)))];
  const goals = context.content.corpus.goals.filter((goal) => goal.origin.document === document);
  if (!context.ask.interactive || goals.length === 0) return undefined;
  const chosen = await context.ask.searchMany(
    context.w.prompts.goals,
    goals.map((goal) => ({ value: goal.id, label: `${goal.label ? `${goal.label} ` : ""}${goal.text.slice(0, 70)}`, hint: goal.id })),
  );
  return chosen.length > 0 ? chosen : undefined;
}

/** The modality the text's own verb states, where exactly one modality's words stand in it. */
function modalityOf(text: string): string {
  const found = Object.entries(enumLabels.Modality as Record<string, EnumLabel>).filter(
    ([value, label]) => value !== "unstated" && [label.title, ...label.words].some((word) => containsWords(normalizeText(text.toLowerCase()), word)),
  );
  return found.length === 1 ? found[0]![0] : "unstated";
}

async function planItem(context: Context): Promise<Change[]> {
  const { w, ask, thing } = context;
  const document = await chooseDocument(context);
  const chapter = await chooseChapter(context, document.id);
  const text = requireWords(context, "text", await field(context, "text", () => ask.text(w.prompts.text, { validate: (value) => (toKebab(value) ? undefined : w.prompts.noWords) })));
  const label = stringValue(context.values, "label");
  const wordOf = (name: EnumName, value: string) => toKebab((enumLabels[name] as Record<string, EnumLabel>)[value]!.title);
  /** `<document>-<word>-<label>` where the source numbers the item, else `<document>-<word>-<n>`. */
  const idFor = (word: string) => {
    const given = givenId(context);
    if (given) return given;
    const stem = `${document.id}-${word}`;
    const numbering = label ? toKebab(label).replace(new RegExp(`^${word}-`), "") : "";
    if (numbering && /^[0-9]+(-[0-9a-z]+)*$/.test(numbering) && !context.ids.has(`${stem}-${numbering}`)) return `${stem}-${numbering}`;
    return numberedId(context, stem);
  };
  let key: string;
  let item: YamlItem;
  switch (thing) {
    case "goal": {
      const level = resolveEnum(context, "GoalLevel", await field(context, "level", () => ask.select(w.prompts.level, enumOptions("GoalLevel"), "mal"), "mal"));
      const parentWritten = stringValue(context.values, "parent");
      key = "goals";
      item = { id: idFor(wordOf("GoalLevel", level)), level, label, text, parent: parentWritten === undefined ? undefined : resolveGoal(context, document.id, parentWritten) };
      break;
    }
    case "measure": {
      const kind = resolveEnum(context, "MeasureKind", await field(context, "kind", () => ask.select(w.prompts.measureKind, enumOptions("MeasureKind"), "measure"), "measure"));
      const goals = await goalList(context, document.id);
      const responsible = await registryList(context, "actors", "responsible", w.prompts.responsible);
      const partners = await registryList(context, "actors", "partner");
      key = "measures";
      item = { id: idFor(wordOf("MeasureKind", kind)), kind, label, text, goals, responsible, partners };
      break;
    }
    case "responsibility": {
      const actor = resolveRegistry(context, "actors", await field(context, "actor", () => ask.search(w.prompts.actor, actorOptions(context))));
      const actorRecord = context.content.corpus.actors.find((candidate) => candidate.id === actor)!;
      const modality = resolveEnum(context, "Modality", await field(context, "modality", () => ask.select(w.prompts.modality, enumOptions("Modality"), modalityOf(text)), modalityOf(text)));
      const goals = listValue(context.values, "goal")?.map((goal) => resolveGoal(context, document.id, goal));
      key = "responsibilities";
      item = { id: idFor(`ansvar-${idWords(actorRecord.shortName ?? actor, 30)}`), actor, modality, text, goals };
      break;
    }
    default: {
      const kind = resolveEnum(context, "IndicatorKind", await field(context, "kind", () => ask.select(w.prompts.indicatorKind, enumOptions("IndicatorKind"), "indicator"), "indicator"));
      const goals = await goalList(context, document.id);
      const sources = await registryList(context, "sources", "source");
      key = "indicators";
      item = { id: idFor(wordOf("IndicatorKind", kind)), kind, text, goals, sources };
    }
  }
  const path = resolve(context.cwd, chapter.origin.file);
  const before = readFileSync(path, "utf8");
  let after: string;
  let line: number;
  try {
    ({ text: after, line } = insertListItem(before, key, item, chapterKeys));
  } catch (error) {
    if (error instanceof InsertError) throw new NewError(w.cannotInsert(relativePath(context, path), error.problem));
    throw error;
  }
  const lines = [w.added(relativePath(context, path), line, w.itemPhrase(thing, String(item.id)))];
  // The item's text quotes the source, and must stand in the chapter's prose as well.
  if (!containsWords(normalizeText(chapter.text), normalizeText(text))) {
    after = appendParagraph(after, text);
    lines.push(w.addedText(relativePath(context, path)));
  }
  return [{ path, before, after, lines }];
}

/** The registry file a new actor or source goes into: --file, or the file that holds most of its kind. */
async function chooseRegistry(context: Context, kind: "actors" | "sources", itemKind: string, counties: string[]): Promise<string> {
  const { w } = context;
  const items = context.content.corpus[kind] as Array<{ kind: string; counties?: string[]; origin: { file: string } }>;
  const files = [...new Set(items.map((item) => item.origin.file))];
  const folder = join(context.root, kind);
  if (existsSync(folder))
    for (const name of readdirSync(folder).sort()) if (name.endsWith(".md") && !files.includes(relativePath(context, join(folder, name)))) files.push(relativePath(context, join(folder, name)));
  const given = stringValue(context.values, "file");
  if (given !== undefined) {
    const match = files.find((file) => file === given || resolve(context.cwd, file) === resolve(context.cwd, given) || basename(file, ".md") === basename(given, ".md"));
    if (!match) throw new NewError(w.unknownFile(given, files));
    return resolve(context.cwd, match);
  }
  const score = new Map<string, number>();
  for (const item of items) {
    if (item.kind !== itemKind) continue;
    const shared = counties.length === 0 ? !item.counties?.length : counties.some((county) => item.counties?.includes(county));
    score.set(item.origin.file, (score.get(item.origin.file) ?? 0) + (shared ? 3 : 1));
  }
  const best = [...score.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return resolve(context.cwd, best[0]);
  if (files.length === 1) return resolve(context.cwd, files[0]!);
  if (context.ask.interactive && files.length > 0) {
    return resolve(
      context.cwd,
      await context.ask.select(
        w.prompts.registry,
        files.map((file) => ({ value: file, label: file })),
      ),
    );
  }
  throw new NewError(w.noRegistry(w.thingNames[context.thing], files));
}

async function planRegistryItem(context: Context): Promise<Change[]> {
  const { w, ask, thing } = context;
  let item: YamlItem;
  let key: "actors" | "sources";
  let file: string;
  if (thing === "actor") {
    const name = requireWords(context, "name", await field(context, "name", () => ask.text(w.prompts.name, { validate: (value) => (toKebab(value) ? undefined : w.prompts.noWords) })));
    const taken = registryNames(context, "actors")
      .map((names) => names.get(toKebab(name)))
      .find(Boolean);
    if (taken && !stringValue(context.values, "id")) throw new NewError(w.nameExists(name, taken.join(", ")));
    const kind = resolveEnum(context, "ActorKind", await field(context, "kind", () => ask.select(w.prompts.actorKind, enumOptions("ActorKind"))));
    const counties = listValue(context.values, "county")?.map((county) => resolveCounty(context, county));
    const parentWritten = stringValue(context.values, "parent");
    key = "actors";
    item = {
      id: givenId(context) ?? freeId(context, idWords(name, 80)),
      name,
      shortName: stringValue(context.values, "short-name"),
      kind,
      counties: counties ? [...new Set(counties)] : undefined,
      parent: parentWritten === undefined ? undefined : resolveRegistry(context, "actors", parentWritten),
      aliases: listValue(context.values, "alias"),
    };
    file = await chooseRegistry(context, "actors", kind, (item.counties as string[] | undefined) ?? []);
  } else {
    const title = requireWords(context, "title", await field(context, "title", () => ask.text(w.prompts.sourceTitle, { validate: (value) => (toKebab(value) ? undefined : w.prompts.noWords) })));
    const kind = resolveEnum(context, "SourceKind", await field(context, "kind", () => ask.select(w.prompts.sourceKind, enumOptions("SourceKind"))));
    const number = stringValue(context.values, "number");
    const yearWritten = stringValue(context.values, "year");
    if (yearWritten !== undefined && !/^\d{4}$/.test(yearWritten)) throw new NewError(w.badYear(yearWritten));
    const url = stringValue(context.values, "url");
    if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) throw new NewError(w.badUrl(url));
    const publisherWritten = stringValue(context.values, "publisher");
    const publisher = publisherWritten === undefined ? undefined : resolveRegistry(context, "actors", publisherWritten);
    const publisherWord = publisher ? toKebab(context.content.corpus.actors.find((actor) => actor.id === publisher)?.shortName ?? publisher) : "";
    // Sources are named by their number where they have one (sou-2015-55), else by publisher, year and title.
    const stem = number && toKebab(number) ? toKebab(number) : idWords([publisherWord, yearWritten ?? "", toKebab(title)].filter(Boolean).join("-"), 70);
    key = "sources";
    item = { id: givenId(context) ?? freeId(context, stem), kind, title, abbreviation: undefined, number, publisher, year: yearWritten === undefined ? undefined : Number(yearWritten), url };
    file = await chooseRegistry(context, "sources", kind, []);
  }
  const before = readFileSync(file, "utf8");
  let result: { text: string; line: number };
  try {
    result = insertListItem(before, key, item, ["type", key]);
  } catch (error) {
    if (error instanceof InsertError) throw new NewError(w.cannotInsert(relativePath(context, file), error.problem));
    throw error;
  }
  return [{ path: file, before, after: result.text, lines: [w.added(relativePath(context, file), result.line, w.itemPhrase(thing, String(item.id)))] }];
}

// ---- The command ----

function resolveThing(context: { w: Words }, written: string): { thing: Thing; kind?: string } {
  const lower = written.toLowerCase();
  if ((things as readonly string[]).includes(lower)) return { thing: lower as Thing };
  const swedish = swedishThings[toKebab(written)];
  if (swedish) return { thing: swedish };
  // "styrdok new handlingsplan": a kind of document stands for a new document of that kind.
  const kind = enumValue("DocumentKind", written);
  if (kind) return { thing: "document", kind };
  const spellings = [...things, ...Object.keys(swedishThings)];
  const near = nearest(toKebab(written), spellings);
  throw new NewError(context.w.unknownThing(written, near ? (swedishThings[near] ?? near) : ""));
}

function errorsIn(files: VFile[], paths: Set<string>, cwd: string): VFile[] {
  return files.filter((file) => paths.has(resolve(cwd, file.path)));
}

function fatalCount(files: VFile[]): number {
  return files.reduce((sum, file) => sum + file.messages.filter((message) => message.fatal === true).length, 0);
}

/**
 * `styrdok new [what]`: prompts in a terminal unless --yes; otherwise every required value must
 * come from a flag. Returns the exit code: 0 written, 2 bad input (nothing written).
 */
export async function newCommand(
  args: string[],
  values: NewValues,
  lang: Lang,
  io: { cwd: string; stdout: (text: string) => void; stderr: (text: string) => void },
  options: LoadOptions & { interactive: boolean },
): Promise<number> {
  const w = words[lang];
  const ask = options.interactive && values.yes !== true ? terminalAsker(lang) : scriptedAsker;
  try {
    const root = defaultContentPath(io.cwd);
    let resolved: { thing: Thing; kind?: string };
    if (args[0] !== undefined) resolved = resolveThing({ w }, args[0]);
    else if (ask.interactive) {
      resolved = {
        thing: await ask.select(
          w.whatPrompt,
          things.map((thing) => ({ value: thing, label: w.thingNames[thing], hint: thing })),
        ),
      };
    } else throw new NewError(w.needsThing);
    if (resolved.kind && stringValue(values, "kind") !== undefined && enumValue("DocumentKind", stringValue(values, "kind")!) !== resolved.kind) resolved.kind = undefined;
    // The check after writing parses only the files that changed.
    const loadOptions: LoadFilesOptions = { ...options, roots: [root], parseCache: new Map<string, ParseOutcome>() };
    const content = await loadContent([root], loadOptions);
    if (content.errors > 0) io.stderr(w.contentErrors(content.errors));
    const ids = takenIds(content);
    const context: Context = { values, lang, w, ask, content, root, cwd: io.cwd, ids, thing: resolved.thing };
    const changes =
      resolved.thing === "document"
        ? await planDocument(context, resolved.kind)
        : resolved.thing === "chapter"
          ? await planChapter(context)
          : resolved.thing === "actor" || resolved.thing === "source"
            ? await planRegistryItem(context)
            : await planItem(context);
    const changed = new Set(changes.map((change) => change.path));
    const errorsBefore = fatalCount(errorsIn(content.files, changed, io.cwd));
    const created: string[] = [];
    for (const change of changes) {
      const folder = dirname(change.path);
      if (!existsSync(folder)) {
        mkdirSync(folder, { recursive: true });
        created.push(folder);
      }
      writeFileSync(change.path, change.after);
    }
    const after = await loadContent([root], loadOptions);
    const written = errorsIn(after.files, changed, io.cwd);
    if (fatalCount(written) > errorsBefore) {
      // Never leave the content worse than it was: take everything back.
      for (const change of changes) {
        if (change.before === undefined) rmSync(change.path, { force: true });
        else writeFileSync(change.path, change.before);
      }
      for (const folder of created.reverse()) rmSync(folder, { recursive: true, force: true });
      io.stderr(`styrdok: ${w.madeWorse}\n${textReport(written, lang, false)}`);
      return 2;
    }
    io.stdout(`${changes.flatMap((change) => change.lines).join("\n")}\n`);
    const warnings = written.reduce((sum, file) => sum + file.messages.filter((message) => message.fatal !== true).length, 0);
    // The report of what was written ends with its own count.
    io.stdout(warnings > 0 || fatalCount(written) > 0 ? textReport(written, lang, false) : `${w.clean}\n`);
    io.stdout(`${w.next}\n`);
    return 0;
  } catch (error) {
    if (error instanceof Cancelled) {
      io.stderr(`${w.cancelled}\n`);
      return 2;
    }
    if (error instanceof NewError) {
      io.stderr(`styrdok: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
