/// <reference lib="dom" />
// A real Chromium driven by playwright-core, for the site tests: the one `npm test` set up
// (CHROMIUM_PATH, see packages/toolchain/chromium.mjs) or Debian's package.
import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";

// Without the networking flags Chromium keeps trying to reach Google's services on a closed network.
const args = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-dev-shm-usage",
];

/**
 * How long a page may take to reach the state a test waits for. Generous, because the tests share
 * two cores with the build, the other test files and whatever else the machine runs; a test never
 * waits this long unless something is wrong.
 */
export const PATIENCE = 90_000;

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));
  if (!path) throw new Error("Chromium saknas: kör npm test, som ordnar Chromium, eller ange CHROMIUM_PATH.");
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args, timeout: PATIENCE });
}

export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(PATIENCE);
  context.setDefaultNavigationTimeout(PATIENCE);
  return context;
}

/** The filters every search offers (packages/pages/src/search.ts). */
export const SEARCH_FILTERS = ["Aktör", "Dokumentslag", "Giltighet", "Län", "Nationellt mål"];

/**
 * Waits until the search page shows a finished search, and returns its number of hits. Finished
 * means what a reader would wait for: the count, every hit drawn with its own title and text
 * (Pagefind first draws grey placeholders and fills them in one by one as their data arrives), and
 * every filter. `unlike` waits for a count other than an earlier one, so that the earlier search,
 * still on screen in the moment after a filter is ticked, is not taken for the new one.
 */
export async function searchSettled(page: Page, options: { unlike?: number } = {}): Promise<number> {
  const count = await page.waitForFunction(
    ({ filters, unlike }) => {
      const root = document.querySelector("[data-search-root]");
      const message = root?.querySelector(".pagefind-ui__message")?.textContent?.trim() ?? "";
      // "466 träffar för våld", not "Söker efter våld…" nor "Inga träffar för …".
      const match = /^([\d\s,.]+)\s+träff/u.exec(message);
      if (!root || !match) return false;
      const hits = Number(match[1]!.replace(/\D/g, ""));
      if (hits === unlike) return false;
      if (root.querySelectorAll(".pagefind-ui__result").length === 0 || root.querySelector(".pagefind-ui__results .pagefind-ui__loading")) return false;
      const names = [...root.querySelectorAll(".pagefind-ui__filter-name")].map((name) => name.textContent?.trim());
      if (!filters.every((filter) => names.includes(filter))) return false;
      return hits;
    },
    { filters: SEARCH_FILTERS, unlike: options.unlike ?? -1 },
    { timeout: PATIENCE },
  );
  return (await count.jsonValue()) as number;
}
