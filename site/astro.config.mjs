import { siteBase } from "@styrdok/pages";
import { defineConfig } from "astro/config";
import { searchIndex } from "./integrations/search-index.ts";
import { webEditor } from "./integrations/web-editor.ts";

// The workspace packages are TypeScript that Node runs directly: they start worker threads and
// find the schemas and the Swedish dictionary next to their own files, which bundling would break.
// So the prerender build leaves them as imports that Node resolves at build time. The browser's
// bundle (the search page's script) takes what it imports from them into itself, as usual.
const workspacePackages = [/^@styrdok\//];

export default defineConfig({
  // "/" unless STYRDOK_BASE says otherwise (GitHub Pages serves a project's site under its name):
  // the one value that @styrdok/pages builds every link with, so Astro's assets and our links agree.
  base: siteBase,
  outDir: "./dist",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  telemetry: false,
  devToolbar: { enabled: false },
  integrations: [searchIndex(), webEditor()],
  vite: {
    // Scripts stay files of their own rather than inline: a page may then forbid inline scripts.
    build: { assetsInlineLimit: 0 },
    plugins: [
      {
        name: "styrdok:external-workspace-packages",
        enforce: "pre",
        applyToEnvironment: (environment) => environment.config.consumer === "server",
        resolveId(source) {
          return workspacePackages.some((pattern) => pattern.test(source)) ? { id: source, external: true } : null;
        },
      },
    ],
  },
});
