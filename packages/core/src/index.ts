// @styrdok/core: content files → parsed files → validated model → findings and exports.
export { loadContent, loadEntry, type LoadOptions, type Content } from "./load.ts";
export { readContentFiles, decodeInto, contentRootOf, MAX_FILE_BYTES } from "./files.ts";
export { parseContentFile, MAX_YAML_DEPTH, type ParsedFile, type Frontmatter } from "./parse.ts";
export { markdownProcessor, parseMarkdown, DEFAULT_PARSE_TIMEOUT_MS, type ParseOutcome, type ParsePoolOptions } from "./markdown.ts";
export { validateFrontmatter, schemaValidators, schemaDirectory, contentTypes, isPartialDate, toKebab, type ContentType } from "./schemas.ts";
export { buildCorpus, supersedingRelations, type ItemOfType, type ItemType, type Corpus, type CorpusReference, type ChapterItem, type DocumentItem, type FrameworkItem, type FrameworkGoalItem, type Located, type Origin, type ContentEntry } from "./model.ts";
export { checkCorpus, suggestId, type IdIndex } from "./checks.ts";
export { readBody, normalizeText, containsWords, blockOfText, type Body, type BodyBlock, type BodyFootnote, type Mention } from "./body.ts";
export { toExport, exportJson, type ExportInput } from "./export.ts";
export { buildGraph, type Graph, type GraphItem, type GraphNode, type Relation, type ActorVia } from "./graph.ts";
export { relationsOf, actorInvolvement, citationsOf, provisionLabel, frameworkCoverage, labelOf, supersedingDocuments, validityOf, type Provision, type RelationGroup, type Involvement, type ServingItem, type FrameworkGoalCoverage, type CountyCoverage } from "./queries.ts";
export { codes, report, renderFinding, severityOf, Finding, type Code, type FindingParams, type Lang, type PathStep, type Severity, type Place } from "./messages.ts";
export type * from "./generated/content-types.ts";
export { countyName, typeName, typePlural, typePhrase, fieldLabel, documentRelationLabel, validityWords, isValueOf } from "./labels.ts";
export * from "./generated/labels.ts";
export { firstDay, lastDay, today, validityOn, type Validity, type ValidityState, type ValidityFacts } from "./validity.ts";
export { nearest } from "./suggest.ts";
export { toCsvTables, csvText, type Table } from "./csv.ts";
