// The frame every page shares: its <title>.

const SITE_NAME = "styrdok";
/** Longer titles are cut in tabs, bookmarks and search results; html-validate's limit too. */
const MAX_TITLE = 70;

/**
 * A title's length as written in the page: the characters Astro writes as entities (an apostrophe
 * as `&#39;`) count as the entity, as html-validate counts them.
 */
function writtenLength(text: string): number {
  const entities: Record<string, number> = { "'": 5, '"': 6, "&": 5, "<": 4, ">": 4 };
  let length = 0;
  for (const character of text) length += entities[character] ?? character.length;
  return length;
}

/** The text of a page's <title>: the page's own title, shortened at a word if need be, then the site. */
export function pageTitle(title: string): string {
  const suffix = ` – ${SITE_NAME}`;
  const room = MAX_TITLE - suffix.length;
  const clean = title.replaceAll(/\s+/g, " ").trim();
  if (writtenLength(clean) <= room) return `${clean}${suffix}`;
  let end = room - 1;
  while (end > 0 && writtenLength(clean.slice(0, end)) > room - 1) end--;
  const cut = clean.slice(0, end);
  const atWord = cut.lastIndexOf(" ") > room / 2 ? cut.slice(0, cut.lastIndexOf(" ")) : cut;
  return `${atWord.replace(/[\s,.;:–-]+$/, "")}…${suffix}`;
}
