// Builds the search index when Astro has written the pages (`astro:build:done`), as Starlight
// does: Pagefind indexes the pages marked for it, plus one record per chapter, goal, measure,
// responsibility, indicator, definition, actor, source and framework goal from @styrdok/pages, so
// that a hit leads to the item itself. It reads the site the pages were built from (loadSite is
// loaded once per build), never the content again.
import { fileURLToPath } from "node:url";
import { loadSite, searchRecords } from "@styrdok/pages";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Sökindexet kunde inte byggas (${step}): ${errors.join("; ")}`);
}

export function searchIndex(): AstroIntegration {
  return {
    name: "styrdok:search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const records = searchRecords(await loadSite());
        const { index, errors } = await pagefind.createIndex({});
        try {
          check("start", errors);
          const pages = await index!.addDirectory({ path: outDir });
          check("sidor", pages.errors);
          for (const record of records) check(record.url, (await index!.addCustomRecord(record)).errors);
          check("skriva", (await index!.writeFiles({ outputPath: `${outDir}/pagefind` })).errors);
          logger.info(`Sökindex: ${pages.page_count} sidor och ${records.length} poster (kapitel, mål, åtgärder, ansvar …).`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
