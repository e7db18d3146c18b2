/// <reference lib="dom" />
// What was in force when: the county page's timeline of status periods and its "in force on a
// day" view, as built HTML (the build day, 2026-11-22, and the start of each year, without
// JavaScript) and in Chromium (a reader picks a day; the list and the announced count follow);
// and a document page's status over time.
import type { Element, Root } from "hast";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, newContext } from "./browser.ts";
import { type BuiltPage, builtPages, elements } from "./built.ts";

const siteUrl = inject("siteUrl");
const siteDir = inject("siteDir");

function textOf(node: Root | Element | { type: string; value?: string; children?: unknown[] }): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  return ((node as { children?: Array<Element> }).children ?? []).map((child) => textOf(child)).join("");
}

describe("the county page as built", () => {
  let pages: BuiltPage[];
  beforeAll(() => {
    pages = builtPages(siteDir).filter((page) => page.type === "lan/[id]" || page.type === "dokument/[id]");
  });
  const tree = (url: string) => pages.find((page) => page.url === url)!.tree;
  const shown = (url: string) =>
    elements(tree(url), (element) => element.tagName === "li" && "dataInForce" in element.properties && element.properties.hidden === undefined).map((element) =>
      String(elements(element as unknown as Root, (child) => child.tagName === "a")[0]!.properties.href),
    );

  it("lists the documents in force on the day the site was built, and announces how many", () => {
    const status = elements(tree("/lan/stockholm/"), (element) => element.properties.role === "status");
    expect(status.map((element) => textOf(element))).toEqual(["Gällande den 22 november 2026: 1 av länets 3 dokument."]);
    expect(shown("/lan/stockholm/")).toEqual(["/dokument/stockholm-strategi-2020/"]);
    expect(shown("/lan/dalarna/").sort()).toEqual(["/dokument/dalarna-overenskommelse-2024/", "/dokument/dalarna-strategi-2023/"]);
    // The field is labelled, shows the build day, and waits for the script to enable it.
    const field = elements(tree("/lan/stockholm/"), (element) => element.tagName === "input" && element.properties.type === "date")[0]!;
    expect(field.properties).toMatchObject({ id: "gallande-dag", value: "2026-11-22", disabled: true });
    expect(elements(tree("/lan/stockholm/"), (element) => element.tagName === "label" && String(element.properties.htmlFor) === "gallande-dag")).toHaveLength(1);
  });

  it("says, without a script, what was in force at the start of each year", () => {
    const yearStarts = (url: string) => {
      const rows = elements(tree(url), (element) => element.tagName === "tr" && elements(element as unknown as Root, (cell) => cell.tagName === "th" && cell.properties.scope === "row").length > 0);
      const cell = (row: Element, tagName: string) => textOf(elements(row as unknown as Root, (child) => child.tagName === tagName)[0]!);
      return new Map(rows.map((row) => [cell(row, "th"), cell(row, "td")]));
    };
    const stockholm = yearStarts("/lan/stockholm/");
    // The 2016–2020 strategy gave way to its successor on 1 January 2020, before its own last year ended.
    expect(stockholm.get("2019")).toBe("Strategi för att motverka våld i nära relation, 2016–2020");
    expect(stockholm.get("2020")).toContain("Strategi för att förebygga och bekämpa våld i Stockholms län, 2020–2026");
    expect(stockholm.get("2020")).not.toContain("2016–2020");
    // In Dalarna the 2010 strategy was revised by one that gives no period: nothing is known to be in force in 2016.
    const dalarna = yearStarts("/lan/dalarna/");
    expect(dalarna.get("2014")).toContain("Strategi mot våld i nära relationer, människohandel för sexuella ändamål och prostitution");
    expect(dalarna.get("2016")).toBe("Inget");
    expect(dalarna.get("2018")).toBe("Mot våld i nära relationer, människohandel för sexuella ändamål och prostitution i Dalarnas län, Handlingsplan 2017 – 2020");
  });

  it("shows each document's status periods on the timeline, in words and as bars", () => {
    const rows = elements(tree("/lan/dalarna/"), (element) => element.tagName === "li" && elements(element as unknown as Root, (child) => child.tagName === "svg").length > 0);
    const plan = rows.find((row) => textOf(row).includes("Handlingsplan 2017 – 2020"))!;
    expect(textOf(plan)).toContain("Handlingsplan, gällande 2017–2020, upphört 2021–2022, ersatt från 2023");
    const bars = elements(plan as unknown as Root, (element) => element.tagName === "rect").map((rect) => (rect.properties.className as string[]).join(" "));
    expect(bars).toEqual(["bar status-in-force", "bar status-ended", "bar status-superseded"]);
    const legend = elements(tree("/lan/dalarna/"), (element) => element.tagName === "ul" && (element.properties.className as string[] | undefined)?.includes("timeline-legend") === true)[0]!;
    expect(textOf(legend)).toBe("GällandeUpphörtErsatt");
  });

  it("gives a document page its status today, by what it was replaced, and its status over time", () => {
    const html = pages.find((page) => page.url === "/dokument/stockholm-strategi-2016/")!.html;
    expect(html).toContain('<dt>Status</dt><dd>Ersatt av <a href="/dokument/stockholm-strategi-2020/">');
    expect(html).toMatch(/<dt>Status över tid<\/dt><dd><ul><li>Gällande 2016–2019<\/li><li>Ersatt från 2020 av <a href="\/dokument\/stockholm-strategi-2020\/">/);
  });
});

describe("the county page in Chromium", () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchChromium();
    context = await newContext(browser, { viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The county page, once its script has enabled the date field: the state a reader can act in. */
  async function ready(path: string, options: { javaScript?: boolean } = {}): Promise<Page> {
    const page = options.javaScript === false ? await (await newContext(browser, { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false })).newPage() : await context.newPage();
    await page.goto(`${siteUrl}${path}`, { waitUntil: "load" });
    if (options.javaScript !== false) await page.locator("#gallande-dag:enabled").waitFor();
    return page;
  }
  const listed = (page: Page) => page.locator(".in-force-list li:visible a").allTextContents();

  it("shows what was in force on the day a reader picks, and announces the count", async () => {
    const page = await ready("/lan/stockholm/");
    const field = page.getByLabel("Visa dokumenten som gällde den");
    const status = page.getByRole("status");
    expect(await status.textContent()).toBe("Gällande den 22 november 2026: 1 av länets 3 dokument.");

    await field.fill("2019-06-01");
    await expect.poll(() => status.textContent()).toBe("Gällande den 1 juni 2019: 1 av länets 3 dokument.");
    expect(await listed(page)).toEqual(["Strategi för att motverka våld i nära relation, 2016–2020"]);

    // On 1 January 2020 the successor took over, though the old strategy's period ran through 2020.
    await field.fill("2020-01-01");
    await expect.poll(() => status.textContent()).toBe("Gällande den 1 januari 2020: 2 av länets 3 dokument.");
    expect((await listed(page)).sort()).toEqual(
      ["Handlingsplan till strategin för att förebygga och bekämpa våld i Stockholms län, 2020–2022", "Strategi för att förebygga och bekämpa våld i Stockholms län, 2020–2026"].sort(),
    );

    await field.fill("2005-03-01");
    await expect.poll(() => status.textContent()).toBe("Gällande den 1 mars 2005: inget av länets 3 dokument.");
    expect(await listed(page)).toEqual([]);
    await page.close();
  });

  it("is reached from the keyboard, after the county's timeline, and answers for the day entered", async () => {
    const page = await ready("/lan/dalarna/");
    let focused = "";
    for (let presses = 0; presses < 80 && focused !== "gallande-dag"; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.id ?? "");
    }
    expect(focused).toBe("gallande-dag");
    await page.locator("#gallande-dag").fill("2012-05-05");
    await expect.poll(() => page.getByRole("status").textContent()).toBe("Gällande den 5 maj 2012: 2 av länets 9 dokument.");
    await page.close();
  });

  it("moves nothing when its script starts: no layout shift while the page loads", async () => {
    const watched = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    // Chromium reports every shift of the layout; record them from the first moment of the page.
    await watched.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    const page = await watched.newPage();
    await page.goto(`${siteUrl}/lan/dalarna/`, { waitUntil: "load" });
    await page.locator("#gallande-dag:enabled").waitFor();
    // Shifts are reported with the frame that shows them: wait until two more frames are drawn.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    await watched.close();
  });

  it("shows the build day's documents without JavaScript, with the field labelled and disabled", async () => {
    const page = await ready("/lan/stockholm/", { javaScript: false });
    expect(await page.getByRole("status").textContent()).toBe("Gällande den 22 november 2026: 1 av länets 3 dokument.");
    expect(await listed(page)).toEqual(["Strategi för att förebygga och bekämpa våld i Stockholms län, 2020–2026"]);
    expect(await page.getByLabel("Visa dokumenten som gällde den").isDisabled()).toBe(true);
    await page.context().close();
  });
});
