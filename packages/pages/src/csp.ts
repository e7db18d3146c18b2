// The Content-Security-Policy of each page: the one safeguard that still holds if something an
// editor wrote ever slipped past sanitising and escaping. A page loads styles, images and fonts
// from the site itself and from nowhere else; it runs no script unless it is one of the few pages
// with a script of the site's own, and then only files of the site, never an inline script or an
// event handler; and it can be neither re-based nor made to post a form elsewhere. The pages carry it as a
// <meta> (static hosting sends no headers of ours); site/scripts/serve.ts repeats each page's
// policy as a header and adds what only a header can say.

/**
 * The parts of the site whose needs differ: most pages (no script at all), the pages with a small
 * script of the site's own (a county's date field), the search page, the web editor.
 */
export type PolicyScope = "page" | "script" | "search" | "admin";

type Directives = Record<string, string[]>;

const SELF = "'self'";

/** Most pages run nothing and fetch nothing: `default-src 'none'` forbids both. */
const page: Directives = {
  "default-src": ["'none'"],
  "style-src": [SELF],
  "img-src": [SELF],
  "font-src": [SELF],
  "base-uri": ["'none'"],
  "form-action": [SELF],
};

/** What the web editor needs beyond a page, for its GitHub backend: never anything of the content's choosing. */
const GITHUB_API = "https://api.github.com";

const scopes: Record<PolicyScope, Directives> = {
  page,
  script: { ...page, "script-src": [SELF] },
  // Pagefind's search runs as WebAssembly, which a policy must allow by name, and fetches its
  // index; its interface's style sheet draws the magnifying glass as a data: image.
  search: { ...page, "script-src": [SELF, "'wasm-unsafe-eval'"], "connect-src": [SELF], "img-src": [SELF, "data:"] },
  admin: {
    ...page,
    "script-src": [SELF],
    // Sveltia CMS styles its elements as it draws them, and shows an editor's picture and the
    // files it previews from memory (blob:, data:); it reads its bundled fonts and icons as data:
    // addresses, talks to GitHub's API and checks GitHub's status page before it signs in.
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "blob:", "data:", "https://avatars.githubusercontent.com"],
    "media-src": [SELF, "blob:"],
    "connect-src": [SELF, "data:", GITHUB_API, "https://www.githubstatus.com"],
    "worker-src": [SELF, "blob:"],
  },
};

/** The policy of a part of the site, as a `<meta http-equiv="content-security-policy">` holds it. */
export function contentSecurityPolicy(scope: PolicyScope = "page"): string {
  return Object.entries(scopes[scope])
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");
}

/**
 * What only a header can add to a page's policy: no other site may show the page in a frame
 * (a <meta> policy ignores frame-ancestors).
 */
const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/**
 * The policy a server sends with a page: the page's own, from its <meta> (a page without one gets
 * the policy of most pages), and what only a header can say. Only documents get one (pages, and
 * SVG and XML files, which a browser can open as documents too): a script started as a worker
 * (the search's) would take a header on its own file as its policy.
 */
export function policyHeader(html: string): string {
  // As Astro writes it (the quotes as &#39;), or as written by hand, always first in the head.
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html.slice(0, 4096));
  const own = meta?.[1]?.replaceAll("&#39;", "'").replaceAll("&amp;", "&") ?? contentSecurityPolicy("page");
  return `${own}; ${HEADER_ONLY_DIRECTIVES}`;
}

/** The policy of an SVG or XML file opened by itself: it may load and run nothing. */
export const DOCUMENT_FILE_POLICY = `default-src 'none'; ${HEADER_ONLY_DIRECTIVES}`;
