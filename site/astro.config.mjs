import { defineConfig } from "astro/config";
import { searchIndex } from "./integrations/search-index.ts";

// The workspace packages are TypeScript that Node runs directly: they start worker threads and
// find the schemas and the Swedish dictionary next to their own files, which bundling would break.
// So the prerender build leaves them as imports that Node resolves at build time.
const workspacePackages = [/^@styrdok\//];

export default defineConfig({
  outDir: "./dist",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  telemetry: false,
  devToolbar: { enabled: false },
  integrations: [searchIndex()],
  vite: {
    plugins: [
      {
        name: "styrdok:external-workspace-packages",
        enforce: "pre",
        resolveId(source) {
          return workspacePackages.some((pattern) => pattern.test(source))
            ? { id: source, external: true }
            : null;
        },
      },
    ],
  },
});
