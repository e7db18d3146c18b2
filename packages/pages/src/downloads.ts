// The open data the site offers at stable URLs: the JSON export, one CSV per table, and the JSON
// Schemas. The bytes are the ones `styrdok export` writes, so a download and a local export agree.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { csvText, exportJson, schemaDirectory, toCsvTables, toExport } from "@styrdok/core";
import { sizeText } from "./format.ts";
import type { Site } from "./site.ts";
import { siteUrl } from "./urls.ts";

export interface Download {
  /** The file's URL on the site (below the site's base); stable, part of the export contract. */
  url: string;
  name: string;
  description: string;
  contentType: string;
  body: string;
  /** The file's size for people, e.g. "12 kB". */
  size: string;
}

const tableDescriptions: Record<string, string> = {
  "documents.csv": "Dokumenten: slag, län, status, giltighet, vad de ersätter.",
  "chapters.csv": "Dokumentens kapitel i läsordning.",
  "goals.csv": "Mål på alla nivåer, med överordnat mål och nationella mål.",
  "measures.csv": "Åtgärder, åtaganden och insatser med mål, ansvariga och tidsram.",
  "responsibilities.csv": "Ansvar: vilken aktör som ska, bör eller kan göra vad, för vilka och på vilken grund.",
  "actors.csv": "Aktörsregistret.",
  "indicators.csv": "Indikatorer, en rad per redovisat värde.",
  "definitions.csv": "Definitioner av våldsformer och begrepp.",
  "events.csv": "Händelser i dokumentens tidslinjer.",
  "sources.csv": "Lagar, föreskrifter och andra källor.",
  "frameworks.csv": "Nationella och internationella ramverk.",
  "framework-goals.csv": "Ramverkens mål.",
  "gaps.csv": "Luckor i källorna: det som gick förlorat.",
  "source-errors.csv": "Fel i källorna, med källans ord och rättelsen.",
  "measure-goal.csv": "Relation: åtgärd – mål.",
  "measure-actor.csv": "Relation: åtgärd – aktör, med roll.",
  "goal-framework-goal.csv": "Relation: mål – nationellt eller internationellt mål.",
  "legal-basis.csv": "Relation: ansvar och åtgärder – lagrum, ned till kapitel och paragraf.",
  "document-relations.csv": "Relation: dokument – dokument (ersätter, genomför, följer upp).",
};

function download(file: Omit<Download, "size">): Download {
  return { ...file, size: sizeText(Buffer.byteLength(file.body)) };
}

export interface Downloads {
  json: Download;
  csv: Download[];
  schemas: Download[];
}

// Several routes of one build ask for the downloads; the export is made once per site.
const made = new WeakMap<Site, Downloads>();

export function downloads(site: Site): Downloads {
  const cached = made.get(site);
  if (cached) return cached;
  // What the site publishes: no imported draft, no unconfirmed proposal.
  const data = toExport(site.published);
  const json = download({
    url: siteUrl("/data/styrdok.json"),
    name: "styrdok.json",
    description: "Hela innehållet som ett JSON-objekt, med relationerna.",
    contentType: "application/json; charset=utf-8",
    body: exportJson(data),
  });
  const csv = [...toCsvTables(data)].map(([name, table]) =>
    download({ url: siteUrl(`/data/csv/${name}`), name, description: tableDescriptions[name] ?? "", contentType: "text/csv; charset=utf-8", body: csvText(table) }),
  );
  const schemaDescriptions: Record<string, string> = {
    "export.schema.json": "Exportens form: kontraktet för styrdok.json.",
    "diff.schema.json": "Den semantiska jämförelsens form (styrdok diff --format json).",
  };
  const schemas = readdirSync(schemaDirectory)
    .filter((name) => name.endsWith(".schema.json"))
    .sort()
    .map((name) =>
      download({
        url: siteUrl(`/schemas/${name}`),
        name,
        description: schemaDescriptions[name] ?? `Schemat för innehållsfilerna (${name.replace(".schema.json", "")}).`,
        contentType: "application/schema+json; charset=utf-8",
        body: readFileSync(join(schemaDirectory, name), "utf8"),
      }),
    );
  const result = { json, csv, schemas };
  made.set(site, result);
  return result;
}
