// The built site read as files: valid HTML, no broken internal links or anchors, nothing loaded
// from elsewhere, no script from content, the downloads equal to the CLI's exports, and the
// weight of each page type (written to test/artifacts/page-bytes.json).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contentSecurityPolicy, type PolicyScope } from "@styrdok/pages";
import { HtmlValidate } from "html-validate";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { repositoryRoot } from "../paths.ts";
import { type BuiltPage, builtPages, elements } from "./built.ts";

const siteDir = inject("siteDir");
let pages: BuiltPage[];
beforeAll(() => {
  pages = builtPages(siteDir);
});

/** Where a URL on the site points: the file it is served from, or undefined. */
function target(url: string): string | undefined {
  const path = decodeURIComponent(url.split("#")[0]!.split("?")[0]!);
  for (const candidate of [join(siteDir, path), join(siteDir, path, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

describe("the built site", () => {
  it("has every page type the readers need", () => {
    const types = new Set(pages.map((page) => page.type));
    for (const type of [
      "start",
      "lan/",
      "dokument/",
      "dokument/[id]",
      "mal/[id]",
      "atgard/[id]",
      "aktorer/",
      "aktor/[id]",
      "lan/[id]",
      "ramverk/",
      "ramverk/[id]",
      "ramverksmal/[id]",
      "kallor/",
      "kalla/[id]",
      "indikatorer/",
      "indikator/[id]",
      "begrepp/",
      "data/",
      "om/",
      "bidra/",
      "sok/",
      "andringar/",
      "andring/[id]",
      "404",
    ]) {
      expect(types, type).toContain(type);
    }
  });

  it("is valid HTML on every page (html-validate, recommended rules)", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.url);
      for (const result of report.results) for (const message of result.messages) problems.push(`${page.url}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
  });

  it("has no broken internal link or anchor anywhere", () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) {
        const page = pages.find((candidate) => candidate.file === file);
        ids.set(file, new Set(page ? elements(page.tree, (element) => typeof element.properties.id === "string").map((element) => String(element.properties.id)) : []));
      }
      return ids.get(file)!;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const element of elements(page.tree, (candidate) => candidate.tagName === "a" || candidate.tagName === "link" || candidate.tagName === "script")) {
        const href = String(element.properties.href ?? element.properties.src ?? "");
        if (!href || /^[a-z]+:/i.test(href)) continue;
        const absolute = new URL(href, `http://site${page.url}`);
        checked++;
        const file = target(absolute.pathname);
        if (!file) {
          broken.push(`${page.url} → ${href} (no such page)`);
          continue;
        }
        const hash = decodeURIComponent(absolute.hash.slice(1));
        if (hash && file.endsWith(".html") && !idsOf(file).has(hash)) broken.push(`${page.url} → ${href} (no such anchor)`);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(broken.slice(0, 20), `${broken.length} broken`).toEqual([]);
  });

  it("loads nothing from outside the site", () => {
    const external: string[] = [];
    for (const page of pages) {
      for (const element of elements(page.tree, (candidate) => ["script", "link", "img", "iframe", "source", "video", "audio", "object", "embed"].includes(candidate.tagName))) {
        const url = String(element.properties.src ?? element.properties.href ?? element.properties.data ?? "");
        if (/^(?:[a-z]+:)?\/\//i.test(url)) external.push(`${page.url}: <${element.tagName}> ${url}`);
      }
      if (/url\(\s*['"]?(?:https?:)?\/\//i.test(page.html)) external.push(`${page.url}: CSS url() to another site`);
    }
    for (const css of readdirSync(join(siteDir, "_astro")).filter((file) => file.endsWith(".css"))) {
      const text = readFileSync(join(siteDir, "_astro", css), "utf8");
      if (/url\(\s*['"]?(?:https?:)?\/\//i.test(text) || /@import\s+['"]?(?:https?:)?\/\//i.test(text)) external.push(`_astro/${css}`);
    }
    expect(external).toEqual([]);
  });

  it("runs no script except the search page's and the county pages' date field, and no content becomes code", () => {
    const scripts = pages.flatMap((page) => elements(page.tree, (element) => element.tagName === "script").map((element) => `${page.url} ${String(element.properties.src ?? "inline")}`));
    const counties = pages.filter((page) => page.type === "lan/[id]");
    const [search, county] = [scripts.filter((script) => script.startsWith("/sok/ ")), scripts.filter((script) => script.startsWith("/lan/"))];
    expect(scripts.length).toBe(search.length + county.length);
    // The search page's own script, a file of the site (never inline); it loads Pagefind's API itself.
    expect(search).toEqual([expect.stringMatching(/^\/sok\/ \/_astro\/[^/ ]+\.js$/)]);
    const own = search.find((script) => script.includes("/_astro/"))!.split(" ")[1]!;
    expect(readFileSync(join(siteDir, own), "utf8")).toContain("Orddelar:");
    // Each county page: one script of its own, a file, the same for all.
    expect(county.map((script) => script.split(" ")[0]).sort()).toEqual(counties.map((page) => page.url).sort());
    const countyScripts = new Set(county.map((script) => script.split(" ")[1]!));
    expect(countyScripts.size).toBe(1);
    expect([...countyScripts][0]).toMatch(/^\/_astro\/[^/ ]+\.js$/);
    expect(readFileSync(join(siteDir, [...countyScripts][0]!), "utf8")).toContain("Gällande den");
    const dangerous = pages.flatMap((page) =>
      elements(page.tree, (element) => Object.keys(element.properties).some((key) => /^on[a-z]/i.test(key)) || /^\s*javascript:/i.test(String(element.properties.href ?? ""))).map(
        (element) => `${page.url} <${element.tagName}>`,
      ),
    );
    expect(dangerous).toEqual([]);
  });

  it("gives every page its Content-Security-Policy first in its head, scoped to what the page needs", () => {
    const policies = new Map<string, string[]>();
    for (const page of pages) {
      const head = elements(page.tree, (element) => element.tagName === "head")[0]!;
      const [charset, policy] = head.children.filter((child) => child.type === "element");
      // First after the character set, so that it governs everything the page loads.
      expect(charset?.properties.charSet, page.url).toBe("utf-8");
      expect(policy?.properties.httpEquiv, page.url).toEqual(["content-security-policy"]);
      const content = String(policy!.properties.content);
      policies.set(content, [...(policies.get(content) ?? []), page.url]);
    }
    const byScope = (scope: PolicyScope) => (policies.get(contentSecurityPolicy(scope)) ?? []).sort();
    // Three policies in all: the search page's (WebAssembly and its index), the county pages' (their
    // date field's script), and every other page's, which runs no script and fetches nothing.
    expect(byScope("search")).toEqual(["/sok/"]);
    expect(byScope("script")).toEqual(
      pages
        .filter((page) => page.type === "lan/[id]")
        .map((page) => page.url)
        .sort(),
    );
    expect(byScope("page")).toHaveLength(pages.length - 1 - byScope("script").length);
    expect(policies.size).toBe(3);
    expect(contentSecurityPolicy("page")).not.toMatch(/script-src|connect-src/);
    for (const scope of ["page", "script", "search"] as const) {
      expect(contentSecurityPolicy(scope)).toMatch(/^default-src 'none'; /);
      expect(contentSecurityPolicy(scope)).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    }
    // The web editor's page has its own, first in its head too.
    const admin = readFileSync(join(siteDir, "admin/index.html"), "utf8");
    expect(admin).toMatch(new RegExp(`<meta charset="utf-8"><meta http-equiv="content-security-policy" content="${contentSecurityPolicy("admin").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}">`));
  });

  it("offers for download exactly what `styrdok export` writes, and the schemas", () => {
    const out = mkdtempSync(join(tmpdir(), "styrdok-export-"));
    try {
      const cli = join(repositoryRoot, "packages/cli/src/bin.ts");
      const json = spawnSync(process.execPath, [cli, "export", "--out", join(out, "styrdok.json"), "content"], { cwd: repositoryRoot, encoding: "utf8" });
      expect(json.status, json.stderr).toBe(0);
      expect(readFileSync(join(siteDir, "data/styrdok.json"), "utf8")).toBe(readFileSync(join(out, "styrdok.json"), "utf8"));
      const csv = spawnSync(process.execPath, [cli, "export", "--format", "csv", "--out", join(out, "csv"), "content"], { cwd: repositoryRoot, encoding: "utf8" });
      expect(csv.status, csv.stderr).toBe(0);
      const tables = readdirSync(join(out, "csv")).sort();
      expect(readdirSync(join(siteDir, "data/csv")).sort()).toEqual(tables);
      for (const table of tables) expect(readFileSync(join(siteDir, "data/csv", table)), table).toEqual(readFileSync(join(out, "csv", table)));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    for (const schema of readdirSync(join(repositoryRoot, "schemas")).filter((name) => name.endsWith(".schema.json"))) {
      expect(readFileSync(join(siteDir, "schemas", schema), "utf8"), schema).toBe(readFileSync(join(repositoryRoot, "schemas", schema), "utf8"));
    }
    const data = pages.find((page) => page.url === "/data/")!;
    const links = elements(data.tree, (element) => element.tagName === "a").map((element) => String(element.properties.href));
    expect(links).toContain("/data/styrdok.json");
    expect(links).toContain("/data/csv/measures.csv");
    expect(links).toContain("/schemas/export.schema.json");
  });

  it("tells readers the truth on the pages the review found wrong", () => {
    const text = (url: string) => {
      const page = pages.find((candidate) => candidate.url === url);
      expect(page, url).toBeDefined();
      return page!.html;
    };
    // An actor or source without a website of its own has no "Webbplats"/"Länk" row pointing at itself.
    expect(text("/aktor/falu-kommun/")).not.toContain("<dt>Webbplats</dt>");
    expect(text("/kalla/socialtjanstlagen-2001-453/")).toContain('<dt>Länk</dt><dd><a href="https://www.riksdagen.se/');
    // Recent changes name documents and registries in Swedish, not commit messages.
    const changes = elements(pages.find((page) => page.url === "/")!.tree, (element) => element.tagName === "time").length;
    expect(changes).toBeGreaterThan(0);
    expect(text("/")).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}T[\d:]+(?:Z|[+-][\d:]+)">\d{4}-\d{2}-\d{2}<\/time>: ändringar i /);
    // The source's own footnote numbers: the agreement numbers 1–55 through the whole document.
    expect(text("/dokument/dalarna-overenskommelse-2024/")).toMatch(/<li id="dalarna-overenskommelse-2024-[a-z0-9-]+-fn-55" value="55">/);
    // A document that another supersedes is superseded, though its own record does not know its status.
    expect(text("/dokument/dalarna-lansstrategi-2015/")).toContain('<dt>Status</dt><dd>Ersatt av <a href="/dokument/dalarna-handlingsplan-2017/">');
    // A framework lists the documents that build on it.
    expect(text("/ramverk/istanbulkonventionen/")).toContain('href="/dokument/dalarna-overenskommelse-2024/"');
    // Responsibilities citing a section say whose they are.
    expect(text("/kalla/socialtjanstlagen-2001-453/")).toMatch(/<span class="tag">ansvar<\/span> <a href="\/aktor\//);
    // The about page promises only what exists: the review's summary is the semantic diff, in the
    // pull request and on the change pages, and the README is not called a step-by-step guide.
    const about = text("/om/");
    expect(about).toContain('href="/andringar/"');
    expect(about).toContain("<code>styrdok diff</code>");
    expect(about).toContain("kommentar i pull requesten");
    expect(about).not.toContain("beskriver hur ett nytt dokument läggs upp");
    expect(about).toContain('href="/bidra/"');
    // No English or placeholder text reaches a page. (The finding code footnote-undefined, which
    // the contributor's guide lists, is a name, not a placeholder.)
    for (const page of pages) expect(page.html, page.url).not.toMatch(/(?<!footnote-)undefined|\[object Object\]|NaN/);
  });

  it("stays light: bytes per page type, reported, within budget", () => {
    const css = readdirSync(join(siteDir, "_astro"))
      .filter((file) => file.endsWith(".css"))
      .reduce((sum, file) => sum + statSync(join(siteDir, "_astro", file)).size, 0);
    const byType = new Map<string, number[]>();
    for (const page of pages) byType.set(page.type, [...(byType.get(page.type) ?? []), Buffer.byteLength(page.html)]);
    const report = Object.fromEntries(
      [...byType]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([type, sizes]) => [
          type,
          { pages: sizes.length, medianHtmlBytes: sizes.sort((a, b) => a - b)[Math.floor(sizes.length / 2)], maxHtmlBytes: Math.max(...sizes), cssBytes: css, scriptBytes: 0 },
        ]),
    );
    // The scripts each page type loads: the search page's with Pagefind's, the county pages' date field.
    const scriptsOf = (type: string) => [
      ...new Set(
        pages
          .filter((page) => page.type === type)
          .flatMap((page) => elements(page.tree, (element) => element.tagName === "script" && String(element.properties.src ?? "").startsWith("/_astro/")))
          .map((element) => String(element.properties.src).slice(1)),
      ),
    ];
    const bytesOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(join(siteDir, file)).size, 0);
    report["sok/"]!.scriptBytes = bytesOf(["pagefind/pagefind.js", ...scriptsOf("sok/")]);
    report["lan/[id]"]!.scriptBytes = bytesOf(scriptsOf("lan/[id]"));
    expect(report["lan/[id]"]!.scriptBytes).toBeLessThan(4_000);
    mkdirSync(join(repositoryRoot, "test/artifacts"), { recursive: true });
    writeFileSync(join(repositoryRoot, "test/artifacts/page-bytes.json"), `${JSON.stringify(report, null, 2)}\n`);
    // One stylesheet for the whole site, small scripts, and pages that are text, not framework.
    expect(css).toBeLessThan(20_000);
    for (const [type, entry] of Object.entries(report)) {
      const budget = type === "dokument/[id]" ? 1_500_000 : 300_000;
      expect(entry.maxHtmlBytes, type).toBeLessThan(budget);
    }
  });
});
