// Whether a document is in force on a day: decided once, here, for the checks, the CLI and the
// site alike. Dates in the content are partial (2020, 2020-06, 2020-06-14); a period that ends
// "2020-02" ends on the last day of February 2020, and one that starts "2021" on 1 January.
import type { DocumentStatus } from "./generated/labels.ts";

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

export type ValidityState = "in-force" | "ended" | "upcoming" | "unknown";

export interface Validity {
  state: ValidityState;
  /** The first day of the validity, where the document gives its start. */
  from?: string;
  /** The last day of the validity, where the document gives its end. */
  to?: string;
}

/** What validity depends on: the document's own record, and whether another document replaces it. */
export interface ValidityFacts {
  status: DocumentStatus;
  validity?: { from?: string; to?: string };
  /** Documents that supersede or absorb this one. */
  supersededBy: readonly string[];
}

/**
 * A document's validity on a day (YYYY-MM-DD). It has ended when its status says so, when
 * another document replaces it, or when its last day has passed; it is upcoming before its
 * first day; it is in force when its status says so; otherwise it is unknown.
 */
export function validityOn(facts: ValidityFacts, today: string): Validity {
  const from = facts.validity?.from === undefined ? undefined : firstDay(facts.validity.from);
  const to = facts.validity?.to === undefined ? undefined : lastDay(facts.validity.to);
  const days = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  if (facts.status === "expired" || facts.status === "superseded" || facts.supersededBy.length > 0 || (to !== undefined && to < today)) return { state: "ended", ...days };
  if (from !== undefined && from > today) return { state: "upcoming", ...days };
  return { state: facts.status === "in-force" ? "in-force" : "unknown", ...days };
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
  return new Date(`${setting}T00:00:00Z`).toISOString().slice(0, 10) === setting ? setting : undefined;
}
