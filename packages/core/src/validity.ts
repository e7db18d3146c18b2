// A document's status on any day, derived from its dates and its lineage, decided once, here,
// for the checks, the CLI, the export and the site alike. Dates in the content are partial
// (2020, 2020-06, 2020-06-14); a period that ends "2020-02" ends on the last day of February 2020,
// and one that starts "2021" on 1 January.
//
// The status is never the typed `status` of the document: that is the editor's statement of the
// document's state, and is used only for the days its dates leave open. How the days are judged:
// - before the document's first day it is upcoming; after its last day it has ended;
// - between them it is in force (a draft never is);
// - from the first day of a document that supersedes or absorbs it, it is superseded. That day is
//   the successor's own start (see `documentStart`). A successor that gives no start replaces it
//   from the day after its own last day; when that is unknown too, nothing tells when, and it
//   counts as superseded on every day from its own start;
// - a day that the dates leave open (no first or no last day, or neither) takes the typed status:
//   in-force, expired (ended), superseded, or unknown (a draft is unknown). A typed "superseded"
//   of a document whose successors the content names means it was in force until they came.
import type { DocumentStatus, ValidityBasis, ValidityState } from "./generated/labels.ts";

// The states and their bases are enumerations of the export's schema, which gives their words.
export type { ValidityBasis, ValidityState };

/** The first day a partial date covers: 2020 → 2020-01-01, 2020-06 → 2020-06-01. */
export function firstDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a partial date covers: 2020 → 2020-12-31, 2020-02 → 2020-02-29. */
export function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split("-").map(Number);
    return `${date}-${String(new Date(Date.UTC(year!, month!, 0)).getUTCDate()).padStart(2, "0")}`;
  }
  return date;
}

/** The day after or before a day (YYYY-MM-DD), in UTC. */
function nextDay(day: string, step: 1 | -1 = 1): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + step);
  return date.toISOString().slice(0, 10);
}

/** A document that supersedes or absorbs another, with its own first day where it gives one. */
export interface Successor {
  document: string;
  /** The successor's first day (YYYY-MM-DD), where it gives a start. */
  from?: string;
}

/** A span of days with one status: from its first day to its last, either open where absent. */
export interface StatusPeriod {
  status: ValidityState;
  from?: string;
  to?: string;
  basis: ValidityBasis;
  /** For a superseded period: the documents that replace it by then. */
  supersededBy?: Successor[];
}

/** A document's status on one day, and why. */
export interface Validity {
  state: ValidityState;
  /** The first day of the document's own validity, where it gives a start. */
  from?: string;
  /** The last day of the document's own validity, where it gives an end. */
  to?: string;
  /** The first and last day of the span in which this state holds, where they are known. */
  since?: string;
  until?: string;
  basis: ValidityBasis;
  /** The documents that replace it on that day (empty unless superseded). */
  supersededBy: Successor[];
}

/** What validity depends on: the document's own record, and the documents that replace it. */
export interface ValidityFacts {
  status: DocumentStatus;
  validity?: { from?: string; to?: string };
  /** The document's dated history, for its start where `validity.from` is absent. */
  dates?: ReadonlyArray<{ kind: string; date?: string }>;
  /** Documents that supersede or absorb this one, each with its own first day where known. */
  supersededBy: readonly Successor[];
}

/** Kinds of date, in order of preference, that mark the day a document took effect when its validity does not say. */
const startKinds = [["in-force"], ["adopted", "decided", "approved", "signed"]] as const;

/**
 * A document's first day: its `validity.from`; failing that, the day its `dates` say it came into
 * force; failing that, the earliest day it was adopted, decided, approved or signed.
 */
export function documentStart(document: Pick<ValidityFacts, "validity" | "dates">): string | undefined {
  if (document.validity?.from !== undefined) return firstDay(document.validity.from);
  for (const kinds of startKinds) {
    const days = (document.dates ?? []).flatMap((entry) => ((kinds as readonly string[]).includes(entry.kind) && entry.date ? [firstDay(entry.date)] : []));
    if (days.length > 0) return days.sort()[0];
  }
  return undefined;
}

/**
 * The document's status over all time, as consecutive periods from the open past to the open
 * future: the same answer as `validityOn` for every day, in a form that needs no date to read.
 */
export function statusPeriods(facts: ValidityFacts): StatusPeriod[] {
  const start = documentStart(facts);
  const end = facts.validity?.to === undefined ? undefined : lastDay(facts.validity.to);
  // The day each successor replaces it: its own start; else the day after this one's end.
  const effective = facts.supersededBy.map((successor) => ({ successor, day: successor.from ?? (end ? nextDay(end) : undefined) }));
  const timed = effective.filter((entry): entry is { successor: Successor; day: string } => entry.day !== undefined).sort((a, b) => a.day.localeCompare(b.day));
  const untimed = effective.filter((entry) => entry.day === undefined).map((entry) => entry.successor);
  // With only successors that tell nothing of when, it is superseded from its own start, or always.
  const alwaysSuperseded = timed.length === 0 && untimed.length > 0 && start === undefined;
  const supersededSince = timed.length > 0 ? timed.map((entry) => entry.day).sort()[0] : untimed.length > 0 ? start : undefined;

  const stateAt = (day: string): Omit<StatusPeriod, "from" | "to"> => {
    if (alwaysSuperseded || (supersededSince !== undefined && day >= supersededSince)) {
      const by = [...timed.filter((entry) => entry.day <= day).map((entry) => entry.successor), ...untimed];
      return { status: "superseded", basis: "successor", supersededBy: by };
    }
    // A typed "superseded" speaks of the successors the content names, where it names any: they decide when.
    const replacedUnnamed = facts.status === "superseded" && facts.supersededBy.length === 0;
    if (end !== undefined && day > end) return replacedUnnamed ? { status: "superseded", basis: "status", supersededBy: [] } : { status: "ended", basis: "period" };
    if (start !== undefined && day < start) return { status: "upcoming", basis: "period" };
    if (facts.status === "draft") return { status: "unknown", basis: "status" };
    if (start !== undefined && end !== undefined) return { status: "in-force", basis: "period" };
    // A known last day not yet passed: it has not ended, whatever the typed status says of later days.
    if (end !== undefined) return facts.status === "unknown" ? { status: "unknown", basis: "status" } : { status: "in-force", basis: "period" };
    const typed: Record<Exclude<DocumentStatus, "draft">, ValidityState> = { "in-force": "in-force", expired: "ended", superseded: replacedUnnamed ? "superseded" : "in-force", unknown: "unknown" };
    const status = typed[facts.status];
    return { status, basis: "status", ...(status === "superseded" ? { supersededBy: [] } : {}) };
  };

  const boundaries = [...new Set([start, end === undefined ? undefined : nextDay(end), ...timed.map((entry) => entry.day)].filter((day): day is string => day !== undefined))].sort();
  // One period before the first boundary, then one from each boundary; neighbours that agree merge.
  const spans: Array<{ from?: string; to?: string; probe: string }> =
    boundaries.length === 0
      ? [{ probe: "0001-01-01" }]
      : [
          { to: nextDay(boundaries[0]!, -1), probe: nextDay(boundaries[0]!, -1) },
          ...boundaries.map((day, index) => ({ from: day, ...(boundaries[index + 1] ? { to: nextDay(boundaries[index + 1]!, -1) } : {}), probe: day })),
        ];
  const periods: StatusPeriod[] = [];
  for (const span of spans) {
    const state = stateAt(span.probe);
    const previous = periods.at(-1);
    const same =
      previous &&
      previous.status === state.status &&
      previous.basis === state.basis &&
      JSON.stringify(previous.supersededBy?.map((successor) => successor.document)) === JSON.stringify(state.supersededBy?.map((successor) => successor.document));
    if (same) {
      if (span.to === undefined) delete previous.to;
      else previous.to = span.to;
      continue;
    }
    periods.push({
      status: state.status,
      ...(span.from ? { from: span.from } : {}),
      ...(span.to ? { to: span.to } : {}),
      basis: state.basis,
      ...(state.supersededBy ? { supersededBy: state.supersededBy } : {}),
    });
  }
  return periods;
}

/** A document's status on a day (YYYY-MM-DD), with the span it holds in and what decided it. */
export function validityOn(facts: ValidityFacts, day: string): Validity {
  const period = statusPeriods(facts).find((candidate) => (candidate.from === undefined || candidate.from <= day) && (candidate.to === undefined || day <= candidate.to))!;
  const from = documentStart(facts);
  const to = facts.validity?.to === undefined ? undefined : lastDay(facts.validity.to);
  return {
    state: period.status,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(period.from ? { since: period.from } : {}),
    ...(period.to ? { until: period.to } : {}),
    basis: period.basis,
    supersededBy: period.supersededBy ?? [],
  };
}

/** Today as YYYY-MM-DD, in UTC like every date the content compares with. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The day a setting such as STYRDOK_TODAY names, when it names one (YYYY-MM-DD, a day that
 * exists); undefined otherwise, so that the caller falls back to today.
 */
export function dayOf(setting: string | undefined): string | undefined {
  if (setting === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(setting)) return undefined;
  // A month past 12 makes no date at all; 30 February rolls over into March: neither is the day written.
  const date = new Date(`${setting}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === setting ? setting : undefined;
}
