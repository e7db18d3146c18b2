/// <reference lib="dom" />
// Content written to attack the site (test/fixtures/hostile: raw HTML, scripts, event handlers,
// SVG, frames, objects, forms, style sheets and images from another site, HTML in every kind of
// frontmatter text that reaches a page) validates with warnings only, so it is built. Built, it
// is harmless: in a real Chromium no page of it opens a dialog, runs a script of the content,
// breaks its Content-Security-Policy or asks for anything from another site, the search that
// shows it included; and what the editor wrote is shown as the text it is.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDirectory } from "../../site/scripts/serve.ts";
import { repositoryRoot } from "../paths.ts";
import { launchChromium, newContext, PATIENCE, pageInspector, searchSettled, watchPage } from "./browser.ts";
import { builtPages, elements } from "./built.ts";
import { TEST_TODAY } from "./setup.ts";

const fixture = join(repositoryRoot, "test/fixtures/hostile");
const siteDir = mkdtempSync(join(tmpdir(), "styrdok-hostile-"));
let server: Server;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let buildOutput = "";

beforeAll(async () => {
  const build = spawnSync(process.execPath, [join(repositoryRoot, "site/scripts/build.ts"), siteDir], {
    cwd: repositoryRoot,
    encoding: "utf8",
    env: { ...process.env, STYRDOK_CONTENT: fixture, STYRDOK_TODAY: TEST_TODAY, NO_COLOR: "1" },
    timeout: 300_000,
  });
  buildOutput = build.stdout + build.stderr;
  if (build.status !== 0) throw new Error(`The hostile content did not build:\n${buildOutput.slice(-4000)}`);
  server = await serveDirectory(siteDir);
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await launchChromium();
  context = await newContext(browser, { viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
}, 360_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(siteDir, { recursive: true, force: true });
});

describe("hostile content", () => {
  it("is built, and the editor is told that the body's HTML is not shown", () => {
    expect(buildOutput).toMatch(/0 fel, \d+ varningar/);
    expect(buildOutput).toContain("html-in-body");
  });

  it("is shown as the text the editor wrote, never as markup", () => {
    const pages = builtPages(siteDir);
    const document = pages.find((page) => page.url === "/dokument/hostil-plan/")!;
    const heading = elements(document.tree, (element) => element.tagName === "h1")[0]!;
    expect(heading.children.map((child) => ("value" in child ? child.value : "")).join("")).toContain(`Plan <script>alert('titel')</script> med "citat"`);
    const actor = pages.find((page) => page.url === "/aktor/polismyndigheten/")!;
    expect(actor.html).toContain("Polismyndigheten &lt;script&gt;alert(&#39;aktör&#39;)&lt;/script&gt;");
    // No page has an element the content made: no frame, object, form to elsewhere, image, style,
    // base or picture of its own (the site's SVG are its charts and the county pages' timelines).
    const ours = (element: { properties: Record<string, unknown> }) => /\b(?:chart|bar-track)\b/.test(String(element.properties.className ?? ""));
    const made = pages.flatMap((page) =>
      elements(page.tree, (element) => ["iframe", "object", "embed", "img", "style", "base", "marquee", "svg"].includes(element.tagName) && !ours(element)).map(
        (element) => `${page.url} <${element.tagName}>`,
      ),
    );
    expect(made).toEqual([]);
    expect(pages.flatMap((page) => elements(page.tree, (element) => element.tagName === "form" && /evil/.test(String(element.properties.action))).map(() => page.url))).toEqual([]);
  });

  it(
    "does nothing in a browser on any page: no dialog, no script of the content, no policy violation, no request outside the site",
    async () => {
      const inspector = await pageInspector(context, origin);
      const problems: string[] = [];
      for (const page of builtPages(siteDir)) problems.push(...(await inspector.check(page.url)));
      expect(problems).toEqual([]);
    },
    PATIENCE * 2,
  );

  it("would be seen if it did anything: the watch catches a dialog, a script error, a refused handler and an image from another site", async () => {
    // The control for the tests around it, which pass only if nothing happens: here things do.
    const page = await context.newPage();
    try {
      const watch = await watchPage(page, origin);
      await page.goto(`${origin}/dokument/hostil-plan/`);
      await page.evaluate(() => {
        document.body.insertAdjacentHTML("beforeend", '<img src="https://evil.example/kontroll.png" alt=""><button onclick="alert(\'hanterare\')">kontroll</button>');
        document.querySelector<HTMLButtonElement>("button[onclick]")!.click();
        setTimeout(() => {
          throw new Error("kontrollfel");
        });
        alert("kontrolldialog");
      });
      const expected = [/dialog \(alert\): kontrolldialog/, /script error: kontrollfel/, /policy: script-src-attr refused inline/, /policy: img-src refused https:\/\/evil\.example\/kontroll\.png/];
      const seen: string[] = [];
      await expect
        .poll(
          async () => {
            seen.push(...(await watch.problems()));
            return expected.filter((pattern) => !seen.some((line) => pattern.test(line))).map(String);
          },
          { timeout: PATIENCE },
        )
        .toEqual([]);
      // The handler itself never ran.
      expect(seen.join("\n")).not.toContain("hanterare");
    } finally {
      await page.close();
    }
  });

  it(
    "does nothing in the search either, which finds it and shows it as text",
    async () => {
      const inspector = await pageInspector(context, origin);
      const problems: string[] = [];
      for (const query of ["alert", "script"]) problems.push(...(await inspector.check(`/sok/?q=${encodeURIComponent(query)}`, (page) => searchSettled(page, { filters: [] }))));
      expect(problems).toEqual([]);
      const page = await context.newPage();
      try {
        await page.goto(`${origin}/sok/?q=alert`);
        expect(await searchSettled(page, { filters: [] })).toBeGreaterThan(0);
        expect(await page.locator(".search-hit-title").allTextContents()).toContainEqual(expect.stringContaining("<script>"));
        // The excerpts show the content's markup as text as well, and make no element of it.
        expect((await page.locator(".search-hit-excerpt").allTextContents()).join(" ")).toMatch(/<(?:script|img|svg)/);
        expect(await page.locator("[data-search-results] :is(img, script, svg, iframe, object, style)").count()).toBe(0);
      } finally {
        await page.close();
      }
    },
    PATIENCE * 2,
  );
});
