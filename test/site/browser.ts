/// <reference lib="dom" />
// A real Chromium driven by playwright-core, for the site tests: the one `npm test` set up
// (CHROMIUM_PATH, see packages/toolchain/chromium.mjs) or Debian's package.

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { SEARCH_FILTERS } from "@styrdok/pages/search-words";
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

/** The filters every search offers. */
export { SEARCH_FILTERS };

/**
 * Waits until the search page shows a finished search, and returns its number of hits. Finished
 * means what a reader would wait for: the count, the hits drawn, and the filters counted over the
 * whole filter index (`filters`: those a site of other content offers). The page marks that state
 * on its results (`data-state`, `data-complete`). `unlike` waits for a count other than an earlier
 * one, so that the earlier search, still on screen in the moment after a filter is ticked, is not
 * taken for the new one.
 */
export async function searchSettled(page: Page, options: { unlike?: number; filters?: string[] } = {}): Promise<number> {
  const count = await page.waitForFunction(
    ({ filters, unlike }) => {
      const root = document.querySelector<HTMLElement>("[data-search-root]");
      if (root?.dataset.state !== "done" || root.dataset.complete !== "true") return false;
      const hits = Number(root.dataset.hits);
      const status = root.querySelector("[data-search-status]")?.textContent ?? "";
      if (hits === unlike || !/träff/.test(status)) return false;
      const names = [...root.querySelectorAll(".search-filter summary")].map((name) => name.textContent?.replace(/\s*\(.*$/, "").trim());
      if (hits > 0 && !filters.every((filter) => names.includes(filter))) return false;
      // An object, since a count of 0 would read as "not yet".
      return { hits };
    },
    { filters: options.filters ?? SEARCH_FILTERS, unlike: options.unlike ?? -1 },
    { timeout: PATIENCE },
  );
  return ((await count.jsonValue()) as { hits: number }).hits;
}

/** The rules every page is judged by: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe's findings on the page as it stands, one line each (rule, impact, help, the first places).
 * axe is put into the page by the browser's debugging protocol (evaluated here, or as an init
 * script by `pageInspector`), which no page policy governs, and run in the page itself: a
 * fraction of the time its playwright wrapper takes, which finishes each run in a page of its
 * own, and that is what lets every page of the site be checked.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })).violations;
  }, AXE_TAGS);
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join("; ")}`,
  );
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * What a page must never do, gathered while it is open: open a dialog (alert, confirm, print…),
 * throw, break its Content-Security-Policy, ask for anything from another site, or for a file of
 * the site that is not there. Start it
 * before the page loads. `problems()` lists, one line each, what happened since it was last asked.
 */
export async function watchPage(page: Page, origin: string): Promise<{ problems: () => Promise<string[]> }> {
  let seen: string[] = [];
  page.on("dialog", (dialog) => {
    seen.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on("pageerror", (error) => seen.push(`script error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !/^(?:data|blob):/.test(url)) seen.push(`request outside the site: ${url}`);
  });
  // What the page asks of the site itself must be there too.
  page.on("response", (response) => {
    if (response.status() >= 400 && response.url() !== page.url()) seen.push(`${response.status()}: ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) seen.push(`policy: ${message.text()}`);
  });
  // The page's own report of each violation, kept in the page until it is asked for.
  await page.addInitScript(() => {
    const reports: string[] = [];
    (window as unknown as { policyViolations: string[] }).policyViolations = reports;
    document.addEventListener("securitypolicyviolation", (event) =>
      reports.push(`policy: ${event.effectiveDirective} refused ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  return {
    problems: async () => {
      const reported = page.isClosed() ? [] : await page.evaluate(() => (window as unknown as { policyViolations?: string[] }).policyViolations?.splice(0) ?? []).catch(() => []);
      const problems = [...seen, ...reported];
      seen = [];
      return problems;
    },
  };
}

/**
 * Judges pages one after another in one browser tab, with axe loaded into each as it opens (a
 * tab per page, and axe evaluated afresh in each, cost three times as much). `check` opens a path
 * and lists everything wrong with it, one line each and prefixed with the path: a status other
 * than 200, axe's findings, and what `watchPage` saw. What a page does after it was judged (a late
 * error) is reported with it, at the next check. `ready` waits for a state the page reaches after
 * loading (a finished search) before it is judged.
 */
export async function pageInspector(context: BrowserContext, origin: string): Promise<{ check: (path: string, ready?: (page: Page) => Promise<unknown>) => Promise<string[]> }> {
  const page = await context.newPage();
  await page.addInitScript(axeSource);
  const watch = await watchPage(page, origin);
  let previous: string | undefined;
  return {
    check: async (path, ready) => {
      const late = (await watch.problems()).map((problem) => `${previous}: ${problem}`);
      previous = path;
      const response = await page.goto(`${origin}${path}`, { waitUntil: "load" });
      const status = response?.ok() ? [] : [`status ${response?.status()}`];
      if (status.length === 0) await ready?.(page);
      const found = status.length === 0 ? [...(await axeViolations(page)), ...(await watch.problems())] : [...status, ...(await watch.problems())];
      return [...late, ...found.map((problem) => `${path}: ${problem}`)];
    },
  };
}
