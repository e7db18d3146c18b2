// Every finding styrdok reports has a stable code (vfile-message `ruleId`), a severity, and
// structured data: the ids, fields, values and suggestions it concerns. Words come last: a
// finding is rendered in Swedish (the editors' language) or English only by whoever shows it
// (the CLI's reporters, the remark plugin, the site build), with `renderFinding`. The codes and
// their data are part of the public contract: CI scripts and editors' tooling match on them.
import type { ErrorObject } from "ajv";
import localizeImport from "ajv-i18n";
import type { VFile } from "vfile";
import { VFileMessage } from "vfile-message";
import type { WordPart } from "./diff.ts";
import { commonJsDefault } from "./interop.ts";
import { capitalized, typeName, typePhrase } from "./labels.ts";

export type Lang = "sv" | "en";
export type Severity = "error" | "warning";

export interface Place {
  start: { line: number; column: number };
  end?: { line: number; column: number };
}

/** A step of a path into the frontmatter: a field, or a list position (from 0) with the id of the item there. */
export type PathStep = string | { item: number; id?: string };

/** What kind of value something is, as a message names it ("a text", "a list"). */
export type ValueKind = "string" | "number" | "integer" | "boolean" | "array" | "object" | "null" | "non-finite";

/** A value as a message quotes it: as written when it is a text, a number or a truth value, else by its kind. */
export type Quoted = { value: string } | { valueKind: ValueKind };

/** The types of items an id can declare or a reference can require, as the schemas name them. */
type ItemTypeName = string;

/**
 * The data of each kind of finding. Every field is language-neutral: ids, field names, values, counts.
 * `suggestion` is the likeliest replacement for the text at the finding's place; `tied`, others
 * exactly as likely, where there are any.
 */
export interface FindingParams {
  "path-not-found": { path: string };
  "file-unreadable": { reason: string };
  "file-unexpected": { rename: string };
  "symlink-broken": Record<string, never>;
  "symlink-outside-root": { target: string };
  "file-empty": Record<string, never>;
  "file-too-large": { size: number; limit: number };
  "file-binary": Record<string, never>;
  "encoding-invalid": { byte: string };
  "encoding-utf16": Record<string, never>;
  "frontmatter-missing": Record<string, never>;
  "frontmatter-unterminated": Record<string, never>;
  "frontmatter-not-mapping": { actual: ValueKind };
  /** `yamlCode` is the parser's error code where it gave one; `nbsp`, whether the line holds a non-breaking space. */
  "yaml-syntax": { parserMessage: string; yamlCode?: string; nbsp?: boolean };
  "yaml-tab": Record<string, never>;
  /** A line indented `actual` spaces where its siblings have `expected`; the rest of the file is read as if corrected. */
  "yaml-indent": { actual: number; expected: number };
  "yaml-duplicate-key": { key: string; first: number };
  "yaml-alias-limit": Record<string, never>;
  "yaml-too-deep": { limit: number };
  "markdown-too-complex": { seconds: number } | { reason: string } | { depth: number; limit: number };
  "type-missing": { allowed: string[]; written: string; suggestion: string };
  "type-unknown": Quoted & { allowed: string[]; suggestion: string; tied?: string[] };
  "schema-unknown-field": { field: string; path: PathStep[]; allowed: string[]; suggestion: string; tied?: string[] };
  /** `title` is the field's Swedish title from the schema, when it says more than the key. */
  "schema-required": { field: string; path: PathStep[]; title: string };
  "schema-type": { path: PathStep[]; expected: string[]; actual: ValueKind };
  "schema-enum": Quoted & { path: PathStep[]; allowed: string[]; suggestion: string; tied?: string[] };
  "schema-const": { path: PathStep[]; expected: string };
  "schema-pattern": Quoted & { path: PathStep[]; pattern: string; suggestion: string };
  "schema-empty": { path: PathStep[] };
  "schema-too-few": { path: PathStep[]; limit: number };
  "schema-too-long": { path: PathStep[]; limit: number };
  "schema-duplicate-value": Quoted & { path: PathStep[] };
  "schema-out-of-range": { path: PathStep[]; comparison: string; limit: number };
  "invalid-date": Quoted & { path: PathStep[] };
  "invalid-url": Quoted & { path: PathStep[] };
  /** A schema rule without words of its own: ajv's keyword, parameters and English message. */
  "schema-invalid": { path: PathStep[]; keyword: string; ajvParams: Record<string, unknown>; ajvMessage: string };
  "duplicate-id": { id: string; other: string; otherType: ItemTypeName };
  "reference-unresolved": { id: string; expected: ItemTypeName; suggestion: string; tied?: string[]; path: PathStep[] };
  /** `field`: the unknown field of the file that holds the ids (`mål` for `goals`); absent for a file that cannot be read. */
  "references-unchecked": { count: number; field?: string };
  "reference-wrong-type": { id: string; actual: ItemTypeName; expected: ItemTypeName; path: PathStep[] };
  /** `relation` is the field that forms the chain: parent, supersedes, predecessors or members. */
  cycle: { relation: string; chain: string };
  "date-order": { from: string; to: string };
  "link-unresolved": { href: string; suggestion: string };
  "footnote-undefined": { label: string };
  "footnote-unknown-label": { label: string };
  /** `passage`: the body's words nearest to the field, compared with it (delete: only the body has it; insert: only the field); empty when nothing is like it. */
  "text-not-in-body": { field: string; id: string; passage: WordPart[] };
  "footnote-duplicate": { label: string };
  "footnote-unused": { label: string };
  "link-unsafe": { href: string };
  "html-in-body": { html: string };
  "link-missing-hash": { href: string; id: string };
  "body-ignored": { type: string };
  "yaml-comment-in-value": Record<string, never>;
  "yaml-tag": { tag: string };
  "chapter-without-document": Record<string, never>;
  "document-not-index": Record<string, never>;
  "chapter-order-ambiguous": { name: string };
  "document-without-text": { value: string };
  "template-field-missing": { template: string; field: string; title: string };
  "template-field-foreign": { field: string; actual: string; expected: string };
  "actor-unreferenced": { id: string };
  "goal-without-measure": { id: string };
  "measure-without-responsible": { id: string; kind: string };
  "document-expired-not-superseded": { id: string; to: string };
  /** A document that `styrdok import` made and no one has reviewed (`draft: true`): the site leaves it out. */
  "document-draft": { id: string };
  /** A goal, measure or responsibility that `styrdok import` proposed and no one has confirmed (`proposed: true`); `from`, its `proposedFrom`. */
  "item-proposed": { id: string; type: ItemTypeName; from?: string };
  /** `type` is the item's type (goal, measure); `targetDocument`, the document the continued item belongs to. */
  "continues-outside-lineage": { id: string; type: ItemTypeName; target: string; document: string; targetDocument: string };
  /** `styrdok fmt` left the file as it was: YAML it does not rewrite, a check that failed, or the file changed meanwhile. */
  "format-refused": { reason: "unsupported" | "unsafe" | "changed"; detail: string };
  /** `styrdok import`'s input: a file with nothing in it. */
  "import-empty": Record<string, never>;
  /** Text that is not UTF-8; `guess`, the encoding its bytes look like ("windows-1252") or "". */
  "import-encoding": { guess: string };
  "import-binary": Record<string, never>;
  "import-too-large": { size: number; limit: number; unit: "bytes" | "pages" | "chars" };
  /** A PDF that opens only with a password. */
  "import-pdf-encrypted": Record<string, never>;
  /** A PDF that pdf.js cannot read; `reason`, what it said. */
  "import-pdf-corrupt": { reason: string };
  /** A PDF with pages but no text on any of them: scanned, or images only. */
  "import-pdf-no-text": { pages: number };
  /** Text in which the cleaning found nothing but headings and page furniture. */
  "import-no-text": Record<string, never>;
  "internal-error": { reason: string };
}

export type Code = keyof FindingParams;

type Words<P> = (p: P) => string;
interface CodeDefinition<P> {
  severity: Severity;
  sv: Words<P>;
  en: Words<P>;
}

/** Words for kinds of values, shared by every message that says what a value is or should be. */
const valueWords: Record<Lang, Record<ValueKind, string>> = {
  sv: {
    string: "en text",
    number: "ett tal",
    integer: "ett heltal",
    boolean: "sant eller falskt (true/false)",
    array: "en lista",
    object: "en samling fält",
    null: "tomt",
    "non-finite": "ett tal som inte är ändligt (till exempel .nan eller ett för stort tal)",
  },
  en: {
    string: "a text",
    number: "a number",
    integer: "an integer",
    boolean: "true or false",
    array: "a list",
    object: "a set of fields",
    null: "empty",
    "non-finite": "a number that is not finite (such as .nan or a number too large)",
  },
};

export function kindOfValue(value: unknown): ValueKind {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return !Number.isFinite(value) ? "non-finite" : Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "object") return "object";
  return "null";
}

/** A value as a finding quotes it: texts, numbers and truth values as written, anything else by its kind. */
export function quoted(value: unknown): Quoted {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value)) || typeof value === "boolean" ? { value: String(value) } : { valueKind: kindOfValue(value) };
}

function shown(quote: Quoted, lang: Lang): string {
  return "value" in quote ? quote.value : valueWords[lang][quote.valueKind];
}

/** A JSON type name as ajv gives it ("string", "array") in words. */
function kindWords(kind: string, lang: Lang): string {
  return kind in valueWords[lang] ? valueWords[lang][kind as ValueKind] : kind;
}

/**
 * How many characters of one value from content a message quotes: enough to recognise it by,
 * while a megabyte written where an id or a date belongs does not make a megabyte of message.
 */
export const MAX_QUOTED_LENGTH = 200;

/** A value cut to `MAX_QUOTED_LENGTH` characters, with "…" where it was cut (never inside a surrogate pair). */
function excerpt(text: string): string {
  if (text.length <= MAX_QUOTED_LENGTH) return text;
  const end = /[\ud800-\udbff]/.test(text[MAX_QUOTED_LENGTH - 1]!) ? MAX_QUOTED_LENGTH - 1 : MAX_QUOTED_LENGTH;
  return `${text.slice(0, end)}…`;
}

/**
 * A text from content as a finding shows it: at most `MAX_QUOTED_LENGTH` characters, with control
 * characters and line breaks escaped so that they cannot forge output lines (an id in a path, a
 * footnote label, a title).
 */
const escaped = (value: string | number | undefined) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this escapes.
  excerpt(String(value ?? "")).replace(/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) =>
    char === "\n" ? "\\n" : char === "\t" ? "\\t" : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

/**
 * A path as an editor reads it: list positions counted from 1, with the item's id where it has
 * one, e.g. `actors › nr 2 (aklagarmyndigheten) › kind`; the frontmatter as a whole when empty.
 */
export function pathWords(path: readonly PathStep[], lang: Lang): string {
  if (path.length === 0) return "frontmatter";
  return path.map((step) => (typeof step === "string" ? escaped(step) : `${lang === "sv" ? "nr" : "no."} ${step.item + 1}${step.id !== undefined ? ` (${escaped(step.id)})` : ""}`)).join(" › ");
}

/** " i actors › nr 1" where a finding is inside an item, "" at the top of the frontmatter. */
const inPath = (path: readonly PathStep[], lang: Lang) => (path.length > 0 ? `${lang === "sv" ? " i" : " in"} ${pathWords(path, lang)}` : "");

const list = (values: readonly string[]) => values.join(", ");

const patternHints: Record<Lang, Record<string, string>> = {
  sv: {
    "^[a-z0-9]+(-[a-z0-9]+)*$": "Ett id skrivs med små bokstäver a–z, siffror och enkla bindestreck (å, ä → a, ö → o), t.ex. polismyndigheten.",
    default: "Se schemat för tillåten form.",
  },
  en: {
    "^[a-z0-9]+(-[a-z0-9]+)*$": "An id is written with lowercase a–z, digits and single hyphens (å, ä → a, ö → o), e.g. polismyndigheten.",
    default: "See the schema for the allowed form.",
  },
};

const yamlWords: Record<string, Record<Lang, string>> = {
  BAD_INDENT: {
    sv: "indraget stämmer inte. Rader i samma lista eller samling ska börja i samma kolumn, och det som hör till ett fält ska dras in under det.",
    en: "the indentation is wrong. Lines of the same list or mapping must start in the same column, and what belongs to a field must be indented below it.",
  },
  // yaml's MISSING_CHAR also stands for a line where a list item would start: no quote is open there.
  MISSING_DASH: {
    sv: "raden står där nästa punkt i en lista ska börja, men har inget - framför sig. Saknas ett -, eller är raden indragen för lite eller för mycket? Rader i samma samling ska börja i samma kolumn.",
    en: "the line stands where the next item of a list begins, but has no - before it. Is a - missing, or is the line indented too little or too much? Lines of the same mapping must start in the same column.",
  },
  MISSING_CHAR: {
    sv: "ett tecken saknas: en text inom citattecken eller en lista inom [ ] eller { } avslutas aldrig.",
    en: "a character is missing: a quoted text or a list in [ ] or { } is never closed.",
  },
  BLOCK_AS_IMPLICIT_KEY: {
    sv: 'en lista eller samling står där ett fältnamn ska stå. Saknas ett kolon, eller ska raden dras in? Om värdet innehåller ": ", sätt citattecken runt hela värdet.',
    en: 'a list or mapping stands where a field name belongs. Is a colon missing, or should the line be indented? If the value contains ": ", put quotes around the whole value.',
  },
  MULTILINE_IMPLICIT_KEY: {
    sv: "ett fältnamn fortsätter på nästa rad. Saknas ett kolon efter fältnamnet, eller ska en lång text sättas inom citattecken?",
    en: "a field name continues on the next line. Is a colon missing after the field name, or should a long text be put in quotes?",
  },
  UNEXPECTED_TOKEN: {
    sv: 'ett oväntat tecken. Om värdet innehåller ": " eller " #", eller börjar med något av " \' [ ] { } , & * ! | > % @ `, sätt citattecken runt hela värdet.',
    en: 'an unexpected character. If the value contains ": " or " #", or starts with one of " \' [ ] { } , & * ! | > % @ `, put quotes around the whole value.',
  },
  BAD_SCALAR_START: {
    sv: "värdet börjar med ett tecken som har särskild betydelse i YAML; sätt citattecken runt det.",
    en: "the value starts with a character that has a special meaning in YAML; put quotes around it.",
  },
  BAD_DQ_ESCAPE: {
    sv: "ett bakstreck inom dubbla citattecken måste skrivas \\\\; eller använd enkla citattecken.",
    en: "a backslash inside double quotes must be written \\\\; or use single quotes.",
  },
  BAD_ALIAS: {
    sv: "aliaset (*namn) pekar inte på något ankare (&namn). Skriv ut värdet i stället.",
    en: "the alias (*name) points to no anchor (&name). Write the value out instead.",
  },
  BLOCK_IN_FLOW: {
    sv: "en lista med - kan inte stå inne i [ ] eller { }.",
    en: "a list with - cannot stand inside [ ] or { }.",
  },
  KEY_OVER_1024_CHARS: {
    sv: "fältnamnet är för långt; saknas ett kolon efter det?",
    en: "the field name is too long; is a colon missing after it?",
  },
};

/** An explanation of a YAML error an editor can act on, with a word about invisible characters. */
function yamlDetail(p: FindingParams["yaml-syntax"], lang: Lang): string {
  if (p.yamlCode === undefined) return p.parserMessage;
  const firstLine = p.parserMessage.split("\n")[0] ?? "";
  const code = p.yamlCode === "MISSING_CHAR" && firstLine.startsWith("Sequence item without - indicator") ? "MISSING_DASH" : p.yamlCode;
  let words = yamlWords[code]?.[lang] ?? (lang === "sv" ? `YAML kunde inte tolkas här (${firstLine}).` : firstLine);
  if (p.nbsp)
    words +=
      lang === "sv"
        ? " Raden innehåller ett hårt mellanslag (ofta inklistrat från Word); ersätt det med ett vanligt."
        : " The line contains a non-breaking space (often pasted from Word); replace it with an ordinary space.";
  return words;
}

const localizeSwedish = commonJsDefault(localizeImport).sv;

/** ajv's words for a rule styrdok has none of its own for, in Swedish through ajv-i18n. */
function ajvWords(p: FindingParams["schema-invalid"], lang: Lang): string {
  if (lang === "en") return p.ajvMessage || p.keyword;
  const copy: ErrorObject[] = [{ keyword: p.keyword, params: p.ajvParams, message: p.ajvMessage, instancePath: "", schemaPath: "" }];
  localizeSwedish(copy);
  return copy[0]!.message ?? p.keyword;
}

const cycleRelations: Record<Lang, Record<string, string>> = {
  sv: { parent: "överordnade", supersedes: "ersätter-relationer", predecessors: "föregångare", members: "medlemskap" },
  en: { parent: "parents", supersedes: "supersedes relations", predecessors: "predecessors", members: "memberships" },
};

/** What a proposed item is called in Swedish: "målet" … "det", "åtgärden" … "den". */
const proposedWords = (type: string): { definite: string; pronoun: string } =>
  type === "goal"
    ? { definite: "målet", pronoun: "det" }
    : type === "measure"
      ? { definite: "åtgärden", pronoun: "den" }
      : type === "responsibility"
        ? { definite: "ansvaret", pronoun: "det" }
        : { definite: "posten", pronoun: "den" };

/** Quotes a value from content safely: control characters and line breaks cannot forge output lines. */
const q = (value: string | number | undefined) => `"${escaped(value)}"`;
/** A detail that may carry a parser's words, on one line and unable to forge one. */
const oneLine = (value: string) => escaped(value);

/** Words compared as the diff's text marks them: [-only before-]{+only after+}. */
const marked = (parts: readonly WordPart[]) =>
  parts.map((part) => (part.op === "equal" ? escaped(part.text) : part.op === "delete" ? `[-${escaped(part.text)}-]` : `{+${escaped(part.text)}+}`)).join("");

const tooComplex = (p: FindingParams["markdown-too-complex"], lang: Lang) => {
  if ("seconds" in p) return lang === "sv" ? `tolkningen avbröts efter ${p.seconds} s` : `parsing was stopped after ${p.seconds} s`;
  if ("depth" in p) return lang === "sv" ? `den är nästlad i ${p.depth} nivåer; gränsen är ${p.limit}` : `it nests ${p.depth} levels deep; the limit is ${p.limit}`;
  return lang === "sv" ? `tolkningen misslyckades: ${p.reason}` : `parsing failed: ${p.reason}`;
};

export const codes: { [C in Code]: CodeDefinition<FindingParams[C]> } = {
  "path-not-found": {
    severity: "error",
    sv: (p) => `Sökvägen ${q(p.path)} finns inte. Stå i projektmappen (den som har mappen content) eller ange sökvägen till innehållet.`,
    en: (p) => `The path ${q(p.path)} does not exist. Stand in the project folder (the one with the content folder) or give the path to the content.`,
  },
  "file-unreadable": {
    severity: "error",
    sv: (p) => `Filen kunde inte läsas (${p.reason}).`,
    en: (p) => `The file could not be read (${p.reason}).`,
  },
  "file-unexpected": {
    severity: "warning",
    sv: (p) => (p.rename ? `Filändelsen ska skrivas med små bokstäver: byt namn till ${q(p.rename)}. Filen hoppas över.` : "Filen är ingen innehållsfil (bara .md-filer läses) och hoppas över."),
    en: (p) => (p.rename ? `The file extension must be lowercase: rename it to ${q(p.rename)}. The file is skipped.` : "Not a content file (only .md files are read); skipped."),
  },
  "symlink-broken": {
    severity: "error",
    sv: () => "Den symboliska länken pekar på något som inte finns.",
    en: () => "The symbolic link points to something that does not exist.",
  },
  "symlink-outside-root": {
    severity: "error",
    sv: (p) => `Den symboliska länken pekar ut ur innehållsmappen (till ${p.target}) och följs inte.`,
    en: (p) => `The symbolic link leaves the content folder (to ${p.target}) and is not followed.`,
  },
  "file-empty": {
    severity: "error",
    sv: () => "Filen är tom. En innehållsfil börjar med frontmatter: en rad med ---, YAML-fält och en rad med ---.",
    en: () => "The file is empty. A content file starts with frontmatter: a line with ---, YAML fields and a line with ---.",
  },
  "file-too-large": {
    severity: "error",
    sv: (p) => `Filen är ${p.size} byte; gränsen är ${p.limit} byte. Dela upp den i flera kapitel.`,
    en: (p) => `The file is ${p.size} bytes; the limit is ${p.limit} bytes. Split it into several chapters.`,
  },
  "file-binary": {
    severity: "error",
    sv: () => "Filen innehåller binära data (NUL-tecken) och är ingen textfil.",
    en: () => "The file contains binary data (NUL characters) and is not a text file.",
  },
  "encoding-invalid": {
    severity: "error",
    sv: (p) => `Filen är inte giltig UTF-8 (byte ${p.byte} här). Spara den med teckenkodningen UTF-8.`,
    en: (p) => `The file is not valid UTF-8 (byte ${p.byte} here). Save it with the UTF-8 encoding.`,
  },
  "encoding-utf16": {
    severity: "error",
    sv: () => "Filen är kodad som UTF-16. Spara den med teckenkodningen UTF-8.",
    en: () => "The file is encoded as UTF-16. Save it with the UTF-8 encoding.",
  },
  "frontmatter-missing": {
    severity: "error",
    sv: () => "Frontmatter saknas: filen ska börja med en rad med ---, sedan YAML-fält och en avslutande rad med ---.",
    en: () => "Frontmatter is missing: the file must start with a line with ---, then YAML fields and a closing line with ---.",
  },
  "frontmatter-unterminated": {
    severity: "error",
    sv: () => "Frontmatter avslutas aldrig: raden med --- här saknar en avslutande rad med ---.",
    en: () => "The frontmatter is never closed: the --- line here has no closing --- line.",
  },
  "frontmatter-not-mapping": {
    severity: "error",
    sv: (p) => `Frontmatter ska vara fält på formen nyckel: värde, men är ${valueWords.sv[p.actual]}.`,
    en: (p) => `The frontmatter must be fields of the form key: value, but is ${valueWords.en[p.actual]}.`,
  },
  "yaml-syntax": {
    severity: "error",
    sv: (p) => `Ogiltig YAML: ${yamlDetail(p, "sv")}`,
    en: (p) => `Invalid YAML: ${yamlDetail(p, "en")}`,
  },
  "yaml-tab": {
    severity: "error",
    sv: () => "Tabbtecken får inte användas för indrag i YAML; använd mellanslag.",
    en: () => "Tabs must not be used for indentation in YAML; use spaces.",
  },
  "yaml-indent": {
    severity: "error",
    sv: (p) =>
      `Raden är indragen med ${p.actual} mellanslag, men ska troligen ha ${p.expected}, som raderna den hör ihop med: rader i samma lista eller samling ska börja i samma kolumn. Resten av filen är kontrollerad som om raden hade ${p.expected}.`,
    en: (p) =>
      `The line is indented by ${p.actual} spaces, but most likely belongs at ${p.expected}, as the lines it goes with: lines of the same list or mapping must start in the same column. The rest of the file is checked as if the line had ${p.expected}.`,
  },
  "yaml-duplicate-key": {
    severity: "error",
    sv: (p) => `Fältet ${q(p.key)} står redan${p.first ? ` på rad ${p.first}` : ""}; ett fält får bara stå en gång i samma samling.`,
    en: (p) => `The field ${q(p.key)} is already given${p.first ? ` on line ${p.first}` : ""}; a field may appear only once in the same mapping.`,
  },
  "yaml-alias-limit": {
    severity: "error",
    sv: () => "YAML-alias expanderar till för mycket data (möjlig aliasbomb). Skriv ut värdena i stället för att använda & och *.",
    en: () => "YAML aliases expand to too much data (a possible alias bomb). Write the values out instead of using & and *.",
  },
  "yaml-too-deep": {
    severity: "error",
    sv: (p) => `YAML-strukturen är för djupt nästlad (mer än ${p.limit} nivåer).`,
    en: (p) => `The YAML structure is nested too deeply (more than ${p.limit} levels).`,
  },
  "markdown-too-complex": {
    severity: "error",
    sv: (p) => `Brödtexten är för djupt nästlad eller för komplex för att läsas (${tooComplex(p, "sv")}). Förenkla den, t.ex. med färre nivåer av listor och citat eller färre hakparenteser.`,
    en: (p) => `The body is nested too deeply or too complex to read (${tooComplex(p, "en")}). Simplify it, e.g. with fewer levels of lists and quotes or fewer brackets.`,
  },
  "type-missing": {
    severity: "error",
    sv: (p) => `Fältet "type" saknas${p.written ? ` (här står ${q(p.written)}: menade du "type"?)` : ""}. Ange vad filen är: ${list(p.allowed)}.`,
    en: (p) => `The field "type" is missing${p.written ? ` (${q(p.written)} is written here: did you mean "type"?)` : ""}. Say what the file is: ${list(p.allowed)}.`,
  },
  "type-unknown": {
    severity: "error",
    sv: (p) => `Okänt innehållsslag ${q(shown(p, "sv"))}.${p.suggestion ? ` Menade du ${q(p.suggestion)}?` : ""} Tillåtna värden: ${list(p.allowed)}.`,
    en: (p) => `Unknown content type ${q(shown(p, "en"))}.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ""} Allowed values: ${list(p.allowed)}.`,
  },
  "schema-unknown-field": {
    severity: "error",
    sv: (p) => `Okänt fält ${q(p.field)}${inPath(p.path, "sv")}.${p.suggestion ? ` Menade du ${q(p.suggestion)}?` : ""} Tillåtna fält: ${list(p.allowed)}.`,
    en: (p) => `Unknown field ${q(p.field)}${inPath(p.path, "en")}.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ""} Allowed fields: ${list(p.allowed)}.`,
  },
  "schema-required": {
    severity: "error",
    sv: (p) => `Fältet ${q(p.field)}${p.title ? ` (${p.title})` : ""} saknas${inPath(p.path, "sv")}.`,
    en: (p) => `The field ${q(p.field)}${p.title ? ` (${p.title})` : ""} is missing${inPath(p.path, "en")}.`,
  },
  "schema-type": {
    severity: "error",
    sv: (p) => `${pathWords(p.path, "sv")} ska vara ${p.expected.map((kind) => kindWords(kind, "sv")).join(" eller ")}, men är ${valueWords.sv[p.actual]}.`,
    en: (p) => `${pathWords(p.path, "en")} must be ${p.expected.map((kind) => kindWords(kind, "en")).join(" or ")}, but is ${valueWords.en[p.actual]}.`,
  },
  "schema-enum": {
    severity: "error",
    sv: (p) => `${pathWords(p.path, "sv")} har värdet ${q(shown(p, "sv"))}, som inte är tillåtet.${p.suggestion ? ` Menade du ${q(p.suggestion)}?` : ""} Tillåtna värden: ${list(p.allowed)}.`,
    en: (p) => `${pathWords(p.path, "en")} has the value ${q(shown(p, "en"))}, which is not allowed.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ""} Allowed values: ${list(p.allowed)}.`,
  },
  "schema-const": {
    severity: "error",
    sv: (p) => `${pathWords(p.path, "sv")} ska vara ${q(p.expected)}.`,
    en: (p) => `${pathWords(p.path, "en")} must be ${q(p.expected)}.`,
  },
  "schema-pattern": {
    severity: "error",
    sv: (p) => `${pathWords(p.path, "sv")} har ett ogiltigt format: ${q(shown(p, "sv"))}.${p.suggestion ? ` Skriv ${q(p.suggestion)}.` : ""} ${patternHints.sv[p.pattern] ?? patternHints.sv.default}`,
    en: (p) => `${pathWords(p.path, "en")} has an invalid form: ${q(shown(p, "en"))}.${p.suggestion ? ` Write ${q(p.suggestion)}.` : ""} ${patternHints.en[p.pattern] ?? patternHints.en.default}`,
  },
  "schema-empty": {
    severity: "error",
    sv: (p) => `${pathWords(p.path, "sv")} får inte vara tomt.`,
    en: (p) => `${pathWords(p.path, "en")} must not be empty.`,
  },
  "schema-too-few": {
    severity: "error",
    sv: (p) => `${pathWords(p.path, "sv")} måste ha minst ${p.limit} ${p.limit === 1 ? "värde" : "värden"}.`,
    en: (p) => `${pathWords(p.path, "en")} must have at least ${p.limit} ${p.limit === 1 ? "value" : "values"}.`,
  },
  "schema-too-long": {
    severity: "error",
    sv: (p) => `${pathWords(p.path, "sv")} är för långt (högst ${p.limit}).`,
    en: (p) => `${pathWords(p.path, "en")} is too long (at most ${p.limit}).`,
  },
  "schema-duplicate-value": {
    severity: "error",
    sv: (p) => `${pathWords(p.path, "sv")} har värdet ${q(shown(p, "sv"))} mer än en gång; ta bort dubbletten.`,
    en: (p) => `${pathWords(p.path, "en")} has the value ${q(shown(p, "en"))} more than once; remove the duplicate.`,
  },
  "schema-out-of-range": {
    severity: "error",
    sv: (p) => `${pathWords(p.path, "sv")} måste vara ${p.comparison === ">=" ? "minst" : p.comparison === "<=" ? "högst" : p.comparison} ${p.limit}.`,
    en: (p) => `${pathWords(p.path, "en")} must be ${p.comparison === ">=" ? "at least" : p.comparison === "<=" ? "at most" : p.comparison} ${p.limit}.`,
  },
  "invalid-date": {
    severity: "error",
    sv: (p) => `${pathWords(p.path, "sv")}: ${q(shown(p, "sv"))} är inget giltigt datum. Skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD med en dag som finns.`,
    en: (p) => `${pathWords(p.path, "en")}: ${q(shown(p, "en"))} is not a valid date. Write YYYY, YYYY-MM or YYYY-MM-DD with a day that exists.`,
  },
  "invalid-url": {
    severity: "error",
    sv: (p) => `${pathWords(p.path, "sv")}: ${q(shown(p, "sv"))} är ingen giltig webbadress (börja med https:// eller http://).`,
    en: (p) => `${pathWords(p.path, "en")}: ${q(shown(p, "en"))} is not a valid URL (start with https:// or http://).`,
  },
  "schema-invalid": {
    severity: "error",
    sv: (p) => `${pathWords(p.path, "sv")} ${ajvWords(p, "sv")}.`,
    en: (p) => `${pathWords(p.path, "en")} ${ajvWords(p, "en")}.`,
  },
  "duplicate-id": {
    severity: "error",
    sv: (p) => `Id ${q(p.id)} används också av ${typePhrase(p.otherType, "sv", "a")} i ${p.other}. Ett id får bara användas en gång i hela innehållet: ge det nya ett eget id.`,
    en: (p) => `The id ${q(p.id)} is also used by ${typePhrase(p.otherType, "en", "a")} in ${p.other}. An id may be used only once in the whole content: give the new one its own id.`,
  },
  "reference-unresolved": {
    severity: "error",
    sv: (p) => `Det finns ${typePhrase(p.expected, "sv", "no")} med id ${q(p.id)}.${p.suggestion ? ` Menade du ${q(p.suggestion)}?` : ""}`,
    en: (p) => `There is ${typePhrase(p.expected, "en", "no")} with the id ${q(p.id)}.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ""}`,
  },
  "references-unchecked": {
    severity: "warning",
    sv: (p) =>
      p.field !== undefined
        ? `${p.count === 1 ? "1 hänvisning pekar på ett id" : `${p.count} hänvisningar pekar på id`} som bara står under det okända fältet ${q(p.field)} här. ${p.count === 1 ? "Den" : "De"} kontrolleras när fältet har rätt namn; rätta det först.`
        : `${p.count === 1 ? "1 hänvisning i innehållet pekar på ett id som inte finns, men den" : `${p.count} hänvisningar i innehållet pekar på id som inte finns, men de`} kontrolleras inte förrän den här filen kan läsas: den kan vara filen som ska ha dem. Rätta felen här först och kör igen.`,
    en: (p) =>
      p.field !== undefined
        ? `${p.count === 1 ? "1 reference points to an id that stands" : `${p.count} references point to ids that stand`} only under the unknown field ${q(p.field)} here. ${p.count === 1 ? "It is" : "They are"} checked once the field has its right name; fix that first.`
        : `${p.count === 1 ? "1 reference in the content points to an id that does not exist, but it is" : `${p.count} references in the content point to ids that do not exist, but they are`} not checked until this file can be read: it may be the file that should have them. Fix the errors here first and run again.`,
  },
  "reference-wrong-type": {
    severity: "error",
    sv: (p) => `${q(p.id)} är ${typePhrase(p.actual, "sv", "a")}, men här krävs ${typePhrase(p.expected, "sv", "a")}.`,
    en: (p) => `${q(p.id)} is ${typePhrase(p.actual, "en", "a")}, but ${typePhrase(p.expected, "en", "a")} is required here.`,
  },
  cycle: {
    severity: "error",
    sv: (p) => `Kedjan av ${cycleRelations.sv[p.relation] ?? p.relation} går i cirkel: ${p.chain}.`,
    en: (p) => `The chain of ${cycleRelations.en[p.relation] ?? p.relation} is circular: ${p.chain}.`,
  },
  "date-order": {
    severity: "error",
    sv: (p) => `Slutet (${p.to}) ligger före början (${p.from}).`,
    en: (p) => `The end (${p.to}) is before the start (${p.from}).`,
  },
  "link-unresolved": {
    severity: "error",
    sv: (p) => `Länken ${q(p.href)} pekar inte på något id i innehållet.${p.suggestion ? ` Menade du ${q(p.suggestion)}?` : ""}`,
    en: (p) => `The link ${q(p.href)} points to no id in the content.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ""}`,
  },
  "footnote-undefined": {
    severity: "error",
    sv: (p) => `Fotnoten [^${escaped(p.label)}] har ingen definition ([^${escaped(p.label)}]: …) i kapitlets brödtext.`,
    en: (p) => `The footnote [^${escaped(p.label)}] has no definition ([^${escaped(p.label)}]: …) in the chapter body.`,
  },
  "footnote-unknown-label": {
    severity: "error",
    sv: (p) => `Fotnoten ${q(p.label)} finns inte i kapitlets brödtext; skriv [^${escaped(p.label)}]: … där.`,
    en: (p) => `The footnote ${q(p.label)} is not in the chapter body; write [^${escaped(p.label)}]: … there.`,
  },
  "text-not-in-body": {
    severity: "warning",
    sv: (p) =>
      `${q(p.field)} i ${q(p.id)} ska citera källan ordagrant, men står inte så i brödtexten; ändra båda eller ingen. ${
        p.passage.length > 0 ? `Närmast i brödtexten, med [-det som bara står där-] och {+det som bara står i fältet+}: "${marked(p.passage)}"` : "Inget i brödtexten liknar fältet."
      }`,
    en: (p) =>
      `${q(p.field)} of ${q(p.id)} must quote the source word for word, but does not stand so in the body; change both or neither. ${
        p.passage.length > 0 ? `Nearest in the body, with [-what only it has-] and {+what only the field has+}: "${marked(p.passage)}"` : "Nothing in the body is like the field."
      }`,
  },
  "footnote-duplicate": {
    severity: "error",
    sv: (p) => `Fotnoten [^${escaped(p.label)}] definieras mer än en gång; bara den första visas.`,
    en: (p) => `The footnote [^${escaped(p.label)}] is defined more than once; only the first is shown.`,
  },
  "footnote-unused": {
    severity: "warning",
    sv: (p) => `Fotnoten [^${escaped(p.label)}] definieras men texten hänvisar aldrig till den; skriv [^${escaped(p.label)}] där den hör hemma.`,
    en: (p) => `The footnote [^${escaped(p.label)}] is defined but the text never refers to it; write [^${escaped(p.label)}] where it belongs.`,
  },
  "link-unsafe": {
    severity: "error",
    sv: (p) => `Länken ${q(p.href)} kör kod eller bäddar in data och visas inte som länk på webbplatsen. Länka med https: eller till ett id med #.`,
    en: (p) => `The link ${q(p.href)} runs code or embeds data and is not shown as a link on the site. Link with https: or to an id with #.`,
  },
  "html-in-body": {
    severity: "warning",
    sv: (p) => `HTML i texten (${q(p.html)}) visas inte på webbplatsen, och inte heller text inuti den. Skriv texten som Markdown i stället.`,
    en: (p) => `HTML in the text (${q(p.html)}) is not shown on the site, nor is any text inside it. Write the text as Markdown instead.`,
  },
  "link-missing-hash": {
    severity: "warning",
    sv: (p) => `Länken ${q(p.href)} ser ut att peka på id ${q(p.id)} men saknar #; skriv (#${escaped(p.id)}).`,
    en: (p) => `The link ${q(p.href)} looks like it points to the id ${q(p.id)} but lacks #; write (#${escaped(p.id)}).`,
  },
  "body-ignored": {
    severity: "warning",
    sv: (p) => `Text efter frontmatter i en fil av typen ${p.type} visas inte någonstans. Dokumentets text hör hemma i kapitelfilerna; ta bort texten eller flytta den dit.`,
    en: (p) => `Text after the frontmatter of a ${p.type} file is shown nowhere. A document's text belongs in its chapter files; remove the text or move it there.`,
  },
  "yaml-comment-in-value": {
    severity: "warning",
    sv: () => "Texten efter # räknas som en kommentar och försvinner ur värdet. Sätt citattecken runt hela texten om # hör till den.",
    en: () => "The text after # counts as a comment and is dropped from the value. Put quotes around the whole text if the # belongs to it.",
  },
  "yaml-tag": {
    severity: "error",
    sv: (p) => `Taggen ${q(p.tag)} används inte i innehållet; skriv värdet utan tagg.`,
    en: (p) => `The tag ${q(p.tag)} is not used in content; write the value without a tag.`,
  },
  "chapter-without-document": {
    severity: "error",
    sv: () => "Kapitlet ligger inte i en dokumentmapp: mappen saknar index.md med type: document.",
    en: () => "The chapter is not in a document folder: the folder has no index.md with type: document.",
  },
  "document-not-index": {
    severity: "error",
    sv: () => "Ett dokuments frontmatter ska stå i filen index.md i dokumentets egen mapp.",
    en: () => "A document's frontmatter belongs in the file index.md in the document's own folder.",
  },
  "chapter-order-ambiguous": {
    severity: "warning",
    sv: (p) => `Kapitlen läses i filnamnsordning, men ${q(p.name)} och de andra kapitelfilerna börjar inte med lika långa nummer (01-, 02-, … 10-); då kan ordningen bli fel.`,
    en: (p) => `Chapters are read in file-name order, but ${q(p.name)} and the other chapter files do not start with numbers of equal length (01-, 02-, … 10-); the order may come out wrong.`,
  },
  "document-without-text": {
    severity: "warning",
    sv: (p) => `Dokumentet anger textAvailability: ${p.value}, men mappen har inga kapitel.`,
    en: (p) => `The document says textAvailability: ${p.value}, but its folder has no chapters.`,
  },
  "template-field-missing": {
    severity: "warning",
    sv: (p) => `Mallen ${q(p.template)} har fältet ${q(p.field)} (${escaped(p.title)}), men inget kapitel besvarar det; ange det i templateFields i kapitlet som gör det.`,
    en: (p) => `The template ${q(p.template)} has the field ${q(p.field)} (${escaped(p.title)}), but no chapter answers it; list it in templateFields of the chapter that does.`,
  },
  "template-field-foreign": {
    severity: "error",
    sv: (p) => `Fältet ${q(p.field)} hör till mallen ${q(p.actual)}, men dokumentet följer ${p.expected ? `mallen ${q(p.expected)}` : "ingen mall (template saknas i index.md)"}.`,
    en: (p) =>
      `The field ${q(p.field)} belongs to the template ${q(p.actual)}, but the document follows ${p.expected ? `the template ${q(p.expected)}` : "no template (template is missing in index.md)"}.`,
  },
  "actor-unreferenced": {
    severity: "warning",
    sv: (p) => `Aktören ${q(p.id)} nämns inte av något dokument, någon källa eller någon annan aktör; ta bort den eller koppla den dit den hör.`,
    en: (p) => `The actor ${q(p.id)} is named by no document, source or other actor; remove it or link it where it belongs.`,
  },
  "goal-without-measure": {
    severity: "warning",
    sv: (p) => `Ingen åtgärd tjänar målet ${q(p.id)} eller något av dess delmål, fast dokumentet har åtgärder; ange målet i åtgärdernas goals om källan kopplar dem.`,
    en: (p) => `No measure serves the goal ${q(p.id)} or any of its sub-goals, although the document has measures; list the goal in the measures' goals if the source links them.`,
  },
  "measure-without-responsible": {
    severity: "warning",
    sv: (p) => `Åtgärden ${q(p.id)} saknar ansvarig aktör (responsible), vilket ett dokument av slaget ${p.kind} brukar ange.`,
    en: (p) => `The measure ${q(p.id)} has no responsible actor (responsible), which a document of the kind ${p.kind} usually states.`,
  },
  "document-expired-not-superseded": {
    severity: "warning",
    sv: (p) => `Giltighetstiden för ${q(p.id)} gick ut ${p.to}, men inget dokument ersätter det (relations: supersedes). Ange efterföljaren om den finns, annars status: expired.`,
    en: (p) => `The validity of ${q(p.id)} ended ${p.to}, but no document supersedes it (relations: supersedes). Name its successor if there is one, else status: expired.`,
  },
  "document-draft": {
    severity: "warning",
    sv: (p) =>
      `Dokumentet ${q(p.id)} är ett importerat utkast (draft: true) som ingen har granskat än; webbplatsen visar det inte. Granska texten och de föreslagna posterna, och ta sedan bort raden draft: true.`,
    en: (p) =>
      `The document ${q(p.id)} is an imported draft (draft: true) that no one has reviewed yet; the site does not show it. Review its text and the proposed items, then remove the line draft: true.`,
  },
  "item-proposed": {
    severity: "warning",
    sv: (p) =>
      `${capitalized(proposedWords(p.type).definite)} ${q(p.id)} är ett förslag från styrdok import${p.from === undefined ? "" : ` (${escaped(p.from)})`} som ingen har bekräftat, och webbplatsen visar ${proposedWords(p.type).pronoun} inte. Stämmer ${proposedWords(p.type).pronoun} med källan: ta bort proposed: true${p.from === undefined ? "" : " och proposedFrom"}. Annars: ta bort ${proposedWords(p.type).definite}.`,
    en: (p) =>
      `The ${typeName(p.type, "en")} ${q(p.id)} is a proposal of styrdok import${p.from === undefined ? "" : ` (${escaped(p.from)})`} that no one has confirmed, and the site does not show it. If it agrees with the source, remove proposed: true${p.from === undefined ? "" : " and proposedFrom"}; if not, remove the ${typeName(p.type, "en")}.`,
  },
  "continues-outside-lineage": {
    severity: "error",
    sv: (p) =>
      `${typeName(p.type, "sv") === "mål" ? "Målet" : "Åtgärden"} ${q(p.id)} fortsätter ${q(p.target)} i dokumentet ${q(p.targetDocument)}, men det är inget tidigare dokument i linjen för ${q(p.document)}. continues får bara peka ut en post i ett dokument som ${q(p.document)} ersätter eller har arbetat in, direkt eller i flera led (relations: supersedes eller absorbs).`,
    en: (p) =>
      `The ${typeName(p.type, "en")} ${q(p.id)} continues ${q(p.target)} in the document ${q(p.targetDocument)}, which is no earlier document in the lineage of ${q(p.document)}. continues may only name an item of a document that ${q(p.document)} supersedes or absorbs, directly or through others (relations: supersedes or absorbs).`,
  },
  "format-refused": {
    severity: "error",
    sv: (p) =>
      p.reason === "changed"
        ? "Filen ändrades medan den formaterades och lämnades orörd. Kör styrdok fmt igen när den är sparad."
        : p.reason === "unsupported"
          ? `Filen formateras inte: den använder YAML som styrdok fmt inte skriver om (${oneLine(p.detail)}). Filen är orörd.`
          : `Filen formateras inte: den formaterade texten skulle inte ge exakt samma innehåll (${oneLine(p.detail)}). Filen är orörd; rapportera gärna felet.`,
    en: (p) =>
      p.reason === "changed"
        ? "The file changed while it was being formatted and was left untouched. Run styrdok fmt again once it is saved."
        : p.reason === "unsupported"
          ? `The file is not formatted: it uses YAML that styrdok fmt does not rewrite (${oneLine(p.detail)}). The file is untouched.`
          : `The file is not formatted: the formatted text would not give exactly the same content (${oneLine(p.detail)}). The file is untouched; please report this.`,
  },
  "import-empty": {
    severity: "error",
    sv: () => "Filen är tom: det finns ingen text att importera.",
    en: () => "The file is empty: there is no text to import.",
  },
  "import-encoding": {
    severity: "error",
    sv: (p) =>
      `Texten är inte UTF-8${p.guess ? ` (den ser ut att vara ${p.guess}, som Windows ofta sparar svensk text)` : ""}. Spara den som UTF-8, eller gör om den, t.ex. med iconv -f ${p.guess || "WINDOWS-1252"} -t UTF-8, och importera igen.`,
    en: (p) => `The text is not UTF-8${p.guess ? ` (it looks like ${p.guess})` : ""}. Save it as UTF-8, or convert it, e.g. with iconv -f ${p.guess || "WINDOWS-1252"} -t UTF-8, and import again.`,
  },
  "import-binary": {
    severity: "error",
    sv: () => "Filen är varken en PDF eller text (den innehåller binära data). Importera PDF:en eller texten som pdftotext gör av den.",
    en: () => "The file is neither a PDF nor text (it holds binary data). Import the PDF, or the text pdftotext makes of it.",
  },
  "import-too-large": {
    severity: "error",
    sv: (p) =>
      `Filen är för stor att importera: ${p.size} ${{ bytes: "byte", pages: "sidor", chars: "tecken text" }[p.unit]}, gränsen är ${p.limit}. Dela upp den, t.ex. en fil per del av dokumentet.`,
    en: (p) =>
      `The file is too large to import: ${p.size} ${{ bytes: "bytes", pages: "pages", chars: "characters of text" }[p.unit]}, the limit is ${p.limit}. Split it, e.g. a file per part of the document.`,
  },
  "import-pdf-encrypted": {
    severity: "error",
    sv: () => "PDF:en är krypterad och kan bara öppnas med lösenord. Be utgivaren om en PDF utan lösenord, eller spara en olåst kopia.",
    en: () => "The PDF is encrypted and opens only with a password. Ask the publisher for one without, or save an unlocked copy.",
  },
  "import-pdf-corrupt": {
    severity: "error",
    sv: (p) => `PDF:en går inte att läsa; den är trasig eller ingen riktig PDF (${escaped(p.reason.slice(0, 120))}). Hämta den igen, eller importera texten som pdftotext gör av den.`,
    en: (p) => `The PDF cannot be read; it is damaged or not a real PDF (${escaped(p.reason.slice(0, 120))}). Fetch it again, or import the text pdftotext makes of it.`,
  },
  "import-pdf-no-text": {
    severity: "error",
    sv: (p) => `PDF:en har ${p.pages} ${p.pages === 1 ? "sida" : "sidor"} men ingen text, bara bilder: den är troligen inskannad. Kör OCR (textigenkänning) på den först, och importera resultatet.`,
    en: (p) => `The PDF has ${p.pages} ${p.pages === 1 ? "page" : "pages"} but no text, only images: it is probably scanned. Run OCR (text recognition) on it first, and import the result.`,
  },
  "import-no-text": {
    severity: "error",
    sv: () => "Filen har inga stycken, bara rubriker, sidnummer och annat sidbrus. Kontrollera att det är rätt fil.",
    en: () => "The file has no paragraphs, only headings, page numbers and other page furniture. Check that it is the right file.",
  },
  "internal-error": {
    severity: "error",
    sv: (p) => `Internt fel när filen kontrollerades (${p.reason}). Rapportera gärna felet.`,
    en: (p) => `Internal error while checking the file (${p.reason}). Please report it.`,
  },
};

/**
 * A finding: a vfile message whose `ruleId` is its code and whose `params` hold what it is about.
 * Its `reason` is the code too: the words come from `renderFinding`, in the reader's language.
 * `expected` holds the suggested replacements for the text at the finding's place (vfile's
 * convention), and `actual` the value as written, where there is one.
 */
export class Finding<C extends Code = Code> extends VFileMessage {
  readonly code: C;
  readonly params: FindingParams[C];
  readonly #dataPath: ReadonlyArray<string | number> | undefined;

  constructor(code: C, params: FindingParams[C], place: Place | undefined, dataPath?: ReadonlyArray<string | number>) {
    const where = place?.end ? { start: place.start, end: place.end } : (place?.start ?? { line: 1, column: 1 });
    super(code, { place: where, ruleId: code, source: "styrdok" });
    this.code = code;
    this.params = params;
    this.fatal = codes[code].severity === "error";
    const data: Readonly<Record<string, unknown>> = params;
    // A suggestion replaces the text at the finding's place; an unresolved link's place is the
    // whole link, while its suggestion is an id, so it is not offered as a replacement. `tied`
    // holds suggestions exactly as likely as `suggestion`: all of them are offered, none preferred.
    const tied = Array.isArray(data.tied) ? data.tied.filter((value): value is string => typeof value === "string") : [];
    this.expected = typeof data.suggestion === "string" && data.suggestion !== "" && code !== "link-unresolved" ? [data.suggestion, ...tied] : [];
    if (typeof data.value === "string") this.actual = data.value;
    this.#dataPath = dataPath ?? (Array.isArray(data.path) ? data.path.map((step: PathStep) => (typeof step === "string" ? step : step.item)) : undefined);
  }

  /** The path into the frontmatter the finding concerns, as data (list positions from 0), if any. */
  get dataPath(): Array<string | number> | undefined {
    return this.#dataPath ? [...this.#dataPath] : undefined;
  }
}

/** Adds a positioned finding to a file; `dataPath`, where it is about a value of the frontmatter. */
export function report<C extends Code>(file: VFile, code: C, place: Place | undefined, params: FindingParams[C], dataPath?: ReadonlyArray<string | number>): Finding<C> {
  const finding = new Finding(code, params, place, dataPath);
  if (file.path) {
    finding.name = `${file.path}:${finding.name}`;
    finding.file = file.path;
  }
  file.messages.push(finding);
  return finding;
}

/** A finding's words in a language; a message that is not styrdok's keeps its own. */
export function renderFinding(message: VFileMessage, lang: Lang): string {
  if (!(message instanceof Finding)) return message.reason;
  return wordsOf(message, lang);
}

function wordsOf<C extends Code>(finding: Finding<C>, lang: Lang): string {
  const definition: CodeDefinition<FindingParams[C]> = codes[finding.code];
  return definition[lang](finding.params);
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? "error" : "warning";
}
