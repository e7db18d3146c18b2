// Builds the web editor at /admin when Astro has written the pages (`astro:build:done`): its
// configuration, generated from the schemas (@styrdok/pages webEditorConfig), as admin/config.yml,
// and the editor itself (site/admin: Sveltia CMS from npm and the content's file format) bundled by
// Vite into admin/assets. Nothing of it is loaded by any other page, and nothing from another site.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { siteBase, webEditorConfig } from "@styrdok/pages";
import type { AstroIntegration } from "astro";
import { build } from "vite";
import { stringify } from "yaml";

const adminRoot = fileURLToPath(new URL("../admin/", import.meta.url));

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

export function webEditor(): AstroIntegration {
  return {
    name: "styrdok:web-editor",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = join(fileURLToPath(dir), "admin");
        await build({
          root: adminRoot,
          base: `${siteBase}admin/`,
          configFile: false,
          logLevel: "warn",
          build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 4096, reportCompressedSize: false },
          plugins: [withoutGrammars],
        });
        const config = webEditorConfig({
          repository: process.env.STYRDOK_REPOSITORY,
          branch: process.env.STYRDOK_REPOSITORY_BRANCH,
          authUrl: process.env.STYRDOK_CMS_AUTH_URL,
          siteUrl: process.env.STYRDOK_SITE_URL,
        });
        const header = "# Genererad från schemas/ när webbplatsen byggs (site/integrations/web-editor.ts). Ändra inte här.\n";
        writeFileSync(join(outDir, "config.yml"), header + stringify(config, { lineWidth: 0 }));
        const backend = (config.backend as { name: string; repo?: string }).repo ?? "provläge i webbläsaren (STYRDOK_REPOSITORY saknas)";
        logger.info(`Webbredigeraren: /admin/ mot ${backend}.`);
      },
    },
  };
}
