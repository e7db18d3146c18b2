// A document as lists show it (the documents page, a county, the start page): what kind, where,
// when, and whether it is in force today.
import { type County, countyName, supersedingDocuments, type ValidityState, validityOf } from "@styrdok/core";
import { labelFor, periodText } from "../format.ts";
import { byLabel, type Link, linkTo } from "../link.ts";
import type { Site } from "../site.ts";

export interface DocumentSummary extends Link {
  kind: string;
  counties: County[];
  /** The counties' names, e.g. "Dalarnas län". */
  countyNames: string[];
  period: string;
  status: string;
  validity: ValidityState;
  encoded: boolean;
  from?: string;
  to?: string;
}

export function documentSummary(site: Site, id: string): DocumentSummary {
  const document = site.graph.getOf("document", id)!.item;
  const superseded = supersedingDocuments(site.graph, id).length > 0;
  return {
    ...linkTo(site.graph, id),
    kind: labelFor("DocumentKind", document.kind),
    counties: document.counties,
    countyNames: document.counties.map(countyName),
    period: periodText(document.validity),
    // A record that does not know its status, but is superseded by another document, is "Ersatt".
    status: labelFor("DocumentStatus", document.status === "unknown" && superseded ? "superseded" : document.status),
    validity: validityOf(site.graph, id, site.today)!.state,
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
