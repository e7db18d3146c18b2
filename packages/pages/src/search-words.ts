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
