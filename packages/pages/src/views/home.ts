// The start page: what the site holds in numbers, the counties, the documents in force, and the
// latest changes to the content.
import type { Site } from "../site.ts";
import { changesFeedUrl, changesUrl } from "../urls.ts";
import { type ChangeEntry, latestChanges } from "./changes.ts";
import { type CountyLink, countiesWithDocuments } from "./counties.ts";
import { type DocumentSummary, documentList } from "./document-summary.ts";
import { measuringKinds } from "./indicators.ts";

export interface HomeView {
  counts: Array<{ count: string; label: string }>;
  counties: CountyLink[];
  inForce: DocumentSummary[];
  /** The newest changes to the content, from git (see history.ts). */
  changes: ChangeEntry[];
  changesUrl: string;
  feedUrl: string;
}

export function homeView(site: Site): HomeView {
  const { graph } = site;
  const documents = graph.all("document");
  const withText = documents.filter((document) => document.item.textAvailability !== "none").length;
  const indicators = graph.all("indicator");
  const entry = (count: number, singular: string, plural: string) => ({ count: count.toLocaleString("sv-SE"), label: count === 1 ? singular : plural });
  return {
    counts: [
      entry(withText, "dokument med text", "dokument med text"),
      entry(documents.length - withText, "dokument som bara nämns", "dokument som bara nämns"),
      entry(graph.all("goal").length, "mål", "mål"),
      entry(graph.all("measure").length, "åtgärd", "åtgärder"),
      entry(graph.all("responsibility").length, "ansvar", "ansvar"),
      entry(indicators.filter((indicator) => measuringKinds.has(indicator.item.kind)).length, "indikator", "indikatorer"),
      entry(indicators.filter((indicator) => !measuringKinds.has(indicator.item.kind)).length, "redovisad uppgift", "redovisade uppgifter"),
      entry(graph.all("actor").length, "aktör", "aktörer"),
    ],
    counties: countiesWithDocuments(site),
    inForce: documentList(site).filter((document) => document.validity === "in-force" && document.encoded),
    changes: latestChanges(site),
    changesUrl: changesUrl(),
    feedUrl: changesFeedUrl(),
  };
}
