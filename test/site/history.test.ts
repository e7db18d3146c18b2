// The content's history in the built site, read as files: the list of changes, each change's page
// with its word marks, the "Ändringar" section of the document pages, and the Atom feeds (parsed
// as XML, with stable ids, their newest entry's date and links that lead to pages). And a second
// real build, from a copy of content/ outside any repository, which builds and says so.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Element as HastElement, Text } from "hast";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { repositoryRoot } from "../paths.ts";
import { type BuiltPage, builtPages, elements } from "./built.ts";
import { TEST_TODAY } from "./setup.ts";

const siteDir = inject("siteDir");
let pages: BuiltPage[];
beforeAll(() => {
  pages = builtPages(siteDir);
});

/** Whether the repository the site was built from has all its history (a CI checkout may not). */
const complete = execFileSync("git", ["rev-parse", "--is-shallow-repository"], { cwd: repositoryRoot, encoding: "utf8" }).trim() === "false";

const page = (url: string) => {
  const found = pages.find((candidate) => candidate.url === url);
  if (!found) throw new Error(`no page ${url}`);
  return found;
};
/** An element's text as a reader reads it, whitespace collapsed. */
function text(element: HastElement): string {
  const parts: string[] = [];
  visit(element, "text", (node: Text) => {
    parts.push(node.value);
  });
  return parts.join("").replace(/\s+/g, " ").trim();
}
const hrefs = (root: BuiltPage["tree"] | HastElement) => elements(root as BuiltPage["tree"], (element) => element.tagName === "a").map((element) => String(element.properties.href));

/** Parses XML as a strict parser does: any error or warning fails. */
function parseXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, "application/xml") as unknown as Document;
}
const children = (element: Element, name: string) => [...(element.getElementsByTagName(name) as unknown as Element[])];

describe("the changes in the built site", () => {
  it("lists every change on /andringar/, each leading to its own page", () => {
    const list = page("/andringar/");
    const changes = hrefs(list.tree).filter((href) => href.startsWith("/andring/"));
    const built = pages.filter((candidate) => candidate.type === "andring/[id]").map((candidate) => candidate.url);
    expect(changes.length).toBeGreaterThan(0);
    expect(new Set(changes)).toEqual(new Set(built));
    for (const url of changes) expect(url).toMatch(/^\/andring\/[0-9a-f]{10}\/$/);
    if (complete) expect(list.html).not.toContain('class="history-notice"');
  });

  it("shows, for a reworded text, the deleted words before and the inserted words after", () => {
    const marked = pages.filter((candidate) => candidate.type === "andring/[id]" && candidate.html.includes("<del>") && candidate.html.includes("<ins>"));
    if (!complete) return;
    expect(marked.length).toBeGreaterThan(0);
    const change = marked[0]!;
    const field = elements(change.tree, (element) => element.tagName === "div" && String(element.properties.className).includes("before-after")).find(
      (element) => elements(element as unknown as BuiltPage["tree"], (inner) => inner.tagName === "del").length > 0,
    )!;
    const [before, after] = field.children.filter((child): child is HastElement => child.type === "element" && child.tagName === "div");
    const side = (element: HastElement) => text(elements(element as unknown as BuiltPage["tree"], (inner) => String(inner.properties.className).includes("side-label"))[0]!);
    expect(side(before!)).toBe("Före");
    expect(side(after!)).toBe("Efter");
    expect(elements(before as unknown as BuiltPage["tree"], (element) => element.tagName === "ins")).toEqual([]);
    expect(elements(after as unknown as BuiltPage["tree"], (element) => element.tagName === "del")).toEqual([]);
    // Every changed item names its kind of change and its id.
    const items = elements(change.tree, (element) => element.tagName === "li" && String(element.properties.className).includes("item-change"));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(text(item)).toMatch(/^(Ändrad|Nytt id|Flyttad|Ny ordning) \S.*Id: \S+/);
  });

  it("gives each document page a section Ändringar with the changes that touched it", () => {
    const documents = pages.filter((candidate) => candidate.type === "dokument/[id]");
    let listed = 0;
    for (const document of documents) {
      const [section] = elements(document.tree, (element) => element.properties.id === "dokumentets-andringar");
      expect(section, document.url).toBeDefined();
      expect(text(elements(section as unknown as BuiltPage["tree"], (element) => element.tagName === "h2")[0]!)).toBe("Ändringar");
      const changes = hrefs(section!).filter((href) => href.startsWith("/andring/"));
      listed += changes.length;
      // Each change listed there names the document on its own page.
      for (const url of changes) expect(hrefs(page(url).tree), `${document.url} → ${url}`).toContain(document.url);
    }
    if (complete) expect(listed).toBeGreaterThan(0);
  });

  it("offers the site-wide feed as valid Atom: stable ids, the newest entry's date, links to the change pages", () => {
    const feed = parseXml(readFileSync(join(siteDir, "andringar.xml"), "utf8")).documentElement;
    expect(feed.namespaceURI).toBe("http://www.w3.org/2005/Atom");
    expect(feed.localName).toBe("feed");
    const entries = children(feed, "entry");
    const pagesOfChanges = pages.filter((candidate) => candidate.type === "andring/[id]");
    expect(entries).toHaveLength(pagesOfChanges.length);
    const ids = entries.map((entry) => children(entry, "id")[0]!.textContent);
    for (const id of ids) expect(id).toMatch(/^urn:styrdok:andring:[0-9a-f]{40}$/);
    expect(new Set(ids).size).toBe(ids.length);
    const dates = entries.map((entry) => children(entry, "updated")[0]!.textContent!);
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/);
    const newest = dates.reduce((latest, date) => (Date.parse(date) > Date.parse(latest) ? date : latest));
    expect(feed.getElementsByTagName("updated")[0]!.textContent).toBe(newest);
    for (const entry of entries) {
      const link = children(entry, "link")[0]!.getAttribute("href")!;
      expect(existsSync(join(siteDir, link, "index.html")), link).toBe(true);
      // An entry's id names the commit whose short form its page has.
      expect(children(entry, "id")[0]!.textContent!.slice(-40).startsWith(link.split("/")[2]!)).toBe(true);
      expect(children(entry, "title")[0]!.textContent!.length).toBeGreaterThan(0);
    }
    const links = children(feed, "link").filter((link) => link.parentNode === feed);
    expect(links.map((link) => [link.getAttribute("rel"), link.getAttribute("href")])).toEqual([
      ["self", "/andringar.xml"],
      ["alternate", "/andringar/"],
    ]);
  });

  it("offers each county a feed of the changes to its documents, announced in the county page's head", () => {
    const all = new Set(children(parseXml(readFileSync(join(siteDir, "andringar.xml"), "utf8")).documentElement, "id").map((id) => id.textContent));
    const counties = pages.filter((candidate) => candidate.type === "lan/[id]");
    expect(counties.length).toBeGreaterThan(0);
    let entries = 0;
    for (const county of counties) {
      const feedUrl = `${county.url}andringar.xml`;
      const alternate = elements(county.tree, (element) => element.tagName === "link" && String(element.properties.type) === "application/atom+xml");
      expect(alternate.map((element) => element.properties.href)).toEqual([feedUrl]);
      const feed = parseXml(readFileSync(join(siteDir, feedUrl), "utf8")).documentElement;
      expect(feed.getElementsByTagName("id")[0]!.textContent).toBe(`urn:styrdok:andringar:lan:${county.url.split("/")[2]}`);
      for (const entry of children(feed, "entry")) {
        entries++;
        expect(all).toContain(children(entry, "id")[0]!.textContent);
      }
    }
    if (complete) expect(entries).toBeGreaterThan(0);
    for (const url of ["/", "/andringar/"]) {
      const alternate = elements(page(url).tree, (element) => element.tagName === "link" && String(element.properties.type) === "application/atom+xml");
      expect(alternate.map((element) => element.properties.href)).toEqual(["/andringar.xml"]);
    }
  });
});

describe("a build without git", () => {
  it("still builds, and says on the changes page and every document page that the history is not available", () => {
    const scratch = mkdtempSync(join(tmpdir(), "styrdok-no-git-"));
    try {
      cpSync(join(repositoryRoot, "content"), join(scratch, "content"), { recursive: true });
      const out = join(scratch, "dist");
      const build = spawnSync(process.execPath, ["scripts/build.ts", out], {
        cwd: join(repositoryRoot, "site"),
        encoding: "utf8",
        timeout: 300_000,
        env: { ...process.env, STYRDOK_TODAY: TEST_TODAY, STYRDOK_CONTENT: join(scratch, "content") },
      });
      expect(build.status, build.stderr.slice(-2000)).toBe(0);
      const notice = "Ändringshistoriken finns inte här: webbplatsen byggdes från en mapp utan git-historik";
      expect(readFileSync(join(out, "andringar/index.html"), "utf8")).toContain(notice);
      const documents = readdirSync(join(out, "dokument"), { withFileTypes: true }).filter((entry) => entry.isDirectory());
      expect(documents.length).toBeGreaterThan(0);
      for (const document of documents) expect(readFileSync(join(out, "dokument", document.name, "index.html"), "utf8"), document.name).toContain(notice);
      expect(existsSync(join(out, "andring"))).toBe(false);
      const feed = parseXml(readFileSync(join(out, "andringar.xml"), "utf8")).documentElement;
      expect(children(feed, "entry")).toEqual([]);
      expect(feed.getElementsByTagName("updated")[0]!.textContent).toBe(`${TEST_TODAY}T00:00:00Z`);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
