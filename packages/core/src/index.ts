// @styrdok/core: content files → parsed files → validated model → findings and exports.

export { type Body, type BodyBlock, type BodyFootnote, blockOfText, containsWords, type Mention, markdownEscaped, normalizeText, readBody } from "./body.ts";
export { CACHE_FOLDER, type CacheUse, ContentCache } from "./cache.ts";
export { type CheckState, checkCorpus, namesOf, recheckCorpus } from "./checks.ts";
export { csvText, type Table, toCsvTables } from "./csv.ts";
export {
  type ActorEffect,
  type ActorEffectItem,
  type ChangeKind,
  type CoverageEffect,
  type CoverageEffectItem,
  type DiffOptions,
  type DiffSide,
  type DiffSummary,
  diffContents,
  type FieldChange,
  type ItemChange,
  type Location,
  type Placement,
  type RevisionInfo,
  type SemanticDiff,
  type WordPart,
} from "./diff.ts";
export { type ExportInput, exportJson, toExport } from "./export.ts";
export { fieldTitle, fieldValueText } from "./field-words.ts";
export { contentFileOf, contentRootOf, decodeInto, defaultContentPath, isWithin, MAX_FILE_BYTES, readContentFiles } from "./files.ts";
export { findingGuide, type GuideFinding, type GuideGroup, guideFindings, guideGroupTitles } from "./finding-guide.ts";
export { FLOW_LIST_WIDTH, type FormatOutcome, formatContent } from "./format.ts";
export type * from "./generated/content-types.ts";
export * from "./generated/labels.ts";
export {
  type ContentCommit,
  contentHistory,
  foldersUnchanged,
  folderTrees,
  GitError,
  type GitProblem,
  isShallow,
  loadRevision,
  mergeBase,
  type RevisionLoadOptions,
  repositoryOf,
  resolveRevision,
  shallowBoundaries,
} from "./git.ts";
export { type ActorVia, buildGraph, type Graph, type GraphItem, type GraphNode, type Relation } from "./graph.ts";
export { capitalized, countyName, documentRelationLabel, fieldLabel, isValueOf, typeName, typePhrase, typePlural, validityLabel, validityWords } from "./labels.ts";
export { type Content, type KeptLoads, keptLoads, type LoadFilesOptions, type LoadOptions, loadContent, loadEntry, loadFiles } from "./load.ts";
export { DEFAULT_PARSE_TIMEOUT_MS, MAX_BODY_DEPTH, markdownProcessor, type ParseOutcome, type ParsePoolOptions, parseMarkdown } from "./markdown.ts";
export { type Code, codes, Finding, type FindingParams, type Lang, type PathStep, type Place, renderFinding, report, type Severity, severityOf } from "./messages.ts";
export {
  buildCorpus,
  type ChapterItem,
  type ContentEntry,
  type Corpus,
  type CorpusReference,
  type DocumentItem,
  type FrameworkGoalItem,
  type FrameworkItem,
  type ItemOfType,
  type ItemType,
  type Located,
  type Origin,
  supersedingRelations,
} from "./model.ts";
export { type Frontmatter, frontmatterPrefix, lazyParses, MAX_YAML_DEPTH, type ParsedFile, parseContentFile } from "./parse.ts";
export { publishedContent, publishedCorpus } from "./published.ts";
export {
  actorInvolvement,
  type CountyCoverage,
  citationsOf,
  type FrameworkGoalCoverage,
  frameworkCoverage,
  type Involvement,
  type InvolvementCounts,
  idOfName,
  idOfNearestName,
  involvementCounts,
  labelOf,
  type Provision,
  provisionLabel,
  type RelationGroup,
  relationsOf,
  type ServingItem,
  statusPeriodsOf,
  supersedingDocuments,
  validityFactsOf,
  validityOf,
} from "./queries.ts";
export { type ContentType, contentTypes, idWords, isPartialDate, schemaDirectory, schemaValidators, toKebab, validateFrontmatter } from "./schemas.ts";
export { nearest } from "./suggest.ts";
export {
  dayOf,
  documentStart,
  firstDay,
  lastDay,
  type StatusPeriod,
  type Successor,
  statusPeriods,
  today,
  type Validity,
  type ValidityFacts,
  validityOn,
} from "./validity.ts";
export { compareWords, normalizeMarkdown, normalizeProse } from "./words.ts";
