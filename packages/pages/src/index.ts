// @styrdok/pages: what the site shows, computed from the validated model.
export { buildSite, loadSite, contentFolder, type Site } from "./load.ts";
export { urlOf, urlOfId, countyUrl } from "./urls.ts";
export { renderChapter } from "./render.ts";
export { chartOf, type Chart } from "./chart.ts";
export { Decompounder } from "./decompound.ts";
export { searchRecords, filterNames, type SearchRecord } from "./search.ts";
export * from "./views.ts";
export { downloads, type Download } from "./downloads.ts";
