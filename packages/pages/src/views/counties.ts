// The counties: the index of counties with documents, and a county's page with its documents on
// a timeline of their status over the years, which of them were in force on a day (the build
// day, the start of each year, and any day a reader picks), and the actors that belong to it.
import { type County, countyName, enumLabels, type ValidityState } from "@styrdok/core";
import { capitalized } from "../format.ts";
import { encodeSpans, inForceSummary, inSpans, swedishDay } from "../in-force.ts";
import { byLabel, type Link, linkTo } from "../link.ts";
import type { Site } from "../site.ts";
import { countyUrl } from "../urls.ts";
import { type DocumentSummary, documentList } from "./document-summary.ts";

export interface CountyLink {
  county: County;
  name: string;
  url: string;
  documents: number;
}

/** The counties that have documents, by name, with how many. */
export function countiesWithDocuments(site: Site): CountyLink[] {
  const counties = new Map<County, number>();
  for (const { item: document } of site.graph.all("document")) for (const county of document.counties) counties.set(county, (counties.get(county) ?? 0) + 1);
  return [...counties].map(([county, documents]) => ({ county, name: countyName(county), url: countyUrl(county), documents })).sort((a, b) => a.name.localeCompare(b.name, "sv"));
}

/** A stretch of one status on a timeline row, in days from the start of the axis. */
export interface TimelineSegment {
  status: ValidityState;
  x: number;
  width: number;
}

export interface CountyView {
  county: County;
  name: string;
  documents: DocumentSummary[];
  /** Years the timeline spans and, per document, the years it covers. */
  timeline: {
    from: number;
    to: number;
    /** Years from the first to the last, inclusive: the width of the time axis. */
    span: number;
    /** Days from 1 January of the first year to 31 December of the last: the width of the axis in days. */
    days: number;
    /** Per document: the years it covers, and where its bar starts on the axis and how long it is, in years. */
    rows: Array<{
      document: DocumentSummary;
      from: number;
      to: number;
      open: boolean;
      offset: number;
      length: number;
      /** Its status over the years the axis shows ("gällande 2016–2019, ersatt från 2020"), and as bars. */
      statusText: string;
      segments: TimelineSegment[];
    }>;
    /** The statuses the bars show, for the legend. */
    legend: Array<{ status: ValidityState; label: string }>;
  };
  inForce: InForceView;
  actors: Array<{ kind: string; actors: Link[] }>;
}

/** Which of the county's documents were in force on a day: the build day first, any day with the page's script. */
export interface InForceView {
  /** The day the page shows (the build day), YYYY-MM-DD and in words. */
  day: string;
  dayText: string;
  /** "Gällande den 22 november 2026: 3 av länets 8 dokument." */
  summary: string;
  /** Every document of the county, with the days it is in force as the page carries them ("from/to …"). */
  documents: Array<{ document: DocumentSummary; spans: string; inForce: boolean }>;
  /** At the start of each year of the timeline, the documents in force. */
  yearStarts: Array<{ year: number; documents: Link[] }>;
}

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

export function countyView(site: Site, county: County): CountyView {
  const documents = documentList(site).filter((document) => document.counties.includes(county));
  const year = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);
  const current = Number(site.today.slice(0, 4));
  const dated = documents.filter((document) => document.from).map((document) => ({ document, from: year(document.from)!, to: year(document.to) ?? current, open: !document.to }));
  const kinds = new Map<string, Link[]>();
  for (const { item: actor } of site.graph.all("actor")) {
    if (!(actor.counties ?? []).includes(county)) continue;
    const kind = capitalized(enumLabels.ActorKind[actor.kind].title);
    (kinds.get(kind) ?? kinds.set(kind, []).get(kind)!).push(linkTo(site.graph, actor.id));
  }
  const from = Math.min(...dated.map((row) => row.from), current);
  const to = Math.max(...dated.map((row) => row.to), current);
  const axisStart = `${from}-01-01`;
  const axisEnd = `${to}-12-31`;
  const days = daysBetween(axisStart, axisEnd) + 1;
  const rows = dated.map((row) => {
    // What the axis shows of each status; before its start a document is only "upcoming", which is not drawn.
    const shown = row.document.periods.filter((period) => period.status !== "upcoming" && (period.to ?? axisEnd) >= axisStart && (period.from ?? axisStart) <= axisEnd);
    const segments = shown.map((period) => {
      const start = period.from && period.from > axisStart ? period.from : axisStart;
      const end = period.to && period.to < axisEnd ? period.to : axisEnd;
      return { status: period.status, x: daysBetween(axisStart, start), width: daysBetween(start, end) + 1 };
    });
    const statusText = shown.map((period) => [period.label.toLocaleLowerCase("sv"), period.span].filter(Boolean).join(" ")).join(", ");
    return { ...row, offset: row.from - from, length: row.to - row.from + 1, statusText, segments };
  });
  const shownStatuses = new Set(rows.flatMap((row) => row.segments.map((segment) => segment.status)));
  const legendOrder: ValidityState[] = ["in-force", "ended", "superseded", "unknown"];

  const inForceSpans = documents.map((document) => ({
    document,
    spans: document.periods.filter((period) => period.status === "in-force").map((period) => ({ ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) })),
  }));
  const inForceToday = inForceSpans.filter((entry) => inSpans(entry.spans, site.today));
  const yearStarts: InForceView["yearStarts"] = [];
  for (let each = from; each <= to; each++) {
    yearStarts.push({ year: each, documents: inForceSpans.filter((entry) => inSpans(entry.spans, `${each}-01-01`)).map((entry) => linkTo(site.graph, entry.document.id)) });
  }

  return {
    county,
    name: countyName(county),
    documents,
    timeline: {
      from,
      to,
      span: to - from + 1,
      days,
      rows,
      legend: legendOrder
        .filter((status) => shownStatuses.has(status))
        .map((status) => ({ status, label: documents.flatMap((document) => document.periods).find((period) => period.status === status)!.label })),
    },
    inForce: {
      day: site.today,
      dayText: swedishDay(site.today),
      summary: inForceSummary(inForceToday.length, documents.length, site.today),
      documents: inForceSpans.map((entry) => ({ document: entry.document, spans: encodeSpans(entry.spans), inForce: inSpans(entry.spans, site.today) })),
      yearStarts,
    },
    actors: [...kinds].map(([kind, list]) => ({ kind, actors: list.sort(byLabel) })).sort((a, b) => a.kind.localeCompare(b.kind, "sv")),
  };
}
