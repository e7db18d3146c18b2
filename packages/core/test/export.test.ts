import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { loadContent, schemaValidators, toExport } from "../src/index.ts";
import { repositoryRoot } from "./paths.ts";

function exportSchemaValidator() {
  // The export schema references the content schemas; reuse the instance that holds them.
  const { ajv } = schemaValidators();
  return ajv.getSchema("export.schema.json")!;
}

async function exportOf(folder: string) {
  const result = await loadContent([folder], { cwd: repositoryRoot });
  expect(result.errors).toBe(0);
  return toExport(result);
}

describe("toExport", () => {
  it("satisfies the export schema and carries the contract fields", async () => {
    const data = await exportOf("test/fixtures/valid/plain");
    const validate = exportSchemaValidator();
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.documents[0]).toMatchObject({
      id: "exempel-strategi",
      type: "document",
      // Relative to the folder that holds the content folder, as `styrdok export` writes it.
      file: "plain/documents/exempel-strategi/index.md",
      line: 3,
      kind: "strategy",
      counties: ["dalarna"],
      validFrom: "2020-01-01",
      validTo: "2030-12-31",
      supersedes: [],
      chapters: ["exempel-strategi-mal"],
    });
    expect(data.measures[0]).toMatchObject({
      id: "exempel-strategi-atgard-1",
      type: "measure",
      document: "exempel-strategi",
      chapter: "exempel-strategi-mal",
      goals: ["exempel-strategi-mal-1"],
      responsible: ["polismyndigheten"],
      partners: [],
    });
    expect(data.goals[0]).toMatchObject({ parent: null, level: "mal", text: "Våldet ska upphöra.", frameworkGoals: [] });
    expect(data.chapters[0]!.footnotes).toEqual([{ label: "1", text: "Socialtjänstlagen (2001:453).", sources: ["socialtjanstlagen"], documents: [] }]);
    expect(data.chapters[0]!.body).toContain("Som [åtgärd](#exempel-strategi-atgard-1) gäller att Polisen utbildar all personal.[^1]");
  });

  it("is the same for CRLF and BOM twins of the same content, apart from file paths", async () => {
    const strip = (value: unknown) =>
      JSON.stringify(value)
        .replace(/"(plain|crlf|bom)\//g, '"')
        .replaceAll("\\r\\n", "\\n");
    const plain = strip(await exportOf("test/fixtures/valid/plain"));
    expect(strip(await exportOf("test/fixtures/valid/crlf"))).toBe(plain);
    expect(strip(await exportOf("test/fixtures/valid/bom"))).toBe(plain);
  });

  it("is byte-for-byte deterministic", async () => {
    const first = JSON.stringify(await exportOf("test/fixtures/valid/plain"));
    const second = JSON.stringify(await exportOf("test/fixtures/valid/plain"));
    expect(second).toBe(first);
  });

  it("gives each document its status over all time, so that a consumer can read the status on any day", async () => {
    const data = await exportOf("test/fixtures/lineage");
    const validate = exportSchemaValidator();
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const periods = (id: string) => data.documents.find((document) => document.id === id)!.statusPeriods;
    expect(periods("lan-strategi-2016")).toEqual([
      { status: "upcoming", from: null, to: "2015-12-31", basis: "period" },
      { status: "in-force", from: "2016-01-01", to: "2019-12-31", basis: "period" },
      { status: "superseded", from: "2020-01-01", to: null, basis: "successor", supersededBy: [{ document: "lan-strategi-2020", from: "2020-01-01" }] },
    ]);
    expect(periods("lan-strategi-2020")).toEqual([
      { status: "upcoming", from: null, to: "2019-12-31", basis: "period" },
      { status: "in-force", from: "2020-01-01", to: "2026-12-31", basis: "period" },
      { status: "ended", from: "2027-01-01", to: null, basis: "period" },
    ]);
    // The status on a day, found as any consumer would: the period whose ends hold the day.
    const on = (id: string, day: string) => periods(id).find((period) => (period.from ?? "") <= day && day <= (period.to ?? "9999-12-31"))!.status;
    expect([on("lan-strategi-2016", "2019-06-01"), on("lan-strategi-2016", "2021-06-01"), on("lan-strategi-2020", "2021-06-01")]).toEqual(["in-force", "superseded", "in-force"]);
  });

  it("carries the item an item continues, and the relation, as the content gives them", async () => {
    const data = await exportOf("test/fixtures/lineage");
    expect(data.goals.find((goal) => goal.id === "lan-strategi-2020-mal-1")).toMatchObject({ continues: "lan-strategi-2016-mal-1" });
    expect(data.goals.find((goal) => goal.id === "lan-strategi-2016-mal-1")).not.toHaveProperty("continues");
    expect(data.measures.find((measure) => measure.id === "lan-strategi-2020-atgard-1")).toMatchObject({ continues: "lan-strategi-2016-atgard-1" });
    expect(data.relations.filter((relation) => relation.field === "continues").map((relation) => [relation.from, relation.to])).toEqual([
      ["lan-strategi-2020-mal-1", "lan-strategi-2016-mal-1"],
      ["lan-strategi-2020-atgard-1", "lan-strategi-2016-atgard-1"],
    ]);
  });

  it("is described by a schema that itself is valid JSON Schema 2020-12", () => {
    const schema = JSON.parse(readFileSync(`${repositoryRoot}/schemas/export.schema.json`, "utf8"));
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validateSchema(schema)).toBe(true);
  });
});

import { csvText } from "../src/csv.ts";

describe("csvText", () => {
  it("keeps spreadsheets from running a text as a formula", () => {
    const text = csvText({
      columns: ["a", "b"],
      rows: [
        { a: '=HYPERLINK("x")', b: 5 },
        { a: "-1 är text", b: -1 },
      ],
    });
    expect(text).toBe('\ufeffa,b\r\n"\'=HYPERLINK(""x"")",5\r\n\'-1 är text,-1\r\n');
  });
});
