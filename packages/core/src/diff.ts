// The semantic diff: what a change does to the content's items, matched by their stable ids,
// never by position or by file. Two loaded contents in, one SemanticDiff out; reading revisions
// from git is git.ts's job, putting the diff into words is the reporters'.
import type { County } from "./generated/labels.ts";
import type { ItemType } from "./graph.ts";
import type { Content } from "./load.ts";

/** One side of a comparison: a revision's name, its commit, and the content read from it. */
export interface DiffSide {
  /** What the user named: "main", "HEAD~2", a commit; for the working tree, "" (the reporters name it). */
  name: string;
  /** The commit (40 hex digits); absent for the working tree. */
  commit?: string;
  content: Content;
}

export interface DiffOptions {
  /** Only items whose file (at either side, relative to the working directory) this accepts are reported; the effects are limited to them too. */
  inScope?: (file: string) => boolean;
}

/** A revision as the diff reports it. */
export interface RevisionInfo {
  name: string;
  commit?: string;
  /** Errors in the content at this revision (its findings are the validator's). */
  errors: number;
}

/** What happened to an item, by precedence: an id renamed beats modified, modified beats moved, moved beats reordered. */
export type ChangeKind = "added" | "removed" | "renamed" | "modified" | "moved" | "reordered";

/** A run of words in a word-level comparison: kept, inserted or deleted. */
export interface WordPart {
  op: "equal" | "insert" | "delete";
  text: string;
}

/** A field of an item that differs between the two sides. */
export interface FieldChange {
  /** The item's own field, as the schema names it ("text", "responsible", "legalBasis"). */
  field: string;
  /** The value before; absent when the field was added. */
  before?: unknown;
  /** The value after; absent when the field was removed. */
  after?: unknown;
  /** For text: the comparison word by word (Swedish words kept whole). */
  words?: WordPart[];
  /** For fields that hold references: the ids gained and lost. */
  referencesAdded?: string[];
  referencesRemoved?: string[];
}

/** Where an item stands in the structure of its document. */
export interface Placement {
  document?: string;
  chapter?: string;
  /** The parent goal (goals) or parent actor (actors), where it has one. */
  parent?: string;
}

export interface Location {
  file: string;
  line: number;
  column: number;
}

export interface ItemChange {
  kind: ChangeKind;
  id: string;
  type: ItemType;
  /** The item's label as readers see it (title, or the first words of its text): after the change, or before it for a removed item. */
  label: string;
  document?: string;
  chapter?: string;
  /** For "renamed": the id the item had before (the content is the same or nearly so). */
  previousId?: string;
  /** Field by field, for every kind but added and removed. */
  fields: FieldChange[];
  /** When it moved to another document, chapter or parent. */
  moved?: { from: Placement; to: Placement };
  /** When its position among its siblings changed relative to them (not only because others came or went); positions from 1. */
  reordered?: { from: number; to: number };
  /** When its number in the document (`label`, such as "1.2") changed. */
  renumbered?: { from?: string; to?: string };
  /** Where it stood (absent when added) and stands (absent when removed). */
  before?: Location;
  after?: Location;
}

/** An item that names an actor as responsible, partner or bearer of a responsibility. */
export interface ActorEffectItem {
  id: string;
  type: ItemType;
  /** The field that names the actor: "actor", "responsible", "partners". */
  field: string;
  document?: string;
  label: string;
}

/** Per actor: the responsibilities and measures that name it, gained and lost. */
export interface ActorEffect {
  actor: string;
  label: string;
  gained: ActorEffectItem[];
  lost: ActorEffectItem[];
}

/** A goal or measure that serves a framework goal (directly or through a goal above it). */
export interface CoverageEffectItem {
  id: string;
  type: ItemType;
  document?: string;
  counties: County[];
  label: string;
}

/** Per framework goal (national or international): the goals and measures serving it, gained and lost, and the counties that gained or lost all coverage. */
export interface CoverageEffect {
  frameworkGoal: string;
  framework: string;
  label: string;
  gained: CoverageEffectItem[];
  lost: CoverageEffectItem[];
  countiesGained: County[];
  countiesLost: County[];
}

export interface DiffSummary {
  /** Count of item changes per kind. */
  byKind: Record<ChangeKind, number>;
  /** Count of item changes per item type and kind (only types with changes). */
  byType: Array<{ type: ItemType; counts: Partial<Record<ChangeKind, number>> }>;
  /** Count of item changes per document (registry items under none), in the order of the changes. */
  byDocument: Array<{ document?: string; label: string; counts: Partial<Record<ChangeKind, number>> }>;
}

export interface SemanticDiff {
  format: "styrdok-diff";
  version: 1;
  before: RevisionInfo;
  after: RevisionInfo;
  summary: DiffSummary;
  /** Every changed item: by document in file order, then the registries; within them in the order of the after side (removed items where they stood). */
  changes: ItemChange[];
  effects: { actors: ActorEffect[]; frameworkGoals: CoverageEffect[] };
  /** Files renamed with their content unchanged: no semantic change, listed for the record. */
  renamedFiles: Array<{ from: string; to: string }>;
  /** Files whose items could not be compared, because the file has errors at one revision. */
  unreadable: Array<{ side: "before" | "after"; file: string; errors: number }>;
}

/** The semantic difference between two loaded contents. Pure: reads only the two contents. */
export function diffContents(_before: DiffSide, _after: DiffSide, _options: DiffOptions = {}): SemanticDiff {
  throw new Error("diffContents: not built yet");
}
