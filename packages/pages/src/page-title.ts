// The frame every page shares: its <title>.

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
