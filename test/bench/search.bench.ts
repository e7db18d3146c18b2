// `npm run toolchain -- pnpm task:bench-search`: how long a reader waits on the search page, from
// the last keystroke (typed a key every 120 ms) to the first hit drawn (or to "Inga träffar"), in Chromium, on the real site
// and on a site of 1,000 benchmark documents, in a page that has loaded Pagefind and searched
// nothing yet. The baseline, measured just before in a context of its own, is Pagefind's own JS API
// answering the same query and giving its first hit's data: the ratio says what the page adds to
// the engine. Each query runs in a fresh browser context (nothing
// cached), three times; the median counts.
//
//   pnpm task:bench-search [--sites real,1000] [--dist real=DIR] [--dist 1000=DIR] [--runs 3] [--out FILE]
//
// A site is built into a temporary folder unless --dist names a build of it (the build of 1,000
// documents takes about ten minutes).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { pagefindTerm } from "@styrdok/pages/search-query";
import { serveDirectory } from "../../site/scripts/serve.ts";
import { launchChromium, newContext } from "../site/browser.ts";
import { median, writeCorpus } from "./corpus.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const { values: options } = parseArgs({
  options: {
    sites: { type: "string", default: "real,1000" },
    dist: { type: "string", multiple: true, default: [] },
    runs: { type: "string", default: "3" },
    out: { type: "string", default: join(root, "test/artifacts/bench-search.json") },
  },
});
const runs = Number(options.runs);
const given = new Map(options.dist.map((entry) => entry.split("=", 2) as [string, string]));
const scratch = mkdtempSync(join(tmpdir(), "styrdok-bench-search-"));

/** What readers type: a word in half the records, a name, an abbreviation, an inflected word, a misspelt one. */
const queries: Record<string, string[]> = {
  real: ["våld", "polisen", "SoL", "rättsprocessen", "kvinofrid"],
  // The benchmark corpus repeats one text: "våld" is in about half its 200,000 records.
  corpus: ["våld", "Strategi 10", "Aktör 3", "länet", "kvinofrid"],
};

function build(site: string): string {
  const dist = join(scratch, `site-${site}`);
  const env: Record<string, string> = { ...process.env, STYRDOK_HISTORY_LIMIT: "0", STYRDOK_TODAY: "2026-11-22" } as Record<string, string>;
  if (site !== "real") {
    const content = join(scratch, `corpus-${site}`);
    writeCorpus(content, Number(site));
    env.STYRDOK_CONTENT = content;
  }
  process.stderr.write(`building the ${site} site …\n`);
  const result = spawnSync(process.execPath, [join(root, "site/scripts/build.ts"), dist], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`the ${site} site did not build`);
  return dist;
}

interface QueryResult {
  query: string;
  hits: number;
  /** From the last keystroke to the first hit drawn, or to "Inga träffar" (ms, each run). */
  firstResultMs: number[];
  /** Pagefind's JS API alone: the search and its first hit's data (ms, each run). */
  baselineMs: number[];
}

async function measure(dist: string, list: string[]): Promise<QueryResult[]> {
  const server = await serveDirectory(dist);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const results: QueryResult[] = [];
  try {
    for (const query of list) {
      const result: QueryResult = { query, hits: 0, firstResultMs: [], baselineMs: [] };
      for (let run = 0; run < runs; run++) {
        // The baseline, in a context of its own (nothing cached), as cold as the reader's.
        const baselineContext = await newContext(browser);
        const baselinePage = await baselineContext.newPage();
        await baselinePage.goto(`${origin}/sok/`);
        result.baselineMs.push(
          await baselinePage.evaluate(`(async () => {
            const pagefind = await import("/pagefind/pagefind.js");
            await pagefind.options({ exactDiacritics: true });
            await pagefind.init();
            const started = performance.now();
            const response = await pagefind.search(${JSON.stringify(pagefindTerm(query))});
            await response.results[0]?.data();
            return performance.now() - started;
          })()`),
        );
        await baselineContext.close();
        const context = await newContext(browser);
        const page = await context.newPage();
        await page.goto(`${origin}/sok/`);
        // The page as a reader has it open: Pagefind loaded, nothing searched yet.
        await page.locator("[data-search-root][data-ready=true]").waitFor();
        // Typed as a reader types, a key every 120 ms; the wait counts from the last key.
        const input = page.locator("#sokfalt");
        await input.pressSequentially(query.slice(0, -1), { delay: 120 });
        await new Promise((resolve) => setTimeout(resolve, 120));
        const started = performance.now();
        await page.keyboard.type(query.slice(-1));
        await page.waitForFunction(
          (wanted) => {
            const status = document.querySelector("[data-search-status]")?.textContent ?? "";
            return status.includes(`”${wanted}”`) && (document.querySelector("[data-search-results] .search-hit-title") !== null || status.startsWith("Inga träffar"));
          },
          query,
          { timeout: 600_000, polling: "raf" },
        );
        result.firstResultMs.push(performance.now() - started);
        result.hits = Number(await page.locator("[data-search-root]").getAttribute("data-hits"));
        await context.close();
      }
      results.push(result);
      process.stderr.write(`  ${query}: first result ${median(result.firstResultMs).toFixed(0)} ms, Pagefind alone ${median(result.baselineMs).toFixed(0)} ms\n`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

const report: Record<string, QueryResult[]> = {};
const lines = ["| site | query | hits | first result, ms (median of runs) | Pagefind alone, ms | ratio |", "|---|---|---:|---:|---:|---:|"];
try {
  for (const site of options.sites.split(",").map((name) => name.trim())) {
    const dist = given.get(site) ?? build(site);
    process.stderr.write(`measuring the ${site} site (${dist})\n`);
    report[site] = await measure(dist, queries[site === "real" ? "real" : "corpus"]!);
    for (const result of report[site]!) {
      const first = median(result.firstResultMs);
      const baseline = median(result.baselineMs);
      lines.push(`| ${site === "real" ? "real content" : `${site} documents`} | ${result.query} | ${result.hits} | ${first.toFixed(0)} | ${baseline.toFixed(0)} | ${(first / baseline).toFixed(2)} |`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
mkdirSync(join(options.out, ".."), { recursive: true });
writeFileSync(options.out, `${JSON.stringify({ measured: new Date().toISOString(), runs, report }, null, 2)}\n`);
console.log(lines.join("\n"));
