// Atom 1.0 feeds of the content's changes: site-wide, and per county for the offices that follow
// their own county. The same content and history give the same bytes: no build time anywhere,
// ids that never change, and the feed's `updated` is its newest entry's.
import { type County, countyName } from "@styrdok/core";
import type { Change } from "./history.ts";
import type { Site } from "./site.ts";
import { absoluteUrl, changesFeedUrl, changesUrl, changeUrl, countyUrl } from "./urls.ts";
import { authorText, countsText, subjectText } from "./views/changes.ts";

/** The feed of every change, or of the changes that touched a county's documents. */
export function changesFeed(site: Site, county?: County): string {
  const { changes } = site.history;
  const entries = county ? changes.filter((change) => change.documents.some((document) => document.counties.includes(county))) : changes;
  const title = county ? `Ändringar i styrdokumenten för ${countyName(county)}` : "Ändringar i styrdokumenten";
  const id = county ? `urn:styrdok:andringar:lan:${county}` : "urn:styrdok:andringar";
  // A feed must say when it last changed: its newest entry, else the newest change of all, else
  // (no history at all) the day the site judges validity by, which STYRDOK_TODAY fixes.
  const updated = newest(entries) ?? newest(changes) ?? `${site.today}T00:00:00Z`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    `  <id>${id}</id>`,
    `  <title>${xmlText(title)}</title>`,
    `  <subtitle>${xmlText(county ? `Ändringar som rör dokument i ${countyName(county)}, nyast först.` : "Ändringar i innehållet, nyast först.")}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(absoluteUrl(changesFeedUrl(county)))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(absoluteUrl(county ? countyUrl(county) : changesUrl()))}"/>`,
    "  <author><name>styrdok</name></author>",
    ...entries.flatMap((change) => entry(change, county)),
    "</feed>",
    "",
  ];
  return lines.join("\n");
}

/** The latest date among the changes: commits are listed in the branch's order, and a rebased commit keeps its older date. */
function newest(changes: Change[]): string | undefined {
  return changes.map((change) => change.date).reduce<string | undefined>((latest, date) => (latest === undefined || Date.parse(date) > Date.parse(latest) ? date : latest), undefined);
}

function entry(change: Change, county: County | undefined): string[] {
  const documents = county ? change.documents.filter((document) => document.counties.includes(county)) : change.documents;
  const byDocument = documents.map((document) => {
    const counts = change.diff.summary.byDocument.find((entry) => entry.document === document.id)?.counts ?? {};
    return `${document.title}: ${countsText(counts)}${document.unreadable > 0 ? ` (${document.unreadable} ${document.unreadable === 1 ? "fil" : "filer"} kunde inte läsas)` : ""}`;
  });
  const summary = [`${countsText(change.diff.summary.byKind)}.`, ...byDocument.map((line) => `${line}.`)].join(" ");
  return [
    "  <entry>",
    `    <id>urn:styrdok:andring:${change.commit}</id>`,
    `    <title>${xmlText(subjectText(change))}</title>`,
    `    <updated>${change.date}</updated>`,
    `    <author><name>${xmlText(authorText(change))}</name></author>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(absoluteUrl(changeUrl(change.short)))}"/>`,
    `    <summary type="text">${xmlText(summary)}</summary>`,
    "  </entry>",
  ];
}

/** Text as XML character data: markup escaped, and the characters XML 1.0 cannot hold dropped. */
function xmlText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML 1.0 forbids are what this removes.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
      .replaceAll("&", "&amp;")
      .replaceAll("<", "&lt;")
      .replaceAll(">", "&gt;")
      .replaceAll('"', "&quot;")
  );
}
