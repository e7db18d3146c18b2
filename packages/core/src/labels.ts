// The words readers see for the model's vocabulary, in Swedish and English, shared by the CLI
// and the site so that both name a relation or a county the same way.
import type { DocumentFile } from "./generated/content-types.ts";
import type { ItemType } from "./graph.ts";
import type { Lang } from "./messages.ts";

type County = DocumentFile["counties"][number];
type Words = Record<Lang, string>;

export const countyNames: Record<County, string> = {
  blekinge: "Blekinge län",
  dalarna: "Dalarnas län",
  gotland: "Gotlands län",
  gavleborg: "Gävleborgs län",
  halland: "Hallands län",
  jamtland: "Jämtlands län",
  jonkoping: "Jönköpings län",
  kalmar: "Kalmar län",
  kronoberg: "Kronobergs län",
  norrbotten: "Norrbottens län",
  skane: "Skåne län",
  stockholm: "Stockholms län",
  sodermanland: "Södermanlands län",
  uppsala: "Uppsala län",
  varmland: "Värmlands län",
  vasterbotten: "Västerbottens län",
  vasternorrland: "Västernorrlands län",
  vastmanland: "Västmanlands län",
  "vastra-gotaland": "Västra Götalands län",
  orebro: "Örebro län",
  ostergotland: "Östergötlands län",
};

export function countyName(county: string): string {
  return countyNames[county as County] ?? county;
}

export const typePlurals: Record<ItemType, Words> = {
  document: { sv: "dokument", en: "documents" },
  chapter: { sv: "kapitel", en: "chapters" },
  goal: { sv: "mål", en: "goals" },
  measure: { sv: "åtgärder", en: "measures" },
  responsibility: { sv: "ansvar", en: "responsibilities" },
  indicator: { sv: "indikatorer", en: "indicators" },
  definition: { sv: "definitioner", en: "definitions" },
  event: { sv: "händelser", en: "events" },
  template: { sv: "mallar", en: "templates" },
  gap: { sv: "luckor", en: "gaps" },
  "source-error": { sv: "källfel", en: "source errors" },
  actor: { sv: "aktörer", en: "actors" },
  source: { sv: "källor", en: "sources" },
  framework: { sv: "ramverk", en: "frameworks" },
  "framework-goal": { sv: "ramverksmål", en: "framework goals" },
};

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
};

export function fieldLabel(field: string, lang: Lang): string {
  return fieldWords[field]?.[lang] ?? field;
}

const documentRelations: Record<string, { out: Words; in: Words }> = {
  supersedes: { out: { sv: "ersätter", en: "supersedes" }, in: { sv: "ersatt av", en: "superseded by" } },
  absorbs: { out: { sv: "har arbetat in", en: "absorbs" }, in: { sv: "inarbetat i", en: "absorbed into" } },
  implements: { out: { sv: "genomför", en: "implements" }, in: { sv: "genomförs av", en: "implemented by" } },
  "follows-up": { out: { sv: "följer upp", en: "follows up" }, in: { sv: "följs upp av", en: "followed up by" } },
  prepares: { out: { sv: "förbereder", en: "prepares" }, in: { sv: "förbereds av", en: "prepared by" } },
  "part-of": { out: { sv: "ingår i", en: "part of" }, in: { sv: "omfattar", en: "includes" } },
  "refers-to": { out: { sv: "hänvisar till", en: "refers to" }, in: { sv: "hänvisas till av", en: "referred to by" } },
};

/** "ersätter" / "ersatt av" … for a document relation seen from either side. */
export function documentRelationLabel(relation: string, direction: "out" | "in", lang: Lang): string {
  return documentRelations[relation]?.[direction][lang] ?? relation;
}
