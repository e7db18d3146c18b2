// Every finding styrdok reports has a stable code (vfile-message `ruleId`) and words in Swedish
// (the editors' language) and English. The codes are part of the public contract: CI scripts
// and editors' tooling match on them.
import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";

export type Lang = "sv" | "en";
export type Severity = "error" | "warning";

type Params = Record<string, string | number>;
type Words = (p: Params) => string;

interface CodeDefinition {
  severity: Severity;
  sv: Words;
  en: Words;
}

// Swedish nouns have gender: "en aktör", "ett mål". Messages pick the form they need.
const typeNames: Record<string, { sv: string; ett?: true; en: string }> = {
  actor: { sv: "aktör", en: "actor" },
  document: { sv: "dokument", ett: true, en: "document" },
  chapter: { sv: "kapitel", ett: true, en: "chapter" },
  goal: { sv: "mål", ett: true, en: "goal" },
  measure: { sv: "åtgärd", en: "measure" },
  responsibility: { sv: "ansvar", ett: true, en: "responsibility" },
  indicator: { sv: "indikator", en: "indicator" },
  definition: { sv: "definition", en: "definition" },
  event: { sv: "händelse", en: "event" },
  source: { sv: "källa", en: "source" },
  framework: { sv: "ramverk", ett: true, en: "framework" },
  "framework-goal": { sv: "ramverksmål", ett: true, en: "framework goal" },
  gap: { sv: "lucka", en: "gap" },
  "source-error": { sv: "källfel", ett: true, en: "source error" },
  template: { sv: "mall", en: "template" },
  "template-section": { sv: "mallavsnitt", ett: true, en: "template section" },
  "template-field": { sv: "mallfält", ett: true, en: "template field" },
};

/** The name of an item type in the given language, e.g. `typeName("goal", "sv")` → "mål". */
export function typeName(type: string, lang: Lang): string {
  return typeNames[type]?.[lang] ?? type;
}

/** With its indefinite article ("en aktör", "ett mål", "an actor") or its negation ("ingen aktör", "inget mål", "no actor"). */
export function typePhrase(type: string, lang: Lang, form: "a" | "no"): string {
  const name = typeName(type, lang);
  if (lang === "en") return form === "no" ? `no ${name}` : `${/^[aeiou]/.test(name) ? "an" : "a"} ${name}`;
  const ett = typeNames[type]?.ett === true;
  return form === "no" ? `${ett ? "inget" : "ingen"} ${name}` : `${ett ? "ett" : "en"} ${name}`;
}

/** Words for kinds of values, shared by every message that says what a value is or should be. */
export const valueWords: Record<Lang, Record<string, string>> = {
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

export function kindOfValue(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return !Number.isFinite(value) ? "non-finite" : Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** Quotes a value from content safely: control characters and line breaks cannot forge output lines. */
const q = (value: string | number | undefined) =>
  `"${String(value ?? "")
    .replace(/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => (char === "\n" ? "\\n" : char === "\t" ? "\\t" : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`))}"`;

export const codes = {
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
    sv: (p) => `Frontmatter ska vara fält på formen nyckel: värde, men är ${p.actual}.`,
    en: (p) => `The frontmatter must be fields of the form key: value, but is ${p.actual}.`,
  },
  "yaml-syntax": {
    severity: "error",
    sv: (p) => `Ogiltig YAML: ${p.detail}`,
    en: (p) => `Invalid YAML: ${p.detail}`,
  },
  "yaml-tab": {
    severity: "error",
    sv: () => "Tabbtecken får inte användas för indrag i YAML; använd mellanslag.",
    en: () => "Tabs must not be used for indentation in YAML; use spaces.",
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
    sv: (p) =>
      `Brödtexten är för djupt nästlad eller för komplex för att läsas (${p.seconds ? `tolkningen avbröts efter ${p.seconds} s` : `tolkningen misslyckades: ${p.reason}`}). Förenkla den, t.ex. med färre nivåer av listor och citat eller färre hakparenteser.`,
    en: (p) =>
      `The body is nested too deeply or too complex to read (${p.seconds ? `parsing was stopped after ${p.seconds} s` : `parsing failed: ${p.reason}`}). Simplify it, e.g. with fewer levels of lists and quotes or fewer brackets.`,
  },
  "type-missing": {
    severity: "error",
    sv: (p) => `Fältet "type" saknas${p.written ? ` (här står ${q(p.written)}: menade du "type"?)` : ""}. Ange vad filen är: ${p.allowed}.`,
    en: (p) => `The field "type" is missing${p.written ? ` (${q(p.written)} is written here: did you mean "type"?)` : ""}. Say what the file is: ${p.allowed}.`,
  },
  "type-unknown": {
    severity: "error",
    sv: (p) => `Okänt innehållsslag ${q(p.value)}.${p.suggestion ? ` Menade du ${q(p.suggestion)}?` : ""} Tillåtna värden: ${p.allowed}.`,
    en: (p) => `Unknown content type ${q(p.value)}.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ""} Allowed values: ${p.allowed}.`,
  },
  "schema-unknown-field": {
    severity: "error",
    sv: (p) => `Okänt fält ${q(p.field)}${p.path ? ` i ${p.path}` : ""}.${p.suggestion ? ` Menade du ${q(p.suggestion)}?` : ""} Tillåtna fält: ${p.allowed}.`,
    en: (p) => `Unknown field ${q(p.field)}${p.path ? ` in ${p.path}` : ""}.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ""} Allowed fields: ${p.allowed}.`,
  },
  "schema-required": {
    severity: "error",
    sv: (p) => `Fältet ${q(p.field)}${p.title} saknas${p.path ? ` i ${p.path}` : ""}.`,
    en: (p) => `The field ${q(p.field)}${p.title} is missing${p.path ? ` in ${p.path}` : ""}.`,
  },
  "schema-type": {
    severity: "error",
    sv: (p) => `${p.path} ska vara ${p.expected}, men är ${p.actual}.`,
    en: (p) => `${p.path} must be ${p.expected}, but is ${p.actual}.`,
  },
  "schema-enum": {
    severity: "error",
    sv: (p) => `${p.path} har värdet ${q(p.value)}, som inte är tillåtet.${p.suggestion ? ` Menade du ${q(p.suggestion)}?` : ""} Tillåtna värden: ${p.allowed}.`,
    en: (p) => `${p.path} has the value ${q(p.value)}, which is not allowed.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ""} Allowed values: ${p.allowed}.`,
  },
  "schema-const": {
    severity: "error",
    sv: (p) => `${p.path} ska vara ${q(p.expected)}.`,
    en: (p) => `${p.path} must be ${q(p.expected)}.`,
  },
  "schema-pattern": {
    severity: "error",
    sv: (p) => `${p.path} har ett ogiltigt format: ${q(p.value)}.${p.suggestion ? ` Skriv ${q(p.suggestion)}.` : ""} ${p.hint}`,
    en: (p) => `${p.path} has an invalid form: ${q(p.value)}.${p.suggestion ? ` Write ${q(p.suggestion)}.` : ""} ${p.hint}`,
  },
  "schema-empty": {
    severity: "error",
    sv: (p) => `${p.path} får inte vara tomt.`,
    en: (p) => `${p.path} must not be empty.`,
  },
  "schema-too-few": {
    severity: "error",
    sv: (p) => `${p.path} måste ha minst ${p.limit} ${p.limit === 1 ? "värde" : "värden"}.`,
    en: (p) => `${p.path} must have at least ${p.limit} ${p.limit === 1 ? "value" : "values"}.`,
  },
  "schema-too-long": {
    severity: "error",
    sv: (p) => `${p.path} är för långt (högst ${p.limit}).`,
    en: (p) => `${p.path} is too long (at most ${p.limit}).`,
  },
  "schema-duplicate-value": {
    severity: "error",
    sv: (p) => `${p.path} har värdet ${q(p.value)} mer än en gång; ta bort dubbletten.`,
    en: (p) => `${p.path} has the value ${q(p.value)} more than once; remove the duplicate.`,
  },
  "schema-out-of-range": {
    severity: "error",
    sv: (p) => `${p.path} måste vara ${p.comparison === ">=" ? "minst" : p.comparison === "<=" ? "högst" : p.comparison} ${p.limit}.`,
    en: (p) => `${p.path} must be ${p.comparison === ">=" ? "at least" : p.comparison === "<=" ? "at most" : p.comparison} ${p.limit}.`,
  },
  "invalid-date": {
    severity: "error",
    sv: (p) => `${p.path}: ${q(p.value)} är inget giltigt datum. Skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD med en dag som finns.`,
    en: (p) => `${p.path}: ${q(p.value)} is not a valid date. Write YYYY, YYYY-MM or YYYY-MM-DD with a day that exists.`,
  },
  "invalid-url": {
    severity: "error",
    sv: (p) => `${p.path}: ${q(p.value)} är ingen giltig webbadress (börja med https:// eller http://).`,
    en: (p) => `${p.path}: ${q(p.value)} is not a valid URL (start with https:// or http://).`,
  },
  "schema-invalid": {
    severity: "error",
    sv: (p) => `${p.path} ${p.detail}.`,
    en: (p) => `${p.path} ${p.detail}.`,
  },
  "duplicate-id": {
    severity: "error",
    sv: (p) => `Id ${q(p.id)} används också av ${p.otherType} i ${p.other}. Ett id får bara användas en gång i hela innehållet: ge det nya ett eget id.`,
    en: (p) => `The id ${q(p.id)} is also used by ${p.otherType} in ${p.other}. An id may be used only once in the whole content: give the new one its own id.`,
  },
  "reference-unresolved": {
    severity: "error",
    sv: (p) => `Det finns ${p.expected} med id ${q(p.id)}.${p.suggestion ? ` Menade du ${q(p.suggestion)}?` : ""}`,
    en: (p) => `There is ${p.expected} with the id ${q(p.id)}.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ""}`,
  },
  "references-unchecked": {
    severity: "warning",
    sv: (p) =>
      `${p.count === 1 ? "1 hänvisning i innehållet pekar på ett id som inte finns, men den" : `${p.count} hänvisningar i innehållet pekar på id som inte finns, men de`} kontrolleras inte förrän den här filen kan läsas: den kan vara filen som ska ha dem. Rätta felen här först och kör igen.`,
    en: (p) =>
      `${p.count === 1 ? "1 reference in the content points to an id that does not exist, but it is" : `${p.count} references in the content point to ids that do not exist, but they are`} not checked until this file can be read: it may be the file that should have them. Fix the errors here first and run again.`,
  },
  "reference-wrong-type": {
    severity: "error",
    sv: (p) => `${q(p.id)} är ${p.actual}, men här krävs ${p.expected}.`,
    en: (p) => `${q(p.id)} is ${p.actual}, but ${p.expected} is required here.`,
  },
  cycle: {
    severity: "error",
    sv: (p) => `Kedjan av ${p.relation} går i cirkel: ${p.chain}.`,
    en: (p) => `The chain of ${p.relation} is circular: ${p.chain}.`,
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
    sv: (p) => `Fotnoten [^${p.label}] har ingen definition ([^${p.label}]: …) i kapitlets brödtext.`,
    en: (p) => `The footnote [^${p.label}] has no definition ([^${p.label}]: …) in the chapter body.`,
  },
  "footnote-unknown-label": {
    severity: "error",
    sv: (p) => `Fotnoten ${q(p.label)} finns inte i kapitlets brödtext; skriv [^${p.label}]: … där.`,
    en: (p) => `The footnote ${q(p.label)} is not in the chapter body; write [^${p.label}]: … there.`,
  },
  "text-not-in-body": {
    severity: "warning",
    sv: (p) => `${q(p.field)} i ${q(p.id)} ska citera källan ordagrant, men står inte så i brödtexten; ändra båda eller ingen.`,
    en: (p) => `${q(p.field)} of ${q(p.id)} must quote the source word for word, but does not stand so in the body; change both or neither.`,
  },
  "footnote-duplicate": {
    severity: "error",
    sv: (p) => `Fotnoten [^${p.label}] definieras mer än en gång; bara den första visas.`,
    en: (p) => `The footnote [^${p.label}] is defined more than once; only the first is shown.`,
  },
  "footnote-unused": {
    severity: "warning",
    sv: (p) => `Fotnoten [^${p.label}] definieras men texten hänvisar aldrig till den; skriv [^${p.label}] där den hör hemma.`,
    en: (p) => `The footnote [^${p.label}] is defined but the text never refers to it; write [^${p.label}] where it belongs.`,
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
    sv: (p) => `Länken ${q(p.href)} ser ut att peka på id ${q(p.id)} men saknar #; skriv (#${p.id}).`,
    en: (p) => `The link ${q(p.href)} looks like it points to the id ${q(p.id)} but lacks #; write (#${p.id}).`,
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
    sv: (p) => `Mallen ${q(p.template)} har fältet ${q(p.field)} (${p.title}), men inget kapitel besvarar det; ange det i templateFields i kapitlet som gör det.`,
    en: (p) => `The template ${q(p.template)} has the field ${q(p.field)} (${p.title}), but no chapter answers it; list it in templateFields of the chapter that does.`,
  },
  "template-field-foreign": {
    severity: "error",
    sv: (p) => `Fältet ${q(p.field)} hör till mallen ${q(p.actual)}, men dokumentet följer ${p.expected ? `mallen ${q(p.expected)}` : "ingen mall (template saknas i index.md)"}.`,
    en: (p) => `The field ${q(p.field)} belongs to the template ${q(p.actual)}, but the document follows ${p.expected ? `the template ${q(p.expected)}` : "no template (template is missing in index.md)"}.`,
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
  "internal-error": {
    severity: "error",
    sv: (p) => `Internt fel när filen kontrollerades (${p.reason}). Rapportera gärna felet.`,
    en: (p) => `Internal error while checking the file (${p.reason}). Please report it.`,
  },
} satisfies Record<string, CodeDefinition>;

export type Code = keyof typeof codes;

export interface Place {
  start: { line: number; column: number };
  end?: { line: number; column: number };
}

/** Adds a positioned finding to a file, in the language chosen for the run. */
export function report(file: VFile, code: Code, place: Place | undefined, params: Params, lang: Lang): VFileMessage {
  const definition: CodeDefinition = codes[code];
  const where = place?.end ? { start: place.start, end: place.end } : (place?.start ?? { line: 1, column: 1 });
  const message = file.message(definition[lang](params), { place: where, ruleId: code, source: "styrdok" });
  message.fatal = definition.severity === "error" ? true : false;
  return message;
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? "error" : "warning";
}
