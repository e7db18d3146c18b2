// The export as CSV, for people who work in spreadsheets: one table per collection plus the
// relation tables, derived from the JSON export so that both say the same thing. Every table
// has a header row, a fixed column order and the JSON export's row order. Files are UTF-8 with
// a byte-order mark and CRLF line endings, which is what Excel needs to read å, ä, ö.
import { stringify } from "csv-stringify/sync";
import type { StyrdokExport } from "./generated/content-types.ts";
import { provisionLabel } from "./queries.ts";

type Cell = string | number | boolean | null | undefined | readonly unknown[];
type Row = Record<string, Cell>;
export interface Table {
  columns: string[];
  rows: readonly object[];
}

const join = (values: readonly unknown[] | undefined) => (values ?? []).map(String).join("; ");

/**
 * A cell's text. A text that starts like a formula (= + - @) gets a leading apostrophe, which
 * spreadsheets show as plain text instead of running it (CSV injection).
 */
function cell(value: Cell): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? join(value) : String(value);
  return typeof value === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function table(columns: string[], rows: readonly object[]): Table {
  return { columns, rows };
}

const located = ["file", "line"];

export function toCsvTables(data: StyrdokExport): Map<string, Table> {
  const tables = new Map<string, Table>();
  tables.set(
    "documents.csv",
    table(
      ["id", "kind", "title", "counties", "status", "textAvailability", "validFrom", "validTo", "supersedes", "supersededBy", "chapters", ...located],
      data.documents.map((document) => ({ ...document, chapters: document.chapters.length })),
    ),
  );
  tables.set("chapters.csv", table(["id", "document", "order", "label", "title", "appendix", ...located], data.chapters));
  tables.set("goals.csv", table(["id", "document", "chapter", "level", "label", "group", "text", "parent", "frameworkGoals", ...located], data.goals));
  tables.set(
    "measures.csv",
    table(
      ["id", "document", "chapter", "kind", "label", "group", "text", "goals", "responsible", "partners", "timeframeFrom", "timeframeTo", "timeframeText", "frequency", "status", ...located],
      data.measures.map((measure) => ({ ...measure, timeframeFrom: measure.timeframe?.from, timeframeTo: measure.timeframe?.to, timeframeText: measure.timeframe?.text })),
    ),
  );
  tables.set(
    "responsibilities.csv",
    table(
      ["id", "document", "chapter", "actor", "unit", "actorLabel", "modality", "modalityText", "negated", "text", "condition", "targetGroups", "phases", "legalBasis", ...located],
      data.responsibilities.map((responsibility) => ({
        ...responsibility,
        legalBasis: responsibility.legalBasis.map((citation) => [citation.source, provisionLabel(citation)].filter(Boolean).join(" ")),
      })),
    ),
  );
  tables.set("actors.csv", table(["id", "name", "shortName", "kind", "counties", "parent", "members", "predecessors", "successors", "established", "dissolved", "aliases", ...located], data.actors));
  tables.set(
    "indicators.csv",
    table(
      [
        "indicator",
        "document",
        "chapter",
        "kind",
        "text",
        "theme",
        "goals",
        "dataSource",
        "observation",
        "value",
        "valueMax",
        "unit",
        "counted",
        "observationText",
        "periodFrom",
        "periodTo",
        "periodText",
        "population",
        "respondents",
        "area",
        "qualifier",
        "qualifierText",
        ...located,
      ],
      data.indicators.flatMap((indicator) => {
        const base = { ...indicator, indicator: indicator.id };
        if (indicator.observations.length === 0) return [base];
        return indicator.observations.map((observation, index) => ({
          ...base,
          observation: index + 1,
          value: observation.value,
          valueMax: observation.valueMax,
          unit: observation.unit,
          counted: observation.counted,
          observationText: observation.text,
          periodFrom: observation.period?.from,
          periodTo: observation.period?.to,
          periodText: observation.period?.text,
          population: observation.population,
          respondents: observation.respondents,
          area: observation.area,
          qualifier: observation.qualifier?.kind,
          qualifierText: observation.qualifier?.text,
        }));
      }),
    ),
  );
  tables.set("definitions.csv", table(["id", "document", "chapter", "kind", "term", "text", "sources", ...located], data.definitions));
  tables.set("events.csv", table(["id", "document", "chapter", "date", "text", "actors", ...located], data.events));
  tables.set("sources.csv", table(["id", "kind", "title", "abbreviation", "number", "authors", "publisher", "publisherName", "year", "url", "replacedBy", ...located], data.sources));
  tables.set("frameworks.csv", table(["id", "name", "shortName", "kind", "scope", "issuer", "goals", ...located], data.frameworks));
  tables.set("framework-goals.csv", table(["id", "framework", "label", "text", "parent", ...located], data.frameworkGoals));
  tables.set("gaps.csv", table(["id", "document", "chapter", "kind", "location", "description", "sourceText", ...located], data.gaps));
  tables.set("source-errors.csv", table(["id", "document", "chapter", "kind", "original", "correction", "conflictsWith", ...located], data.sourceErrors));

  // Relation tables: one row per link, for joins in a spreadsheet or a database.
  tables.set(
    "measure-goal.csv",
    table(
      ["measure", "goal", "basis"],
      data.measures.flatMap((measure) => measure.goals.map((goal) => ({ measure: measure.id, goal, basis: measure.goalsBasis }))),
    ),
  );
  tables.set(
    "measure-actor.csv",
    table(
      ["measure", "actor", "role"],
      data.measures.flatMap((measure) => [
        ...measure.responsible.map((actor) => ({ measure: measure.id, actor, role: "responsible" })),
        ...measure.partners.map((actor) => ({ measure: measure.id, actor, role: "partner" })),
      ]),
    ),
  );
  tables.set(
    "goal-framework-goal.csv",
    table(
      ["item", "itemType", "frameworkGoal", "basis", "note"],
      [
        ...data.goals.flatMap((goal) => goal.frameworkGoalLinks.map((link) => ({ item: goal.id, itemType: "goal", frameworkGoal: link.goal, basis: link.basis, note: link.note }))),
        ...data.measures.flatMap((measure) => measure.frameworkGoalLinks.map((link) => ({ item: measure.id, itemType: "measure", frameworkGoal: link.goal, basis: link.basis, note: link.note }))),
      ],
    ),
  );
  tables.set(
    "legal-basis.csv",
    table(
      ["item", "itemType", "source", "chapter", "section", "paragraph", "point", "article", "provision", "text"],
      [
        ...data.responsibilities.flatMap((item) => item.legalBasis.map((citation) => ({ item: item.id, itemType: "responsibility", ...citation, provision: provisionLabel(citation) }))),
        ...data.measures.flatMap((item) => item.legalBasis.map((citation) => ({ item: item.id, itemType: "measure", ...citation, provision: provisionLabel(citation) }))),
      ],
    ),
  );
  tables.set(
    "document-relations.csv",
    table(
      ["document", "relation", "target", "basis", "text"],
      data.documents.flatMap((document) =>
        (document.relations ?? []).map((relation) => ({ document: document.id, relation: relation.relation, target: relation.document, basis: relation.basis, text: relation.text })),
      ),
    ),
  );
  return tables;
}

/** One table as CSV text: BOM, header row, CRLF, quotes where a cell needs them. */
export function csvText(value: Table): string {
  return stringify(
    value.rows.map((row) => value.columns.map((column) => cell((row as Row)[column]))),
    { header: true, columns: value.columns, bom: true, record_delimiter: "windows" },
  );
}
