// The words readers see for the model's own vocabulary, in Swedish and English, shared by the
// findings, the CLI and the site so that all of them name a type or a relation the same way.
import { type County, type DeclaredType, type DocumentRelation, enumLabels, type ValidityState } from "./generated/labels.ts";
import type { Lang } from "./messages.ts";

type Words = Record<Lang, string>;

/** "mål" → "Mål". */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);
}

/** "Dalarnas län" for dalarna. */
export function countyName(county: County): string {
  return enumLabels.County[county].title;
}

/** A type's name in each language, its plural, and (Swedish nouns have gender) whether it takes "ett". */
interface TypeWords {
  sv: string;
  svPlural: string;
  ett?: true;
  en: string;
  enPlural: string;
}

const typeWords: Record<DeclaredType, TypeWords> = {
  actor: { sv: "aktör", svPlural: "aktörer", en: "actor", enPlural: "actors" },
  document: { sv: "dokument", svPlural: "dokument", ett: true, en: "document", enPlural: "documents" },
  chapter: { sv: "kapitel", svPlural: "kapitel", ett: true, en: "chapter", enPlural: "chapters" },
  goal: { sv: "mål", svPlural: "mål", ett: true, en: "goal", enPlural: "goals" },
  measure: { sv: "åtgärd", svPlural: "åtgärder", en: "measure", enPlural: "measures" },
  responsibility: { sv: "ansvar", svPlural: "ansvar", ett: true, en: "responsibility", enPlural: "responsibilities" },
  indicator: { sv: "indikator", svPlural: "indikatorer", en: "indicator", enPlural: "indicators" },
  definition: { sv: "definition", svPlural: "definitioner", en: "definition", enPlural: "definitions" },
  event: { sv: "händelse", svPlural: "händelser", en: "event", enPlural: "events" },
  source: { sv: "källa", svPlural: "källor", en: "source", enPlural: "sources" },
  framework: { sv: "ramverk", svPlural: "ramverk", ett: true, en: "framework", enPlural: "frameworks" },
  "framework-goal": { sv: "ramverksmål", svPlural: "ramverksmål", ett: true, en: "framework goal", enPlural: "framework goals" },
  gap: { sv: "lucka", svPlural: "luckor", en: "gap", enPlural: "gaps" },
  "source-error": { sv: "källfel", svPlural: "källfel", ett: true, en: "source error", enPlural: "source errors" },
  template: { sv: "mall", svPlural: "mallar", en: "template", enPlural: "templates" },
  "template-section": { sv: "mallavsnitt", svPlural: "mallavsnitt", ett: true, en: "template section", enPlural: "template sections" },
  "template-field": { sv: "mallfält", svPlural: "mallfält", ett: true, en: "template field", enPlural: "template fields" },
};

function wordsOfType(type: string): TypeWords | undefined {
  return Object.hasOwn(typeWords, type) ? typeWords[type as DeclaredType] : undefined;
}

/** The name of a type in the given language, e.g. `typeName("goal", "sv")` → "mål". */
export function typeName(type: string, lang: Lang): string {
  return wordsOfType(type)?.[lang] ?? type;
}

/** The plural of a type: "åtgärder", "measures". */
export function typePlural(type: string, lang: Lang): string {
  const words = wordsOfType(type);
  return words ? (lang === "sv" ? words.svPlural : words.enPlural) : type;
}

/** With its indefinite article ("en aktör", "ett mål", "an actor") or its negation ("ingen aktör", "inget mål", "no actor"). */
export function typePhrase(type: string, lang: Lang, form: "a" | "no"): string {
  const name = typeName(type, lang);
  if (lang === "en") return form === "no" ? `no ${name}` : `${/^[aeiou]/.test(name) ? "an" : "a"} ${name}`;
  const ett = wordsOfType(type)?.ett === true;
  return form === "no" ? `${ett ? "inget" : "ingen"} ${name}` : `${ett ? "ett" : "en"} ${name}`;
}

const fieldWords: Record<string, Words> = {
  responsible: { sv: "ansvariga", en: "responsible" },
  partners: { sv: "samverkansparter", en: "partners" },
  actor: { sv: "aktör", en: "actor" },
  actors: { sv: "aktörer", en: "actors" },
  goals: { sv: "mål", en: "goals" },
  parent: { sv: "överordnad", en: "parent" },
  members: { sv: "medlemmar", en: "members" },
  predecessors: { sv: "föregångare", en: "predecessors" },
  "frameworkGoals.goal": { sv: "ramverksmål", en: "framework goals" },
  "frameworks.framework": { sv: "ramverk", en: "frameworks" },
  "frameworks.goals": { sv: "ramverksmål", en: "framework goals" },
  "legalBasis.source": { sv: "rättslig grund", en: "legal basis" },
  "parties.actor": { sv: "parter", en: "parties" },
  "signatures.actor": { sv: "undertecknare", en: "signatories" },
  "contributors.actor": { sv: "medverkande", en: "contributors" },
  "relations.document": { sv: "relaterade dokument", en: "related documents" },
  "source.publisher": { sv: "utgivare", en: "publisher" },
  publisher: { sv: "utgivare", en: "publisher" },
  issuer: { sv: "utfärdare", en: "issuer" },
  "footnotes.sources": { sv: "fotnoter", en: "footnotes" },
  "footnotes.documents": { sv: "fotnoter", en: "footnotes" },
  "footnotes.citations.source": { sv: "fotnoter", en: "footnotes" },
  indicators: { sv: "indikatorer", en: "indicators" },
  sources: { sv: "källor", en: "sources" },
  "observations.sources": { sv: "observationer", en: "observations" },
  "variants.chapter": { sv: "andra formuleringar", en: "other wordings" },
  document: { sv: "dokument", en: "document" },
  chapter: { sv: "kapitel", en: "chapter" },
  framework: { sv: "ramverk", en: "framework" },
  municipalities: { sv: "kommuner", en: "municipalities" },
  template: { sv: "mall", en: "template" },
  templateFields: { sv: "mallfält", en: "template fields" },
  replacedBy: { sv: "ersatt av", en: "replaced by" },
  mentions: { sv: "nämner", en: "mentions" },
  continues: { sv: "fortsätter", en: "continues" },
};

/** Relations whose other side reads differently: the earlier goal "fortsätts i" the later one. */
const inverseFieldWords: Record<string, Words> = {
  continues: { sv: "fortsätts i", en: "continued in" },
};

/** A field as a relation's label, seen from the item that holds it ("out") or from its target ("in"). */
export function fieldLabel(field: string, lang: Lang, direction: "out" | "in" = "out"): string {
  return (direction === "in" ? inverseFieldWords[field]?.[lang] : undefined) ?? fieldWords[field]?.[lang] ?? field;
}

/** "ersätter" / "ersatt av" … for a document relation seen from either side. */
export function documentRelationLabel(relation: DocumentRelation, direction: "out" | "in", lang: Lang): string {
  const label = enumLabels.DocumentRelation[relation];
  const words = direction === "out" ? (lang === "sv" ? label.title : label.en) : lang === "sv" ? label.inverse : label.enInverse;
  return words ?? relation;
}

/** A document's status in Swedish, as it reads mid-sentence ("gällande", "ersatt"): the schema's words, for the site. */
export const validityWords: Record<ValidityState, string> = Object.fromEntries(Object.entries(enumLabels.ValidityState).map(([state, label]) => [state, label.title])) as Record<ValidityState, string>;

/** A status in the given language: `validityLabel("superseded", "en")` → "superseded". */
export function validityLabel(state: ValidityState, lang: Lang): string {
  const label = enumLabels.ValidityState[state];
  return (lang === "en" ? label.en : undefined) ?? label.title;
}

/** Whether a value is one of an enumeration's values (for values read from relations' contexts). */
export function isValueOf<E extends keyof typeof enumLabels>(name: E, value: unknown): value is keyof (typeof enumLabels)[E] {
  return typeof value === "string" && Object.hasOwn(enumLabels[name], value);
}
