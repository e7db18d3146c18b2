// Builds the web editor at /admin when Astro has written the pages (`astro:build:done`): its
// configuration, generated from the schemas (@styrdok/pages webEditorConfig), as admin/config.yml,
// and the editor itself (site/admin: Sveltia CMS from npm and the content's file format) bundled by
// Vite into admin/assets. Nothing of it is loaded by any other page, and nothing from another site.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILD_CACHE, contentSecurityPolicy, siteBase, webEditorConfig } from "@styrdok/pages";
import type { AstroIntegration } from "astro";
import { build } from "vite";
import { stringify } from "yaml";

const adminRoot = fileURLToPath(new URL("../admin/", import.meta.url));
const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));
const bundleCache = join(BUILD_CACHE, "styrdok-admin");

// Sveltia CMS loads a syntax-highlighting grammar for each of ~240 languages on demand, for code
// fields and code blocks. The content has neither, so the grammars are left out of the bundle
// (they would be 250 files); a code block in a body still shows, without colours.
const withoutGrammars = {
  name: "styrdok:web-editor-without-grammars",
  enforce: "pre" as const,
  resolveId(source: string) {
    return /^@shikijs\/(langs|themes)\//.test(source) ? "\0styrdok-no-grammar" : null;
  },
  load(id: string) {
    return id === "\0styrdok-no-grammar" ? "export default [];" : null;
  },
};

// Sveltia CMS bundles its fonts and also declares them, for when that fails, from a CDN. Under the
// editor's Content-Security-Policy that fallback is a blocked request to another site each time
// the editor opens, so its address is taken out: a font face without a source is ignored, and the
// bundled fonts are used.
const CDN_FONT_SOURCE = /src:url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^)]*\)\s*format\('[^']*'\);?/g;
const withoutCdnFonts = {
  name: "styrdok:web-editor-without-cdn-fonts",
  transform(code: string, id: string) {
    if (!id.includes("@sveltia/cms") || !code.includes("cdn.jsdelivr.net/fontsource")) return null;
    const without = code.replace(CDN_FONT_SOURCE, "");
    // A new version of Sveltia that declares its fonts otherwise must not slip a CDN back in unseen.
    if (without.includes("cdn.jsdelivr.net/fontsource")) throw new Error(`${id}: Sveltia CMS hämtar typsnitt från ett CDN på ett sätt som styrdok inte känner igen.`);
    return without;
  },
};

/**
 * What the bundle is built from: the editor's files, the code of the packages it imports, the
 * locked dependency versions, this file and the base path. Bundling the CMS takes longer than the
 * rest of the build and its input seldom changes, so the bundle is kept under this key in
 * node_modules/.cache/styrdok-admin (or STYRDOK_BUILD_CACHE; safe to delete); any change builds it afresh.
 */
function bundleKey(): string {
  const hash = createHash("sha256").update(siteBase).update("\0");
  const visit = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    hash.update(relative(repositoryRoot, path)).update("\0").update(readFileSync(path)).update("\0");
  };
  for (const source of [adminRoot, join(repositoryRoot, "packages/pages/src"), join(repositoryRoot, "packages/core/src"), join(repositoryRoot, "pnpm-lock.yaml"), fileURLToPath(import.meta.url)])
    visit(source);
  return hash.digest("hex").slice(0, 32);
}

/** The editor bundled by Vite into `outDir`, or copied from the bundle kept for the same input. */
async function bundle(outDir: string): Promise<void> {
  const kept = join(bundleCache, bundleKey());
  if (existsSync(kept)) {
    cpSync(kept, outDir, { recursive: true });
    return;
  }
  await build({
    root: adminRoot,
    base: `${siteBase}admin/`,
    configFile: false,
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 4096, reportCompressedSize: false },
    plugins: [withoutGrammars, withoutCdnFonts],
  });
  // Only the newest bundle is kept; it is written aside and renamed into place, so that a build
  // stopped half-way leaves no half bundle to copy next time.
  const staging = `${bundleCache}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(outDir, join(staging, relative(bundleCache, kept)), { recursive: true });
  rmSync(bundleCache, { recursive: true, force: true });
  renameSync(staging, bundleCache);
}

/**
 * Gives the editor's page its Content-Security-Policy, first in its head so that it governs all
 * that follows. It is added here rather than in site/admin/index.html so that the policy has one
 * source, packages/pages/src/csp.ts, for the editor as for every other page.
 */
function withPolicy(file: string): void {
  const html = readFileSync(file, "utf8");
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (!charset) throw new Error(`${file}: <meta charset> saknas, så policyn har ingen plats.`);
  const at = charset.index + charset[0].length;
  writeFileSync(file, `${html.slice(0, at)}<meta http-equiv="content-security-policy" content="${contentSecurityPolicy("admin")}">${html.slice(at)}`);
}

export function webEditor(): AstroIntegration {
  return {
    name: "styrdok:web-editor",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = join(fileURLToPath(dir), "admin");
        await bundle(outDir);
        const config = webEditorConfig({
          repository: process.env.STYRDOK_REPOSITORY,
          branch: process.env.STYRDOK_REPOSITORY_BRANCH,
          authUrl: process.env.STYRDOK_CMS_AUTH_URL,
          siteUrl: process.env.STYRDOK_SITE_URL,
        });
        const header = "# Genererad från schemas/ när webbplatsen byggs (site/integrations/web-editor.ts). Ändra inte här.\n";
        writeFileSync(join(outDir, "config.yml"), header + stringify(config, { lineWidth: 0 }));
        withPolicy(join(outDir, "index.html"));
        const backend = (config.backend as { name: string; repo?: string }).repo ?? "provläge i webbläsaren (STYRDOK_REPOSITORY saknas)";
        logger.info(`Webbredigeraren: /admin/ mot ${backend}.`);
      },
    },
  };
}
