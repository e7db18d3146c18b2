/// <reference lib="dom" />
// The built site in a real Chromium: accessibility (axe, keyboard, focus, reflow), permalinks,
// the actor page across counties, pages without JavaScript, and a screenshot of every page type
// kept in test/artifacts/screenshots.

import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { repositoryRoot } from "../paths.ts";
import { axeViolations, launchChromium, newContext, PATIENCE, searchSettled } from "./browser.ts";

const siteUrl = inject("siteUrl");
const siteDir = inject("siteDir");
const screenshots = join(repositoryRoot, "test/artifacts/screenshots");
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  browser = await launchChromium();
  context = await newContext(browser, { viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${siteUrl}${path}`, { waitUntil: "load" });
  expect(response?.status(), path).toBe(path.startsWith("/finns-inte") ? 404 : 200);
  return page;
}

/** A change page with words deleted and inserted, the most a change page shows; any change page where the history has none. */
function markedChange(): string {
  const changes = readdirSync(`${siteDir}/andring`, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const html = (name: string) => readFileSync(`${siteDir}/andring/${name}/index.html`, "utf8");
  const marked = changes.find((entry) => /<del>/.test(html(entry.name)) && /<ins>/.test(html(entry.name)));
  return `/andring/${(marked ?? changes[0])!.name}/`;
}
const changePage = markedChange();

/** One page of every type, chosen where the type shows the most (a document with goals, an indicator with a chart). */
const pageTypes: Record<string, string> = {
  start: "/",
  documents: "/dokument/",
  document: "/dokument/stockholm-strategi-2020/",
  // A report whose footnotes are referred to more than once: each way back to the text is a link of its own.
  "document with footnotes": "/dokument/dalarna-rapport-2021/",
  goal: "/mal/stockholm-strategi-2020-mal-4/",
  measure: "/atgard/stockholm-strategi-2020-atgard-4-1/",
  actors: "/aktorer/",
  actor: "/aktor/polismyndigheten/",
  county: "/lan/dalarna/",
  frameworks: "/ramverk/",
  framework: "/ramverk/nationell-strategi-2017-2026/",
  "framework-goal": "/ramverksmal/nationell-strategi-2017-2026-mal-2/",
  sources: "/kallor/",
  source: "/kalla/socialtjanstlagen-2001-453/",
  indicators: "/indikatorer/",
  indicator: "/indikator/dalarna-rapport-2021-indikator-kommuner-specifika-insatser/",
  definitions: "/begrepp/",
  data: "/data/",
  about: "/om/",
  contribute: "/bidra/",
  search: "/sok/?q=r%C3%A4ttsprocessen",
  changes: "/andringar/",
  change: changePage,
  "not-found": "/finns-inte/",
};

describe("every page type", () => {
  for (const [type, path] of Object.entries(pageTypes)) {
    it(`${type} (${path}) has no axe violations (WCAG 2.2 A and AA) and is photographed`, async () => {
      const page = await open(path);
      // axe and the photograph judge the finished search, not its placeholders.
      if (type === "search") await searchSettled(page);
      expect(await page.locator("html").getAttribute("lang")).toBe("sv");
      expect(await page.locator("h1").count()).toBe(1);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await page.screenshot({ path: join(screenshots, `${type}.png`) });
      await page.close();
    });
  }
});

describe("permalinks", () => {
  const cases = [
    ["a goal", "/dokument/stockholm-strategi-2020/#stockholm-strategi-2020-mal-5", "Rättsvårdande myndigheter håller god kvalitet i utredningar och i rättsprocesser."],
    ["a measure", "/dokument/stockholm-strategi-2020/#stockholm-strategi-2020-atgard-4-1", "Tillämpning av standardiserade bedömningsmetoder avseende våldsutsatta"],
    ["a responsibility", "/dokument/dalarna-overenskommelse-2024/#dalarna-overenskommelse-2024-ansvar-sip-upprattas", "SIP ska upprättas vid behov av insatser"],
  ] as const;
  for (const [what, path, text] of cases) {
    it(`land on ${what}, in view`, async () => {
      const page = await open(path);
      const id = decodeURIComponent(path.split("#")[1]!);
      const target = page.locator(`[id="${id}"]`);
      expect(await target.count()).toBe(1);
      expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe(id);
      const box = (await target.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(900);
      expect(await target.evaluate((element) => (element.classList.contains("anchor") ? element.parentElement!.textContent : element.textContent))).toContain(text);
      await page.close();
    });
  }

  it("a goal's page shows its text and leads back to its place in the document", async () => {
    const page = await open("/mal/stockholm-strategi-2020-mal-5/");
    expect(await page.locator("h1").textContent()).toContain("Rättsvårdande myndigheter");
    await page.getByRole("link", { name: "Se målet där det står i dokumentet" }).click();
    await page.waitForURL(/#stockholm-strategi-2020-mal-5$/);
    expect(await page.evaluate(() => document.querySelector(":target")?.textContent)).toContain("håller god kvalitet");
    await page.close();
  });
});

describe("a change's page", () => {
  it("marks deleted and inserted words so that they can be seen and heard", async () => {
    const page = await open(changePage);
    const field = page.locator(".field-change", { has: page.locator("del") }).first();
    if ((await field.count()) === 0) {
      // A history without a reworded text (a shallow checkout) has no marks to show.
      await page.close();
      return;
    }
    // A long field is folded: it opens from the keyboard.
    if (await field.evaluate((node) => node.tagName === "DETAILS" && !(node as HTMLDetailsElement).open)) {
      await field.locator("summary").focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => field.evaluate((node) => (node as HTMLDetailsElement).open), { timeout: PATIENCE }).toBe(true);
    }
    const deleted = field.locator("del").first();
    const inserted = field.locator("ins").first();
    await deleted.scrollIntoViewIfNeeded();
    expect(await deleted.isVisible()).toBe(true);
    expect(await inserted.isVisible()).toBe(true);
    const look = (element: typeof deleted) =>
      element.evaluate((node) => ({ line: getComputedStyle(node).textDecorationLine, before: getComputedStyle(node, "::before").content, after: getComputedStyle(node, "::after").content }));
    expect(await look(deleted)).toEqual({ line: "line-through", before: '" [borttaget: "', after: '"] "' });
    expect(await look(inserted)).toEqual({ line: "underline", before: '" [tillagt: "', after: '"] "' });
    // Deleted words stand on the side before the change, inserted words on the side after it.
    expect(await deleted.evaluate((node) => node.closest(".before-after > div")?.querySelector(".side-label")?.textContent)).toBe("Före");
    expect(await inserted.evaluate((node) => node.closest(".before-after > div")?.querySelector(".side-label")?.textContent)).toBe("Efter");
    await page.close();
  });

  it("is reached from the list of changes and from the pages of the documents it touched", async () => {
    const page = await open("/andringar/");
    const link = page.locator(`.change-list a[href="${changePage}"]`);
    expect(await link.count()).toBe(1);
    const subject = await link.textContent();
    await link.click();
    await page.waitForURL(new RegExp(`${changePage}$`));
    expect(await page.locator(".commit-subject").textContent()).toBe(subject);
    const document = page.locator(".facts dd a[href^='/dokument/']").first();
    if ((await document.count()) > 0) {
      const href = (await document.getAttribute("href"))!;
      await document.click();
      await page.waitForURL(new RegExp(`${href}$`));
      expect(await page.locator(`#dokumentets-andringar a[href="${changePage}"]`).count()).toBe(1);
    }
    await page.close();
  });
});

describe("the actor page", () => {
  it("lists the police's items in at least two counties, with documents and counts", async () => {
    const page = await open("/aktor/polismyndigheten/");
    const counties = await page.locator(".county-group > h3").allTextContents();
    const named = counties.filter((county) => county.endsWith("län"));
    expect(named.length).toBeGreaterThanOrEqual(2);
    expect(named).toEqual(expect.arrayContaining(["Dalarnas län", "Stockholms län"]));
    for (const county of await page.locator(".county-group").all()) {
      expect(await county.locator("h4 a").count()).toBeGreaterThan(0);
      expect(await county.locator("li a").count()).toBeGreaterThan(0);
    }
    expect(await page.locator(".lead").textContent()).toMatch(/^\d+ poster i \d+ dokument och \d+ län\.$/);
    await page.close();
  });
});

describe("keyboard and display", () => {
  it("starts with a visible skip link that moves focus to the content", async () => {
    const page = await open("/");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Hoppa till innehållet");
    const box = (await page.locator(".skip-link").boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    await page.waitForURL(/#innehall$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: PATIENCE }).toBe("innehall");
    await page.close();
  });

  it("reaches search from the keyboard alone, and the search finds what was typed", async () => {
    const page = await open("/dokument/");
    let focused = "";
    for (let presses = 0; presses < 20 && focused !== "snabbsok"; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.id ?? "");
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
      });
      // Focus is always visible.
      expect(outline.style).not.toBe("none");
      expect(outline.width).toBeGreaterThanOrEqual(2);
    }
    expect(focused).toBe("snabbsok");
    await page.keyboard.type("rättsprocessen");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/sok\/\?q=/);
    await searchSettled(page);
    const links = await page.locator(".search-hit-title").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
    expect(links).toContain("/mal/stockholm-strategi-2020-mal-5/");
    // The search field on the search page is reachable too.
    await page.locator("body").focus();
    await page.goto(`${siteUrl}/sok/`);
    await page.locator("#sokfalt").waitFor();
    focused = "";
    for (let presses = 0; presses < 20 && focused !== "sokfalt"; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.id ?? "");
    }
    expect(focused).toBe("sokfalt");
    await page.close();
  });

  it("reflows on a 320 px wide screen without sideways scrolling", async () => {
    const narrow = await newContext(browser, { viewport: { width: 320, height: 640 } });
    for (const path of [
      "/",
      "/dokument/dalarna-overenskommelse-2024/",
      "/aktor/polismyndigheten/",
      "/lan/dalarna/",
      "/indikator/dalarna-rapport-2021-indikator-kommuner-specifika-insatser/",
      "/andringar/",
      changePage,
    ]) {
      const page = await narrow.newPage();
      await page.goto(`${siteUrl}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
      await page.close();
    }
    await narrow.close();
  });

  it("draws vague values hatched, with the same numbers in a table", async () => {
    const page = await open("/indikator/dalarna-lansstrategi-2015-statistik-kostnader/");
    const fills = await page.locator("svg.chart rect.chart-bar").evaluateAll((bars) => bars.map((bar) => ({ vague: bar.classList.contains("chart-bar-vague"), fill: getComputedStyle(bar).fill })));
    expect(fills.some((bar) => bar.vague)).toBe(true);
    for (const bar of fills) expect(bar.fill.startsWith("url("), JSON.stringify(bar)).toBe(bar.vague);
    expect(await page.locator("table tbody tr").count()).toBeGreaterThanOrEqual(fills.length);
    await page.close();
  });

  it("shows every page but search without JavaScript", async () => {
    const noScript = await newContext(browser, { javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${siteUrl}/dokument/dalarna-overenskommelse-2024/`);
    expect(await page.locator("section.chapter").count()).toBeGreaterThan(5);
    expect(await page.locator("[id='dalarna-overenskommelse-2024-ansvar-sip-upprattas']").count()).toBe(1);
    await page.goto(`${siteUrl}/sok/`);
    expect(await page.locator("#sok").textContent()).toContain("Sökningen behöver JavaScript");
    await noScript.close();
  });
});
