// @styrdok/pages: what the site shows, computed from the model core reads. One module per page
// model in views/; the Astro pages only lay these out.
export { buildSite, loadSite, pageParams, ContentErrors, type Site } from "./site.ts";
export { urlOf, placeOf, countyUrl } from "./urls.ts";
export { capitalized, counted, labelFor, periodText, sizeText, unitName } from "./format.ts";
export { type Link, linkTo } from "./link.ts";
export { pageTitle } from "./page-title.ts";
export { renderChapter } from "./render.ts";
export { chartOf, type Chart } from "./chart.ts";
export { Decompounder } from "./decompound.ts";
export { searchRecords, type SearchRecord } from "./search.ts";
export { COMPOUND_PARTS_LABEL, withoutCompoundParts } from "./search-words.ts";
export { downloads, type Download, type Downloads } from "./downloads.ts";
export { documentList, documentSummary, type DocumentSummary } from "./views/document-summary.ts";
export { documentView, type ChapterView, type DocumentView, type GapView, type Lineage, type Matrix, type SourceErrorView } from "./views/document.ts";
export { goalView, type GoalView } from "./views/goal.ts";
export { measureView, type MeasureView } from "./views/measure.ts";
export type { FrameworkLinkView } from "./views/framework-links.ts";
export { actorView, type ActorView } from "./views/actor.ts";
export { actorList, type ActorGroup } from "./views/actors.ts";
export { countiesWithDocuments, countyView, type CountyLink, type CountyView } from "./views/counties.ts";
export { frameworkGoalView, frameworkList, frameworkView, type FrameworkGoalView, type FrameworkView } from "./views/frameworks.ts";
export { sourceList, sourceView, type SourceView } from "./views/sources.ts";
export { indicatorList, indicatorView, type IndicatorView } from "./views/indicators.ts";
export { definitionList } from "./views/definitions.ts";
export { homeView, type HomeView } from "./views/home.ts";
