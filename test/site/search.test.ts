/// <reference lib="dom" />
// Search against the real Pagefind index of the built site, in a real Chromium: Swedish stemming,
// compounds found by their parts, filters that narrow, and hits that lead to the item itself.
import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, newContext, PATIENCE, SEARCH_FILTERS, searchSettled } from "./browser.ts";

const siteUrl = inject("siteUrl");
let browser: Browser;
let page: Page;

interface Hit {
  url: string;
  title: string;
  filters: Record<string, string[]>;
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await newContext(browser)).newPage();
  await page.goto(`${siteUrl}/sok/`);
});
afterAll(async () => {
  await browser?.close();
});

/** Every hit of a query (Pagefind's own JS API, as the search page loads it), with optional filters. */
function search(term: string | null, filters: Record<string, string> = {}): Promise<Hit[]> {
  // A string, so that the test runner's transform leaves the browser's own import() alone.
  return page.evaluate(`(async () => {
    const pagefind = await import("/pagefind/pagefind.js");
    const response = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(response.results.map((result) => result.data()));
    return data.map((entry) => ({ url: entry.url, title: entry.meta.title, filters: entry.filters }));
  })()`);
}

describe("search", () => {
  it("finds an inflected Swedish word in the right document and goal", async () => {
    // The goal says "rättsprocesser"; the reader types the definite singular.
    const hits = await search("rättsprocessen");
    const urls = hits.map((hit) => hit.url);
    expect(urls).toContain("/mal/stockholm-strategi-2020-mal-5/");
    expect(urls.some((url) => url.startsWith("/dokument/stockholm-strategi-2020/#"))).toBe(true);
    expect(hits.find((hit) => hit.url === "/mal/stockholm-strategi-2020-mal-5/")!.title).toMatch(/^Mål: Rättsvårdande myndigheter/);
  });

  it("finds compounds by their parts: 'frid' finds kvinnofrid, 'utsatta' finds våldsutsatta", async () => {
    const frid = await search("frid");
    expect(frid.some((hit) => hit.url.startsWith("/dokument/dalarna-overenskommelse-2024/"))).toBe(true);
    expect(frid.some((hit) => hit.url === "/aktor/operation-kvinnofrid/")).toBe(true);
    // A goal whose only form of the word is the compound.
    const utsatta = await search("utsatta");
    expect(utsatta.map((hit) => hit.url)).toContain("/mal/stockholm-strategi-2020-mal-6/");
    const forebyggande = await search("förebyggande");
    expect(forebyggande.map((hit) => hit.url)).toContain("/mal/stockholm-strategi-2020-mal-1/");
  });

  it("leads to the exact goal, measure or responsibility, not only the page", async () => {
    const hits = await search("SIP samtycker");
    const responsibility = hits.find((hit) => hit.url === "/dokument/dalarna-overenskommelse-2024/#dalarna-overenskommelse-2024-ansvar-sip-upprattas");
    expect(responsibility?.title).toMatch(/^Ansvar: /);
  });

  it("narrows by county, document kind, actor, national goal and validity", async () => {
    const all = await search("våld");
    const inDalarna = await search("våld", { Län: "Dalarnas län" });
    expect(inDalarna.length).toBeGreaterThan(0);
    expect(inDalarna.length).toBeLessThan(all.length);
    expect(inDalarna.every((hit) => hit.filters.Län?.includes("Dalarnas län"))).toBe(true);

    const agreements = await search("våld", { Dokumentslag: "Överenskommelse" });
    expect(agreements.length).toBeGreaterThan(0);
    expect(agreements.every((hit) => hit.url.includes("dalarna-overenskommelse-2024"))).toBe(true);

    const police = await search(null, { Aktör: "Polismyndigheten" });
    const policeCounties = new Set(police.flatMap((hit) => hit.filters.Län ?? []));
    expect(policeCounties.size).toBeGreaterThanOrEqual(2);

    const ended = await search("våld", { Giltighet: "Upphört" });
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.every((hit) => !hit.url.includes("dalarna-overenskommelse-2024"))).toBe(true);

    // A strategy revised by a plan is "Ersatt", not "Upphört": the filter tells them apart.
    const superseded = await search("våld", { Giltighet: "Ersatt" });
    expect(superseded.some((hit) => hit.url.startsWith("/dokument/dalarna-lansstrategi-2015/"))).toBe(true);
    expect(ended.some((hit) => hit.url.startsWith("/dokument/dalarna-lansstrategi-2015/"))).toBe(false);

    const nationalGoal = await search(null, { "Nationellt mål": "Mål 2: Förbättrad upptäckt av våld och starkare skydd och stöd för våldsutsatta kvinnor och barn" });
    expect(nationalGoal.length).toBeGreaterThan(0);
  });

  it("shows readers the text of a hit, never the compound parts added for the index", async () => {
    await page.goto(`${siteUrl}/sok/?q=frid`);
    await searchSettled(page);
    const excerpts = await page.locator(".pagefind-ui__result-excerpt").allTextContents();
    expect(excerpts.length).toBeGreaterThan(3);
    for (const excerpt of excerpts) expect(excerpt).not.toContain("Orddelar");
    // Typing keeps the address in step, so that a search can be shared.
    await page.locator(".pagefind-ui__search-input").fill("kontaktförbud");
    await page.waitForURL(/\?q=kontaktf%C3%B6rbud$/);
  });

  it("offers no filter value that finds nothing", async () => {
    await page.goto(`${siteUrl}/sok/?q=v%C3%A5ld`);
    await searchSettled(page);
    const counties = page.locator(".pagefind-ui__filter-block", { has: page.locator(".pagefind-ui__filter-name", { hasText: /^Län$/ }) });
    await counties.locator(".pagefind-ui__filter-name").click();
    const labels = await counties.locator(".pagefind-ui__filter-label").allTextContents();
    expect(labels.map((label) => label.replace(/\s*\(\d+\)\s*$/, "").trim()).sort()).toEqual(["Dalarnas län", "Stockholms län", "Västernorrlands län"]);
  });

  it("narrows in the search page itself when a filter is ticked", async () => {
    await page.goto(`${siteUrl}/sok/?q=v%C3%A5ld`);
    // Ticking a box while the search is still being drawn would race the redrawing: wait for it.
    const before = await searchSettled(page);
    const counties = page.locator(".pagefind-ui__filter-block", { has: page.locator(".pagefind-ui__filter-name", { hasText: /^Län$/ }) });
    await counties.locator(".pagefind-ui__filter-name").click();
    await counties.getByLabel(/^Stockholms län/).check();
    const after = await searchSettled(page, { unlike: before });
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    // The other counties now find nothing, so they are no longer offered.
    const labels = await counties.locator(".pagefind-ui__filter-label").allTextContents();
    expect(labels.map((label) => label.replace(/\s*\(\d+\)\s*$/, ""))).toEqual(["Stockholms län"]);
  });

  it("counts the filters for the search, even when the filter index arrives after the hits", async () => {
    // As on a slow line: the filter index is held back until a search typed meanwhile has shown its hits.
    const slow = await newContext(browser);
    const reader = await slow.newPage();
    const held: Route[] = [];
    let holding = true;
    await reader.route("**/pagefind/filter/*", (route) => (holding ? void held.push(route) : route.continue()));
    await reader.goto(`${siteUrl}/sok/`);
    await reader.locator(".pagefind-ui__search-input").fill("våld");
    await reader
      .locator(".pagefind-ui__message")
      .filter({ hasText: /\d+ träffar för våld/ })
      .waitFor();
    await expect.poll(() => held.length, { timeout: PATIENCE }).toBeGreaterThan(0);
    holding = false;
    for (const route of held) await route.continue();

    // Pagefind's own counts for the same search, with the whole filter index in.
    const expected: Record<string, Record<string, number>> = await reader.evaluate(`(async () => {
      const pagefind = await import("/pagefind/pagefind.js");
      await pagefind.filters();
      return (await pagefind.search("våld")).filters;
    })()`);
    const expectedCounties = Object.entries(expected.Län!)
      .filter(([, count]) => count > 0)
      .map(([county, count]) => `${county} (${count})`)
      .sort();
    expect(expectedCounties.length).toBeGreaterThan(1);
    await reader.waitForFunction(
      ({ filters, counties }) => {
        const blocks = [...document.querySelectorAll(".pagefind-ui__filter-block")];
        const names = blocks.map((block) => block.querySelector(".pagefind-ui__filter-name")?.textContent?.trim());
        const county = blocks.find((block) => block.querySelector(".pagefind-ui__filter-name")?.textContent?.trim() === "Län");
        const shown = [...(county?.querySelectorAll(".pagefind-ui__filter-label") ?? [])].map((label) => label.textContent?.trim()).sort();
        return filters.every((filter) => names.includes(filter)) && JSON.stringify(shown) === JSON.stringify(counties);
      },
      { filters: SEARCH_FILTERS, counties: expectedCounties },
      { timeout: PATIENCE },
    );
    await slow.close();
  });
});
