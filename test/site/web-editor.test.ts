/// <reference lib="dom" />
// The web editor at /admin (Sveltia CMS) in a real Chromium, against its in-browser test backend
// (test-repo: the repository is a folder in the browser's origin private file system, so no GitHub
// account and no network): an editor opens a chapter, changes a measure's text in its field and in
// the body, saves, and the saved file validates and differs from the original in that text only.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadContent } from "@styrdok/core";
import { webEditorConfig } from "@styrdok/pages";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { repositoryRoot } from "../paths.ts";
import { launchChromium, newContext, PATIENCE, watchPage } from "./browser.ts";
import { builtPages, elements } from "./built.ts";

const siteUrl = inject("siteUrl");
const siteDir = inject("siteDir");
const contentRoot = join(repositoryRoot, "content");
const chapter = "content/documents/dalarna-lansstrategi-2015/04-insatser-for-perioden-2015-2016.md";
const oldText = "samverkande strukturer inom och mellan samverkansaktörerna utvecklas och upprätthålls";
const newText = "samverkande strukturer inom och mellan samverkansaktörerna utvecklas, förankras och upprätthålls";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Puts a content tree (the real one unless told) into the test backend's folder, as a repository would hold it under content/. */
async function seedRepository(page: Page, root = contentRoot): Promise<void> {
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .map((file) => ({ path: `content/${file}`, text: readFileSync(join(root, file), "utf8") }));
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle("sveltia-cms-test", { create: true });
    for (const { path, text } of files) {
      const parts = path.split("/");
      let folder = root;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

async function savedFile(page: Page, path: string): Promise<string> {
  return page.evaluate(async (path) => {
    const parts = path.split("/");
    let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle("sveltia-cms-test");
    for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
    return (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path);
}

/** Every finding of the content with `file` replaced by `text`, as `validate` reports them. */
async function findingsWith(file: string, text: string): Promise<{ errors: number; findings: string[] }> {
  const root = mkdtempSync(join(tmpdir(), "styrdok-web-editor-"));
  try {
    cpSync(contentRoot, join(root, "content"), { recursive: true });
    writeFileSync(join(root, file), text);
    const content = await loadContent([join(root, "content")], { cwd: root });
    return { errors: content.errors, findings: content.files.flatMap((vfile) => vfile.messages.map((message) => `${vfile.path} ${message.ruleId}`)).sort() };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe("the web editor (/admin)", () => {
  it("is built into the site with the configuration generated from the schemas, and no other page loads it", () => {
    const config = parse(readFileSync(join(siteDir, "admin/config.yml"), "utf8"));
    // The test build names no repository: the editor then works on a repository in the browser.
    expect(config).toEqual(JSON.parse(JSON.stringify(webEditorConfig({}))));
    expect(config.backend).toEqual({ name: "test-repo" });
    const html = readFileSync(join(siteDir, "admin/index.html"), "utf8");
    // One module script, a file of the site's own (no inline script, nothing from elsewhere).
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((script) => script[2]!.trim())).toEqual([""]);
    expect(scripts[0]![1]).toMatch(/type="module"[^>]*src="\/admin\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    for (const page of builtPages(siteDir)) {
      const loads = elements(page.tree, (element) => element.tagName === "script" || element.tagName === "link").map((element) => String(element.properties.src ?? element.properties.href ?? ""));
      expect(
        loads.filter((url) => url.includes("/admin/")),
        page.url,
      ).toEqual([]);
    }
  });

  it("saves a changed measure so that the file validates and differs from the original in that text only", async () => {
    const original = readFileSync(join(repositoryRoot, chapter), "utf8");
    expect(original.split(oldText).length - 1).toBe(2);
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
    const page = await context.newPage();
    // Under the editor's Content-Security-Policy: nothing refused, nothing asked of another site.
    const watch = await watchPage(page, siteUrl);
    try {
      await page.goto(`${siteUrl}/`);
      await seedRepository(page);
      await page.goto(`${siteUrl}/admin/`);
      // The interface is Swedish.
      await page.getByRole("button", { name: "Arbeta med test-repo" }).click();
      await page.getByRole("heading", { name: "Välkommen" }).or(page.getByText("Samlingar")).first().waitFor();
      await page.goto(`${siteUrl}/admin/#/collections/kapitel`);
      await page.getByText(/^Insatser för perioden 2015 – 2016/).click();
      // The measures are collapsed to their texts; "Expandera alla" opens them (the editor draws
      // the first at once and the others as they scroll into view, so the test edits the first).
      await page.getByRole("button", { name: "Expandera alla" }).first().waitFor();
      for (const expand of await page.getByRole("button", { name: "Expandera alla" }).all()) if (await expand.isEnabled()) await expand.click();
      await page.waitForFunction((text) => [...document.querySelectorAll("textarea")].some((box) => box.value === text), oldText);
      const texts = await page.getByRole("textbox", { name: "Text", exact: true }).all();
      const values = await Promise.all(texts.map((box) => box.inputValue()));
      expect(values).toContain(oldText);
      await texts[values.indexOf(oldText)]!.fill(newText);
      // The measure's text also stands in the body ("ändra båda eller ingen").
      const body = page.getByRole("textbox", { name: "Brödtext" });
      await body.fill((await body.inputValue()).replace(oldText, newText));
      await page.getByRole("button", { name: "Spara" }).click();
      await page.getByText("Post sparad").waitFor({ timeout: PATIENCE });

      const saved = await savedFile(page, chapter);
      expect(saved).toBe(original.replaceAll(oldText, newText));
      const before = await findingsWith(chapter, original);
      const after = await findingsWith(chapter, saved);
      expect(after.errors).toBe(0);
      expect(after.findings).toEqual(before.findings);
      // Every other file of the repository is as it was.
      for (const other of ["content/actors/regioner.md", "content/documents/dalarna-lansstrategi-2015/index.md"]) {
        expect(await savedFile(page, other)).toBe(readFileSync(join(repositoryRoot, other), "utf8"));
      }
      expect(await watch.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows hostile content (test/fixtures/hostile) as text: opening it runs nothing, refuses nothing and asks no other site for anything", async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
    const page = await context.newPage();
    const watch = await watchPage(page, siteUrl);
    try {
      await page.goto(`${siteUrl}/`);
      await seedRepository(page, join(repositoryRoot, "test/fixtures/hostile"));
      await page.goto(`${siteUrl}/admin/`);
      await page.getByRole("button", { name: "Arbeta med test-repo" }).click();
      await page.getByRole("heading", { name: "Välkommen" }).or(page.getByText("Samlingar")).first().waitFor();
      // The chapter whose body and fields are full of scripts, handlers, frames and forms, opened in the editor.
      await page.goto(`${siteUrl}/admin/#/collections/kapitel`);
      await page.getByText(/^Vektorer/).click();
      const body = page.getByRole("textbox", { name: "Brödtext" });
      await body.waitFor();
      expect(await body.inputValue()).toContain("<script>alert('brödtext')</script>");
      // The actors' registry too, whose names hold HTML.
      await page.goto(`${siteUrl}/admin/#/collections/aktorer`);
      await page.getByText("myndigheter", { exact: true }).click();
      await page.getByText("Polismyndigheten <script>alert('aktör')</script>", { exact: true }).filter({ visible: true }).first().waitFor();
      expect(await watch.problems()).toEqual([]);
      expect(await page.evaluate(() => document.querySelectorAll("iframe[src*='evil'], img[src*='evil'], form[action*='evil']").length)).toBe(0);
    } finally {
      await context.close();
    }
  });
});
