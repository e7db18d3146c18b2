// The built site as files: every HTML page parsed once (hast), with its page type, for the tests
// that read the whole site rather than drive a browser.
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";

export interface BuiltPage {
  /** The page's URL path, e.g. /dokument/x/. */
  url: string;
  file: string;
  html: string;
  tree: Root;
  type: string;
}

/** The page type a URL belongs to: the template that rendered it. */
export function pageType(url: string): string {
  const segments = url.split("/").filter(Boolean);
  if (segments.length === 0) return "start";
  if (url === "/404.html") return "404";
  const [section, id] = segments;
  return id ? `${section}/[id]` : `${section}/`;
}

export function builtPages(siteDir: string): BuiltPage[] {
  return (
    readdirSync(siteDir, { recursive: true, encoding: "utf8" })
      // Not the web editor (admin/): a third-party application (Sveltia CMS) that is no page of the
      // site; it cannot meet the site's rules for pages (one script per page type, html-validate's
      // rules for hand-written pages), and test/site/web-editor.test.ts tests what it must do.
      .filter((file) => file.endsWith(".html") && !file.startsWith(`pagefind${sep}`) && !file.startsWith(`admin${sep}`))
      .sort()
      .map((file) => {
        const url = file === "404.html" ? "/404.html" : `/${file.split(sep).slice(0, -1).join("/")}${file === "index.html" ? "" : "/"}`;
        const html = readFileSync(join(siteDir, file), "utf8");
        return { url, file: join(siteDir, file), html, tree: fromHtml(html), type: pageType(url) };
      })
  );
}

export function elements(tree: Root, test: (element: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}
