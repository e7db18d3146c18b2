/// <reference lib="dom" />
// Every page of the built site in a real Chromium, not one per type: axe finds nothing (WCAG 2.2
// A and AA, and best practices), and no page opens a dialog, throws, breaks its own
// Content-Security-Policy or asks for anything from another site. The pages are checked in
// groups by section, so that a failure names its section and the rest still report.
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, newContext, pageInspector } from "./browser.ts";
import { builtPages } from "./built.ts";

const siteUrl = inject("siteUrl");
const siteDir = inject("siteDir");

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await newContext(browser, { viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
});
afterAll(async () => {
  await browser?.close();
});

const urls = builtPages(siteDir).map((page) => page.url);
/** The sections with many pages are groups of their own; the others share one. */
const LARGE = 50;
const sectionOf = (url: string) => url.split("/")[1] ?? "";
const sizes = new Map<string, number>();
for (const url of urls) sizes.set(sectionOf(url), (sizes.get(sectionOf(url)) ?? 0) + 1);
const groups = new Map<string, string[]>();
for (const url of urls) {
  const group = (sizes.get(sectionOf(url)) ?? 0) >= LARGE ? `/${sectionOf(url)}/` : "the other sections";
  groups.set(group, [...(groups.get(group) ?? []), url]);
}

describe("every page", () => {
  it("is found: the groups below hold every page of the site", () => {
    expect([...groups.values()].flat().sort()).toEqual([...urls].sort());
    expect(urls.length).toBeGreaterThan(500);
  });

  for (const [group, paths] of groups) {
    it(
      `${group} (${paths.length} pages): no axe violation, dialog, script error, policy violation or request outside the site`,
      async () => {
        const inspector = await pageInspector(context, siteUrl);
        const problems: string[] = [];
        for (const path of paths) problems.push(...(await inspector.check(path)));
        expect(problems).toEqual([]);
      },
      // About a quarter of a second a page on a busy machine; generous, since a slow page is no failure.
      paths.length * 2_000,
    );
  }
});
