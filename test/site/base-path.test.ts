/// <reference lib="dom" />
// The site built below a base path, as GitHub Pages serves a project's site (/<repository>/, the
// base_path that .github/workflows/pages.yml passes on as STYRDOK_BASE): every internal link,
// asset, download and the search stay below it. A small content folder keeps the build cheap; it
// is served from a folder above the site, so that a link that escapes the base finds nothing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDirectory } from "../../site/scripts/serve.ts";
import { repositoryRoot } from "../paths.ts";
import { launchChromium, newContext, PATIENCE } from "./browser.ts";
import { builtPages, elements } from "./built.ts";
import { TEST_TODAY } from "./setup.ts";

/** As configure-pages gives it: no slash at the end. */
const BASE_PATH = "/styrdok-prov";
const BASE = `${BASE_PATH}/`;

const scratch = mkdtempSync(join(tmpdir(), "styrdok-base-"));
const siteDir = join(scratch, "www", BASE_PATH);
let server: Server;
let origin: string;

beforeAll(async () => {
  mkdirSync(join(scratch, "www"));
  const build = spawnSync(process.execPath, [join(repositoryRoot, "site/scripts/build.ts"), siteDir], {
    cwd: repositoryRoot,
    encoding: "utf8",
    env: { ...process.env, STYRDOK_BASE: BASE_PATH, STYRDOK_CONTENT: join(repositoryRoot, "test/fixtures/graph"), STYRDOK_TODAY: TEST_TODAY },
    timeout: 300_000,
  });
  if (build.status !== 0) throw new Error(`The build with STYRDOK_BASE=${BASE_PATH} failed:\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
  server = await serveDirectory(join(scratch, "www"));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Where an address on the site is served from, below the base: its file, or undefined. */
function fileOf(url: string): string | undefined {
  const path = decodeURIComponent(url.split("#")[0]!.split("?")[0]!);
  for (const candidate of [join(scratch, "www", path), join(scratch, "www", path, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Addresses of another site, of the page itself, or of no page: nothing for a base to change. */
const notInternal = (url: string) => url.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");

describe(`the site built with STYRDOK_BASE=${BASE_PATH}`, () => {
  it("links, loads and submits nothing outside the base, and nothing below it that is missing", () => {
    const pages = builtPages(siteDir);
    expect(pages.length).toBeGreaterThan(20);
    const escapes: string[] = [];
    let internal = 0;
    for (const page of pages) {
      for (const element of elements(page.tree)) {
        for (const attribute of ["href", "src", "action", "srcSet", "poster", "formAction"]) {
          const value = element.properties[attribute];
          if (typeof value !== "string" && !Array.isArray(value)) continue;
          const urls =
            attribute === "srcSet"
              ? String(value)
                  .split(",")
                  .map((candidate) => candidate.trim().split(/\s+/)[0]!)
              : [String(value)];
          for (const url of urls.filter((candidate) => !notInternal(candidate))) {
            internal++;
            if (!url.startsWith(BASE)) escapes.push(`${page.url}: <${element.tagName} ${attribute}="${url}"> is outside ${BASE}`);
            else if (!fileOf(url)) escapes.push(`${page.url}: <${element.tagName} ${attribute}="${url}"> leads to nothing`);
          }
        }
      }
    }
    expect(internal).toBeGreaterThan(500);
    expect(escapes).toEqual([]);
  });

  it("has stylesheets whose url()s stay below the base", () => {
    const stylesheets = readdirSync(siteDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".css"));
    expect(stylesheets.length).toBeGreaterThan(0);
    for (const file of stylesheets) {
      for (const [, url] of readFileSync(join(siteDir, file), "utf8").matchAll(/url\(\s*["']?([^"')]+)/g)) {
        if (url!.startsWith("/")) expect(url, file).toMatch(new RegExp(`^${BASE}`));
      }
    }
  });

  it("serves the web editor and its configuration below the base", () => {
    const html = readFileSync(join(siteDir, "admin/index.html"), "utf8");
    const sources = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources.filter((url) => url.startsWith("/"))).toEqual([expect.stringMatching(new RegExp(`^${BASE}admin/assets/[^/]+\\.js$`))]);
    expect(existsSync(join(siteDir, "admin/config.yml"))).toBe(true);
  });

  it("offers the JSON and CSV downloads and the schemas below the base", () => {
    const data = builtPages(siteDir).find((page) => page.url === "/data/")!;
    const links = elements(data.tree, (element) => element.tagName === "a").map((link) => String(link.properties.href));
    expect(links).toContain(`${BASE}data/styrdok.json`);
    expect(links).toContain(`${BASE}data/csv/measures.csv`);
    expect(links).toContain(`${BASE}schemas/export.schema.json`);
    expect(JSON.parse(readFileSync(fileOf(`${BASE}data/styrdok.json`)!, "utf8")).format).toBe("styrdok-export");
  });

  it("searches in Chromium with Pagefind below the base, and its hits lead to pages there", async () => {
    const browser: Browser = await launchChromium();
    try {
      const page = await (await newContext(browser)).newPage();
      const failures: string[] = [];
      page.on("response", (response) => {
        if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
      });
      page.on("requestfailed", (request) => failures.push(`failed ${request.url()}`));
      // The header's search form on another page leads to the search page, as a reader would go.
      await page.goto(`${origin}${BASE}om/`);
      await page.fill("#snabbsok", "anmäla");
      await page.press("#snabbsok", "Enter");
      await page.waitForURL(`${origin}${BASE}sok/?q=anm%C3%A4la`);
      const hits = await page.waitForFunction(
        () => {
          const root = document.querySelector<HTMLElement>("[data-search-root]");
          const links = [...document.querySelectorAll<HTMLAnchorElement>("[data-search-root] .search-hit-title")].map((link) => link.getAttribute("href"));
          return root?.dataset.state === "done" && links.length > 0 ? links : false;
        },
        undefined,
        { timeout: PATIENCE },
      );
      const links = (await hits.jsonValue()) as string[];
      expect(links).toContain(`${BASE}dokument/dalarna-plan/#dalarna-plan-ansvar-polis-1`);
      for (const link of links) expect(link.startsWith(BASE), link).toBe(true);
      // The filters come from the same bundle, loaded once below the base by the page's own script.
      await page.waitForSelector("[data-search-root] .search-filter summary");

      await page.click(`[data-search-root] a[href="${BASE}dokument/dalarna-plan/#dalarna-plan-ansvar-polis-1"]`);
      await page.waitForURL(`${origin}${BASE}dokument/dalarna-plan/#dalarna-plan-ansvar-polis-1`);
      await expect(page.locator("#dalarna-plan-ansvar-polis-1").isVisible()).resolves.toBe(true);
      expect(failures).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
