// A document as lists show it (the documents page, a county, the start page): what kind, where,
// when, and its status, derived from its dates and lineage (core's validity.ts): today's, and
// over all time.
import { type County, countyName, statusPeriodsOf, type ValidityState, validityOf, validityWords } from "@styrdok/core";
import { capitalized, labelFor, periodText } from "../format.ts";
import { byLabel, type Link, linkTo } from "../link.ts";
import type { Site } from "../site.ts";

/** A span of a document's status, as a page words it: "Gällande 2016–2019", "Ersatt från 2020". */
export interface StatusPeriodView {
  status: ValidityState;
  /** The status capitalised, "Gällande". */
  label: string;
  from?: string;
  to?: string;
  /** "2016–2019", "från 2020", "till och med 2015", "2024-10-01–2032-12-31"; empty for all time. */
  span: string;
  /** For a superseded span: the documents that replace it. */
  supersededBy: Link[];
}

export interface DocumentSummary extends Link {
  kind: string;
  counties: County[];
  /** The counties' names, e.g. "Dalarnas län". */
  countyNames: string[];
  period: string;
  /** Its status on the day the site is built, in words: "Gällande", "Ersatt". */
  status: string;
  validity: ValidityState;
  /** The documents that replace it on the day the site is built. */
  supersededBy: Link[];
  /** Its status over all time, from the first day it was in force (or of the first thing known). */
  periods: StatusPeriodView[];
  encoded: boolean;
  from?: string;
  to?: string;
}

/** A first day as a span starts it: a whole year where it starts one ("2020"), else the day. */
function startText(day: string): string {
  return day.endsWith("-01-01") ? day.slice(0, 4) : day;
}

/** A last day as a span ends it: a whole year where it ends one ("2019"), else the day. */
function endText(day: string): string {
  return day.endsWith("-12-31") ? day.slice(0, 4) : day;
}

/** A span of days as readers write it: "2016–2019", "2019" (one year), "från 2020", "till och med 2015". */
export function spanText(from: string | undefined, to: string | undefined): string {
  if (from && to) {
    // Whole years read as years; a span that starts or ends mid-year gives both days.
    const whole = from.endsWith("-01-01") && to.endsWith("-12-31");
    if (!whole) return `${from}–${to}`;
    return startText(from) === endText(to) ? startText(from) : `${startText(from)}–${endText(to)}`;
  }
  if (from) return `från ${startText(from)}`;
  if (to) return `till och med ${endText(to)}`;
  return "";
}

export function documentSummary(site: Site, id: string): DocumentSummary {
  const { graph } = site;
  const document = graph.getOf("document", id)!.item;
  const today = validityOf(graph, id, site.today)!;
  const periods = statusPeriodsOf(graph, id)!.map((period) => ({
    status: period.status,
    label: capitalized(validityWords[period.status]),
    ...(period.from ? { from: period.from } : {}),
    ...(period.to ? { to: period.to } : {}),
    span: spanText(period.from, period.to),
    supersededBy: (period.supersededBy ?? []).map((successor) => linkTo(graph, successor.document)),
  }));
  return {
    ...linkTo(graph, id),
    kind: labelFor("DocumentKind", document.kind),
    counties: document.counties,
    countyNames: document.counties.map(countyName),
    period: periodText(document.validity),
    status: capitalized(validityWords[today.state]),
    validity: today.state,
    supersededBy: today.supersededBy.map((successor) => linkTo(graph, successor.document)),
    // "Kommande" before a known start says nothing a reader needs: the first in-force span says it.
    periods: periods.filter((period, index) => !(index === 0 && period.status === "upcoming" && period.from === undefined && periods.length > 1)),
    encoded: document.textAvailability !== "none",
    ...(document.validity?.from ? { from: document.validity.from } : {}),
    ...(document.validity?.to ? { to: document.validity.to } : {}),
  };
}

/** Every document, oldest first; a document without a known start comes last. */
export function documentList(site: Site): DocumentSummary[] {
  return site.graph
    .all("document")
    .map((document) => documentSummary(site, document.id))
    .sort((a, b) => (a.from ?? "9999").localeCompare(b.from ?? "9999") || byLabel(a, b));
}
