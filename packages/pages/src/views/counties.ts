// The counties: the index of counties with documents, and a county's page with its documents on
// a timeline and the actors that belong to it.
import { type County, countyName, enumLabels } from "@styrdok/core";
import { capitalized } from "../format.ts";
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
    /** Per document: the years it covers, and where its bar starts on the axis and how long it is, in years. */
    rows: Array<{ document: DocumentSummary; from: number; to: number; open: boolean; offset: number; length: number }>;
  };
  actors: Array<{ kind: string; actors: Link[] }>;
}

export function countyView(site: Site, county: County): CountyView {
  const documents = documentList(site).filter((document) => document.counties.includes(county));
  const year = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);
  const current = Number(site.today.slice(0, 4));
  const rows = documents.filter((document) => document.from).map((document) => ({ document, from: year(document.from)!, to: year(document.to) ?? current, open: !document.to }));
  const kinds = new Map<string, Link[]>();
  for (const { item: actor } of site.graph.all("actor")) {
    if (!(actor.counties ?? []).includes(county)) continue;
    const kind = capitalized(enumLabels.ActorKind[actor.kind].title);
    (kinds.get(kind) ?? kinds.set(kind, []).get(kind)!).push(linkTo(site.graph, actor.id));
  }
  const from = Math.min(...rows.map((row) => row.from), current);
  const to = Math.max(...rows.map((row) => row.to), current);
  return {
    county,
    name: countyName(county),
    documents,
    timeline: { from, to, span: to - from + 1, rows: rows.map((row) => ({ ...row, offset: row.from - from, length: row.to - row.from + 1 })) },
    actors: [...kinds].map(([kind, list]) => ({ kind, actors: list.sort(byLabel) })).sort((a, b) => a.kind.localeCompare(b.kind, "sv")),
  };
}
