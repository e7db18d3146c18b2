/// <reference lib="dom" />
// How often the search puts the right page first, or among the first three, for what readers
// type (relevance-queries.ts), run through the real search page against the real index as a reader
// would: the address with the query, and one click on "Menade du …?" when the search found nothing.
// The figures go to test/artifacts/relevance.json; the README reports them.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, newContext, PATIENCE } from "./browser.ts";
import { RELEVANCE_QUERIES } from "./relevance-queries.ts";

const siteUrl = inject("siteUrl");
const artifacts = fileURLToPath(new URL("../artifacts/", import.meta.url));
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await newContext(browser)).newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for the page to show the finished search for `query`, and returns its hits' addresses in the order shown. */
async function shown(query: string): Promise<string[]> {
  await page.waitForFunction(
    (wanted) => {
      const root = document.querySelector<HTMLElement>("[data-search-root]");
      const status = root?.querySelector("[data-search-status]")?.textContent ?? "";
      return root?.dataset.state === "done" && root.dataset.complete === "true" && status.includes(`”${wanted}”`);
    },
    query,
    { timeout: PATIENCE },
  );
  return page.locator("[data-search-results] .search-hit-title").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
}

interface Outcome {
  query: string;
  kind: string;
  within: number;
  /** The query the reader ended up with, when they followed "Menade du …?". */
  followed?: string;
  rank: number | null;
  top: string[];
}

describe("relevance", () => {
  it(`puts the right page first, or among the first three, as each of ${RELEVANCE_QUERIES.length} real queries requires, for at least 95 % of them`, { timeout: 600_000 }, async () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(40);
    const outcomes: Outcome[] = [];
    for (const { query, expect: wanted, within, kind } of RELEVANCE_QUERIES) {
      await page.goto(`${siteUrl}/sok/?q=${encodeURIComponent(query)}`);
      let urls = await shown(query);
      let followed: string | undefined;
      const offered = page.locator("[data-search-suggestion]:not([hidden]) [data-search-suggested]");
      if (urls.length === 0 && (await offered.count()) > 0) {
        followed = (await offered.textContent()) ?? "";
        await offered.click();
        urls = await shown(followed);
      }
      const index = urls.findIndex((url) => wanted.includes(url));
      outcomes.push({ query, kind, within, ...(followed ? { followed } : {}), rank: index === -1 ? null : index + 1, top: urls.slice(0, 3) });
    }
    const within = (limit: number) => outcomes.filter((outcome) => outcome.rank !== null && outcome.rank <= limit).length / outcomes.length;
    const asRequired = outcomes.filter((outcome) => outcome.rank !== null && outcome.rank <= outcome.within).length / outcomes.length;
    const report = {
      queries: outcomes.length,
      successAt1: within(1),
      successAt3: within(3),
      // Each query at the rank it requires: first for names and abbreviations.
      successAsRequired: asRequired,
      missed: outcomes.filter((outcome) => outcome.rank === null || outcome.rank > outcome.within),
      outcomes,
    };
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, "relevance.json"), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(
      `relevance: ${outcomes.length} queries, success@1 ${(report.successAt1 * 100).toFixed(1)} %, success@3 ${(report.successAt3 * 100).toFixed(1)} %\n${report.missed.map((miss) => `  missed: ${miss.query} (rank ${miss.rank ?? "none"}, wanted within ${miss.within}) top: ${miss.top.join(" ")}`).join("\n")}\n`,
    );
    expect(report.successAt3, report.missed.map((miss) => miss.query).join(", ")).toBeGreaterThanOrEqual(0.95);
    expect(report.successAsRequired, report.missed.map((miss) => miss.query).join(", ")).toBeGreaterThanOrEqual(0.95);
  });
});
