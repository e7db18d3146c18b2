// What the search index and the search page agree on. The search page's script imports this
// module too, so it runs in the browser and imports nothing.

/**
 * The label before the compound parts a search record adds for the index ("kvinnofrid" → "kvinna
 * frid"). The search page cuts an excerpt there, so that readers never see the added parts.
 */
export const COMPOUND_PARTS_LABEL = "Orddelar:";

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * A result's excerpt (HTML with the hits marked) without the compound parts: cut where they begin,
 * or, when too little of the text is left to read, the opening of the record's text instead.
 */
export function withoutCompoundParts(excerpt: string, content: string | undefined): string {
  const at = excerpt.indexOf(COMPOUND_PARTS_LABEL);
  if (at === -1) return excerpt;
  const kept = excerpt.slice(0, at).trim();
  if (kept.replace(/<[^>]*>/g, "").split(/\s+/).length >= 8) return `${kept} …`;
  const opening = (content ?? "").split(COMPOUND_PARTS_LABEL)[0]!.trim().split(/\s+/).slice(0, 30).join(" ");
  return `${escapeHtml(opening)} …`;
}

/** What a search result is; the search page groups results by it, in this order. */
export type SearchKind = "document" | "goal" | "measure" | "responsibility" | "actor" | "source" | "indicator" | "definition" | "framework" | "framework-goal" | "page";

/** The filter by kind; its values are the kinds' headings. */
export const SEARCH_TYPE_FILTER = "Typ";

/** The filters readers narrow a search by, by what they filter, in the order the page offers them. */
export const SEARCH_FILTER_NAMES = { county: "Län", kind: "Dokumentslag", actor: "Aktör", nationalGoal: "Nationellt mål", validity: "Giltighet", type: SEARCH_TYPE_FILTER } as const;
export const SEARCH_FILTERS: string[] = Object.values(SEARCH_FILTER_NAMES);

/** Each kind's heading on the search page. */
export const SEARCH_KIND_HEADINGS: Record<SearchKind, string> = {
  document: "Dokument",
  goal: "Mål",
  measure: "Åtgärder",
  responsibility: "Ansvar",
  actor: "Aktörer",
  source: "Källor",
  indicator: "Indikatorer",
  definition: "Begrepp",
  framework: "Ramverk",
  "framework-goal": "Ramverkens mål",
  page: "Sidor",
};

/** The search page's own files beside Pagefind's index, from the site's root. */
export const SEARCH_FILES = { vocabulary: "/sok/ord.json", nameFiles: "/sok/namn/filer.json" } as const;

/**
 * The file of the names that begin as a query does: one file per first letter, so that a site of
 * a thousand documents sends a reader only the names they may be typing. `SEARCH_FILES.nameFiles`
 * lists the files there are.
 */
export function namesFile(query: string): string {
  // Not a quotation mark or a bracket, which a title may begin with and a reader does not type.
  const first =
    query
      .toLowerCase()
      .replace(/^[^\p{L}\p{N}]+/u, "")
      .codePointAt(0) ?? 0;
  return `/sok/namn/${first.toString(16)}.json`;
}

/** Each kind in the singular, for a hit shown outside its kind's group ("Bästa träff"). */
export const SEARCH_KIND_NAMES: Record<SearchKind, string> = {
  document: "Dokument",
  goal: "Mål",
  measure: "Åtgärd",
  responsibility: "Ansvar",
  actor: "Aktör",
  source: "Källa",
  indicator: "Indikator",
  definition: "Begrepp",
  framework: "Ramverk",
  "framework-goal": "Ramverkets mål",
  page: "Sida",
};
