// @styrdok/pages: what the site shows, computed from the validated model.
export { buildSite, loadSite, type Site } from "./load.ts";
export { urlOf, placeOf, countyUrl } from "./urls.ts";
export { capitalized, counted, periodText, sizeText } from "./format.ts";
export { renderChapter } from "./render.ts";
export { chartOf, type Chart } from "./chart.ts";
export { Decompounder } from "./decompound.ts";
export { searchRecords, type SearchRecord } from "./search.ts";
export * from "./views.ts";
export { downloads, type Download } from "./downloads.ts";
