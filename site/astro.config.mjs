import { defineConfig } from "astro/config";

export default defineConfig({
  outDir: "./dist",
  trailingSlash: "always",
  build: { format: "directory" },
  telemetry: false,
});
