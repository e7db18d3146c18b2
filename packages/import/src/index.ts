// styrdok import: a PDF or its extracted text → a draft document folder, and a report of what
// was found, dropped and left for a person. Each stage is a pure function of the one before:
// read (source.ts) → clean (clean.ts) → propose (candidates.ts) → write (draft.ts).

export { type Candidates, proposeCandidates, type Registry, type RegistryEntry, registryOf } from "./candidates.ts";
export { type Block, type Cleaned, clean, type Dropped, type DropReason, FOOTNOTE_MARK, type Footnote, footnoteMark, type Words, withoutMarks } from "./clean.ts";
export { type Draft, type DraftChapter, type DraftOptions, placeOfLine, writeDraft } from "./draft.ts";
export type { ImportProblem, ImportProblemCode, ImportProblemParams } from "./problems.ts";
export { importReport } from "./report.ts";
export { isPdf, LIMITS, type ReadResult, readSource, type SourceLine, type SourceText } from "./source.ts";
export { wordsOf } from "./words.ts";
