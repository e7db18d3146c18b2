// Builds the search index when Astro has written the pages (`astro:build:done`), as Starlight
// does: Pagefind indexes the pages marked for it, plus one record per chapter, goal, measure,
// responsibility, indicator, definition, actor, source and framework goal from @styrdok/pages, so
// that a hit leads to the item itself. It reads the site the pages were built from (loadSite is
// loaded once per build), never the content again.
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { loadSite, searchIndexInput } from "@styrdok/pages";
import { namesFile, SEARCH_FILES } from "@styrdok/pages/search-words";
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
        const { records, named, vocabulary } = searchIndexInput(await loadSite());
        const { index, errors } = await pagefind.createIndex({});
        try {
          check("start", errors);
          const pages = await index!.addDirectory({ path: outDir });
          check("sidor", pages.errors);
          for (const record of records) check(record.url, (await index!.addCustomRecord({ ...record, meta: { ...record.meta } })).errors);
          check("skriva", (await index!.writeFiles({ outputPath: `${outDir}/pagefind` })).errors);
          // Beside the index: the names the search page puts first, and the words it suggests from.
          const byFile = new Map<string, typeof named>();
          for (const item of named) {
            for (const file of new Set(item.names.map(namesFile))) (byFile.get(file) ?? byFile.set(file, []).get(file)!).push(item);
          }
          await mkdir(`${outDir}/sok/namn`, { recursive: true });
          for (const [file, items] of byFile) await writeFile(`${outDir}${file}`, JSON.stringify(items));
          await writeFile(`${outDir}${SEARCH_FILES.nameFiles}`, JSON.stringify([...byFile.keys()].sort()));
          await writeFile(`${outDir}${SEARCH_FILES.vocabulary}`, JSON.stringify(vocabulary));
          logger.info(`Sökindex: ${pages.page_count} sidor och ${records.length} poster (kapitel, mål, åtgärder, ansvar …).`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
