// @styrdok/pages: what the site shows, computed from the model core reads. One module per page
// model in views/; the Astro pages only lay these out.

export { type Chart, chartOf } from "./chart.ts";
export { contentSecurityPolicy, type PolicyScope, policyHeader } from "./csp.ts";
export { type Download, type Downloads, downloads } from "./downloads.ts";
export { changesFeed } from "./feed.ts";
export { capitalized, counted, labelFor, periodText, sizeText, unitName } from "./format.ts";
export {
  BUILD_CACHE,
  type Change,
  type ChangedDocument,
  DEFAULT_HISTORY_CACHE,
  DEFAULT_HISTORY_LIMIT,
  type History,
  historyLimit,
  loadHistory,
  type NoHistory,
  type Registry,
  SHORT_COMMIT_LENGTH,
  shortCommit,
} from "./history.ts";
export { type DaySpan, decodeSpans, encodeSpans, inForceSummary, inSpans, isDay, swedishDay } from "./in-force.ts";
export { type Link, linkTo } from "./link.ts";
export { pageTitle } from "./page-title.ts";
export { renderChapter } from "./render.ts";
export { type SearchIndexInput, type SearchMeta, type SearchRecord, searchIndexInput, searchRecords } from "./search.ts";
export { COMPOUND_PARTS_LABEL, withoutCompoundParts } from "./search-words.ts";
export { buildSite, ContentErrors, loadSite, pageParams, type Site } from "./site.ts";
export { absoluteUrl, adminUrl, changesFeedUrl, changesUrl, changeUrl, contributeUrl, countyUrl, normalBase, pathOf, placeOf, siteBase, siteBaseProblem, siteUrl, urlOf } from "./urls.ts";
export { type ActorView, actorView } from "./views/actor.ts";
export { type ActorGroup, actorList } from "./views/actors.ts";
export {
  type ChangeEntry,
  type ChangeGroup,
  type ChangesView,
  type ChangeView,
  changeList,
  changeParams,
  changeView,
  countsText,
  type DocumentChanges,
  documentChanges,
  type EffectItemView,
  type FieldView,
  historyNotices,
  type ItemChangeView,
  latestChanges,
  type Named,
} from "./views/changes.ts";
export { type ContributeView, contributeView, type FindingGuideView, type TextPart, textParts } from "./views/contribute.ts";
export { type CountyLink, type CountyView, countiesWithDocuments, countyView, type InForceView, type TimelineSegment } from "./views/counties.ts";
export { definitionList } from "./views/definitions.ts";
export { type ChapterView, type DocumentView, documentView, type GapView, type Lineage, type Matrix, type SourceErrorView } from "./views/document.ts";
export { type DocumentSummary, documentList, documentSummary, type StatusPeriodView, spanText } from "./views/document-summary.ts";
export type { FrameworkLinkView } from "./views/framework-links.ts";
export { type FrameworkGoalView, type FrameworkView, frameworkGoalView, frameworkList, frameworkView } from "./views/frameworks.ts";
export { type ContinuityLink, type GoalView, goalView } from "./views/goal.ts";
export { type HomeView, homeView } from "./views/home.ts";
export { type IndicatorView, indicatorList, indicatorView } from "./views/indicators.ts";
export { type MeasureView, measureView } from "./views/measure.ts";
export { type SourceView, sourceList, sourceView } from "./views/sources.ts";
export { type WebEditorOptions, webEditorConfig } from "./web-editor-config.ts";
