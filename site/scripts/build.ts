// The one build behind `npm run build` and `npm start`: it reads the content once (loadSite),
// stops with every finding when the content has errors, and otherwise builds every page and the
// search index (the integration in astro.config.mjs) into a fresh folder that takes the place of
// the output folder only once all of it is written, so a failed build never leaves half a site.
//
//   node site/scripts/build.ts [output folder, default site/dist]
//   STYRDOK_BASE=/styrdok node site/scripts/build.ts   every link below /styrdok/ (GitHub Pages)
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { textReport } from "@styrdok/cli/reporters";
import { ContentErrors, loadSite, siteBaseProblem } from "@styrdok/pages";
import { build } from "astro";

const siteRoot = fileURLToPath(new URL("..", import.meta.url));
const outDir = resolve(process.argv[2] ?? resolve(siteRoot, "dist"));
const color = Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;

function stop(message: string): never {
  process.stderr.write(`\nstyrdok: ${message}\n`);
  process.exit(1);
}

// STYRDOK_BASE: the path the site is served under (GitHub Pages: /<repository>/), see packages/pages/src/urls.ts.
if (siteBaseProblem) stop(siteBaseProblem);

try {
  const site = await loadSite();
  // The findings an editor should see even when the site is built: warnings, and the count.
  process.stdout.write(textReport(site.content.files, "sv", color));
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  process.stderr.write(textReport(error.content.files, "sv", color));
  stop("webbplatsen byggs inte förrän felen ovan är rättade.");
}

const staging = `${outDir}.bygger-${process.pid}`;
const previous = `${outDir}.forra-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
// Stopped half-way (Ctrl+C), the build takes its unfinished folder with it.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    rmSync(staging, { recursive: true, force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  });
}
// Astro keeps its working files in .astro beside where it runs: in site/, not wherever the build was started.
process.chdir(siteRoot);
try {
  await build({ root: siteRoot, outDir: staging });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  // A failure here is styrdok's, not the content's: STYRDOK_DEBUG shows where it happened.
  const detail = error instanceof Error ? (process.env.STYRDOK_DEBUG ? String(error.stack) : error.message) : String(error);
  stop(`webbplatsen kunde inte byggas: ${detail}`);
}
try {
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
} catch (error) {
  // Put the published site back if it was moved aside, and leave nothing half done.
  if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
  rmSync(staging, { recursive: true, force: true });
  stop(`den nya webbplatsen kunde inte ersätta ${outDir} (${(error as NodeJS.ErrnoException).code ?? String(error)}); den förra ligger kvar.`);
}
