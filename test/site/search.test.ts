/// <reference lib="dom" />
// Search against the real Pagefind index of the built site, in a real Chromium: Swedish stemming,
// compounds found by their parts, filters that narrow, and hits that lead to the item itself.

import { pagefindTerm } from "@styrdok/pages/search-query";
import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchChromium, newContext, PATIENCE, SEARCH_FILTERS, searchSettled } from "./browser.ts";

const siteUrl = inject("siteUrl");
let browser: Browser;
let page: Page;

interface Hit {
  url: string;
  title: string;
  kind: string;
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

/**
 * Every hit of a query in the index, asked as the search page asks it (Pagefind's JS API, with å, ä
 * and ö kept apart and each word's stem), with optional filters.
 */
function search(query: string | null, filters: Record<string, string> = {}): Promise<Hit[]> {
  // A string, so that the test runner's transform leaves the browser's own import() alone.
  return page.evaluate(`(async () => {
    const pagefind = await import("/pagefind/pagefind.js");
    await pagefind.options({ exactDiacritics: true });
    const response = await pagefind.search(${JSON.stringify(query === null ? null : pagefindTerm(query))}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(response.results.map((result) => result.data()));
    return data.map((entry) => ({ url: entry.url, title: entry.meta.title, kind: entry.meta.kind, filters: entry.filters }));
  })()`);
}

describe("search", () => {
  it("finds an inflected Swedish word in the right document and goal", async () => {
    // The goal says "rättsprocesser"; the reader types the definite singular.
    const hits = await search("rättsprocessen");
    const urls = hits.map((hit) => hit.url);
    expect(urls).toContain("/mal/stockholm-strategi-2020-mal-5/");
    expect(urls.some((url) => url.startsWith("/dokument/stockholm-strategi-2020/#"))).toBe(true);
    expect(hits.find((hit) => hit.url === "/mal/stockholm-strategi-2020-mal-5/")).toMatchObject({ kind: "goal", title: expect.stringMatching(/^Rättsvårdande myndigheter/) });
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
    expect(responsibility?.kind).toBe("responsibility");
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

  it("keeps å, ä and ö apart: 'bra' does not find Brå, 'Brå' does not find 'bra'", async () => {
    const bra = (await search("bra")).map((hit) => hit.url);
    expect(bra).not.toContain("/aktor/brottsforebyggande-radet/");
    expect(bra.length).toBeGreaterThan(0);
    const agency = await search("Brå");
    expect(agency.map((hit) => hit.url)).toContain("/aktor/brottsforebyggande-radet/");
    expect(agency.length).toBeLessThan(bra.length);
  });
});

/** Opens the search page with a query and waits for its finished search. */
async function searchFor(query: string): Promise<number> {
  await page.goto(`${siteUrl}/sok/?q=${encodeURIComponent(query)}`);
  return searchSettled(page, { filters: [] });
}

const hitLinks = () => page.locator("[data-search-results] .search-hit-title").evaluateAll((links) => links.map((link) => link.getAttribute("href")));

/** The filter named `name` in the page's filters, opened. */
async function openFilter(name: string) {
  const filter = page.locator(`details[data-filter="${name}"]`);
  if (!(await filter.evaluate((details: HTMLDetailsElement) => details.open))) await filter.locator("summary").click();
  return filter;
}

/** The hits for "våld" in all the counties given at once: a document can belong to several. */
async function both(counties: string[]): Promise<number> {
  return page.evaluate(`(async () => {
    const pagefind = await import("/pagefind/pagefind.js");
    await pagefind.options({ exactDiacritics: true });
    const response = await pagefind.search(${JSON.stringify(pagefindTerm("våld"))}, { filters: { Län: { all: ${JSON.stringify(counties)} } } });
    return response.results.length;
  })()`);
}

const valueLabels = async (filter: Awaited<ReturnType<typeof openFilter>>) => (await filter.locator("label").allTextContents()).map((label) => label.replace(/\s*\([\d\s]+\)\s*$/, "").trim());

describe("the search page", () => {
  it("puts an item whose name or abbreviation is the query first", async () => {
    await searchFor("SoL");
    expect((await hitLinks())[0]).toBe("/kalla/socialtjanstlagen-2001-453/");
    await searchFor("Brå");
    expect((await hitLinks())[0]).toBe("/aktor/brottsforebyggande-radet/");
    expect(await page.locator("[data-search-results] h2").first().textContent()).toBe("Bästa träff");
  });

  it("groups the hits by kind, each with its document and county, the kind of the best hit first", async () => {
    await searchFor("rättsprocessen");
    const headings = (await page.locator("[data-search-results] h2").allTextContents()).map((heading) => heading.replace(/\s*\(.*$/, ""));
    expect(headings[0]).toBe("Mål");
    expect(new Set(headings).size).toBe(headings.length);
    const goal = page.locator(".search-hit", { has: page.locator('a[href="/mal/stockholm-strategi-2020-mal-5/"]') });
    expect(await goal.locator(".search-hit-context").textContent()).toMatch(/Stockholms län/);
    // A kind with more hits than shown offers all of them, through the kind filter.
    await searchFor("våld");
    const all = page.locator("[data-search-results] button", { hasText: /^Visa alla [\d\s]+ åtgärder$/ });
    const total = Number((await all.textContent())!.replace(/\D/g, ""));
    const before = Number(await page.locator("[data-search-root]").getAttribute("data-hits"));
    await all.click();
    expect(await searchSettled(page, { unlike: before })).toBe(total);
    const kinds = await page.locator("[data-search-results] h2").allTextContents();
    expect(kinds.map((heading) => heading.replace(/\s*\(.*$/, ""))).toEqual(["Åtgärder"]);
  });

  it("shows readers the text of a hit, never the compound parts added for the index", async () => {
    expect(await searchFor("frid")).toBeGreaterThan(3);
    const excerpts = await page.locator(".search-hit-excerpt").allTextContents();
    expect(excerpts.length).toBeGreaterThan(3);
    for (const excerpt of excerpts) expect(excerpt).not.toContain("Orddelar");
    expect(await page.locator(".search-hit-excerpt mark").count()).toBeGreaterThan(0);
    // Typing keeps the address in step, so that a search can be shared.
    await page.locator("#sokfalt").fill("kontaktförbud");
    await page.waitForURL(/\?q=kontaktf%C3%B6rbud$/);
  });

  it("finds nothing for a word the index lacks, instead of Pagefind's shorter prefixes ('IVO' is not 'i')", async () => {
    expect(await searchFor("IVO")).toBe(0);
    expect(await page.locator("[data-search-status]").textContent()).toBe("Inga träffar för ”IVO”.");
    expect(await page.locator(".search-hit").count()).toBe(0);
  });

  it("offers 'Menade du …?' for a misspelt word, and one click runs it", async () => {
    expect(await searchFor("kvinofrid")).toBe(0);
    const offered = page.locator("[data-search-suggestion]");
    await expect.poll(() => offered.isVisible()).toBe(true);
    expect(await offered.textContent()).toBe("Menade du kvinnofrid?");
    await offered.getByRole("button", { name: "kvinnofrid" }).click();
    await page.waitForURL(/\?q=kvinnofrid$/);
    expect(await searchSettled(page, { filters: [] })).toBeGreaterThan(0);
    expect(await page.locator("#sokfalt").inputValue()).toBe("kvinnofrid");
    expect(await offered.isHidden()).toBe(true);
  });

  it("announces the count of hits to screen readers once, when the reader pauses, and passes axe with its filters open", async () => {
    const hits = await searchFor("våld");
    const announced = page.locator("[role=status]");
    expect(await announced.count()).toBe(1);
    await expect.poll(async () => (await announced.textContent())?.replace(/\s/g, "")).toBe(`${hits}träffarför”våld”.`);
    // Typing a word, key by key, is not announced key by key: only what the pause finds.
    const heard: string[] = [];
    await page.exposeFunction("heard", (text: string) => heard.push(text));
    await page.evaluate(() => {
      const region = document.querySelector("[role=status]")!;
      new MutationObserver(() => (window as unknown as { heard: (text: string) => void }).heard(region.textContent ?? "")).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await page.locator("#sokfalt").fill("");
    await page.locator("#sokfalt").pressSequentially("polisen", { delay: 60 });
    await expect.poll(() => heard.at(-1)).toMatch(/träffar för ”polisen”/);
    expect(heard.length).toBeLessThanOrEqual(2);
    // A misspelling's suggestion is announced with the count.
    await searchFor("kvinofrid");
    await expect.poll(() => announced.textContent()).toBe("Inga träffar för ”kvinofrid”. Menade du kvinnofrid?");
    await searchFor("våld");
    for (const name of SEARCH_FILTERS) await openFilter(name);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("is used with the keyboard alone: type, reach a hit, narrow with a filter", async () => {
    await page.goto(`${siteUrl}/sok/`);
    await page.locator("#sokfalt").focus();
    await page.keyboard.type("polisen");
    await page.keyboard.press("Enter");
    const before = await searchSettled(page);
    // The hits come first, then the filters: on to the county filter, opened and ticked with the keyboard.
    let focused = "";
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("[data-search-results]") !== null && document.activeElement?.tagName === "A")).toBe(true);
    for (let presses = 0; presses < 200 && focused !== "Län"; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => (document.activeElement?.tagName === "SUMMARY" ? (document.activeElement.textContent ?? "") : ""));
    }
    expect(focused).toBe("Län");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("Län");
    await page.keyboard.press("Space");
    // Narrowed, the search may have no hit that serves a national goal: that filter is then not offered.
    const after = await searchSettled(page, { unlike: before, filters: ["Län"] });
    expect(after).toBeLessThan(before);
    // Focus stays where the reader was, on the box just ticked, and the narrowed hits are back before it.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    for (let presses = 0; presses < 200 && focused !== "A:hit"; presses++) {
      await page.keyboard.press("Shift+Tab");
      focused = await page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.closest("[data-search-results]") ? "hit" : ""}`);
    }
    expect(focused).toBe("A:hit");
    // "Visa alla …" narrows to one kind and puts the focus on that kind's heading.
    await searchFor("våld");
    await page
      .locator("[data-search-results] button", { hasText: /^Visa alla/ })
      .first()
      .focus();
    await page.keyboard.press("Enter");
    await searchSettled(page, { filters: [] });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H2");
  });

  it("does not shift its layout while a search from the address is drawn", async () => {
    const context = await newContext(browser);
    const reader = await context.newPage();
    await reader.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    await reader.goto(`${siteUrl}/sok/?q=v%C3%A5ld`);
    expect(await searchSettled(reader)).toBeGreaterThan(0);
    const shift = await reader.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0));
    // Google's "good" is below 0.1.
    expect(shift).toBeLessThan(0.02);
    await context.close();
  });

  it("offers no filter value that finds nothing, in Swedish alphabetical order", async () => {
    await searchFor("våld");
    const counties = await openFilter("Län");
    expect(await valueLabels(counties)).toEqual(["Dalarnas län", "Stockholms län", "Västernorrlands län"]);
    // Å, Ä and Ö come after Z, as in a Swedish dictionary.
    const actors = await valueLabels(await openFilter("Aktör"));
    expect(actors).toEqual([...actors].sort(new Intl.Collator("sv").compare));
    const firstWithRing = actors.findIndex((name) => /^[ÅÄÖ]/.test(name));
    if (firstWithRing !== -1) expect(actors.slice(firstWithRing).every((name) => /^[ÅÄÖ]/.test(name))).toBe(true);
  });

  it("narrows in the search page itself when a filter is ticked", async () => {
    const before = await searchFor("våld");
    const counties = await openFilter("Län");
    await counties.getByLabel(/^Stockholms län/).check();
    const after = await searchSettled(page, { unlike: before });
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    // A second county adds its hits ("any"): the counties stay offered with what each would find.
    const shown = await openFilter("Län");
    expect(await valueLabels(shown)).toEqual(["Dalarnas län", "Stockholms län", "Västernorrlands län"]);
    expect(await shown.getByLabel(/^Stockholms län/).isChecked()).toBe(true);
    const stockholm = Number((await shown.getByText(/^Stockholms län \(/).textContent())!.replace(/\D/g, ""));
    expect(stockholm).toBe(after);
    const dalarna = Number((await shown.getByText(/^Dalarnas län \(/).textContent())!.replace(/\D/g, ""));
    await shown.getByLabel(/^Dalarnas län/).check();
    expect(await searchSettled(page, { unlike: after })).toBe(after + dalarna - (await both(["Stockholms län", "Dalarnas län"])));
  });

  it("still offers a filter's other values when a ticked search has too many hits to count them", async () => {
    const before = await searchFor("och");
    await (await openFilter("Län")).getByLabel(/^Dalarnas län/).check();
    const after = await searchSettled(page, { unlike: before, filters: ["Län"] });
    expect(after).toBeGreaterThan(500);
    const counties = await openFilter("Län");
    // Past 500 hits the other counties are not counted, but offered, so that one can be added.
    expect(await counties.locator("label").allTextContents()).toEqual(["Dalarnas län", "Stockholms län", "Västernorrlands län"]);
    expect(await page.locator(".search-filters-note").textContent()).toBe("Vid många träffar visas inte antalet per val.");
  });

  it("counts the filters for the search, even when the filter index arrives after the hits", async () => {
    // As on a slow line: the filter index is held back until a search typed meanwhile has shown its hits.
    const slow = await newContext(browser);
    const reader = await slow.newPage();
    const held: Route[] = [];
    let holding = true;
    await reader.route("**/pagefind/filter/*", (route) => (holding ? void held.push(route) : route.continue()));
    await reader.goto(`${siteUrl}/sok/`);
    await reader.locator("#sokfalt").fill("våld");
    await reader
      .locator("[data-search-status]")
      .filter({ hasText: /\d+ träffar för ”våld”/ })
      .waitFor();
    await expect.poll(() => held.length, { timeout: PATIENCE }).toBeGreaterThan(0);
    holding = false;
    for (const route of held) await route.continue();
    await searchSettled(reader);

    // Pagefind's own counts for the same search, with the whole filter index in.
    const expected: Record<string, Record<string, number>> = await reader.evaluate(`(async () => {
      const pagefind = await import("/pagefind/pagefind.js");
      await pagefind.options({ exactDiacritics: true });
      await pagefind.filters();
      return (await pagefind.search(${JSON.stringify(pagefindTerm("våld"))})).filters;
    })()`);
    const expectedCounties = Object.entries(expected.Län!)
      .filter(([, count]) => count > 0)
      .map(([county, count]) => `${county} (${count})`)
      .sort();
    expect(expectedCounties.length).toBeGreaterThan(1);
    const shown = reader.locator('details[data-filter="Län"] label');
    expect((await shown.allTextContents()).map((label) => label.replace(/\u00a0/g, " ")).sort()).toEqual(expectedCounties);
    await slow.close();
  });
});
