// Builds the search index after `astro build`: Pagefind indexes the pages marked for it, plus one
// record per document chapter, goal, measure, responsibility, indicator, definition, actor, source
// and framework goal from @styrdok/pages, so that a hit leads to the item itself. Run from site/.
import { resolve } from "node:path";
import { loadSite, searchRecords } from "@styrdok/pages";
import * as pagefind from "pagefind";

const outDir = resolve(process.argv[2] ?? "dist");

function fail(step: string, errors: string[]): never {
  process.stderr.write(`Sökindexet kunde inte byggas (${step}):\n${errors.join("\n")}\n`);
  process.exit(1);
}

const site = await loadSite();
const records = searchRecords(site);
const { index, errors } = await pagefind.createIndex({});
if (!index) fail("start", errors);
const pages = await index.addDirectory({ path: outDir });
if (pages.errors.length > 0) fail("sidor", pages.errors);
for (const record of records) {
  const added = await index.addCustomRecord(record);
  if (added.errors.length > 0) fail(record.url, added.errors);
}
const written = await index.writeFiles({ outputPath: resolve(outDir, "pagefind") });
if (written.errors.length > 0) fail("skriva", written.errors);
await pagefind.close();
process.stdout.write(`Sökindex: ${pages.page_count} sidor och ${records.length} poster (kapitel, mål, åtgärder, ansvar …).\n`);
