// The schemas are documentation for editors as much as validation: every property says what
// it is, in Swedish, and no object accepts fields it does not describe.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaDirectory } from "../src/index.ts";

const files = readdirSync(schemaDirectory).filter((name) => name.endsWith(".schema.json"));

function problems(schema: unknown, path: string, found: string[]): string[] {
  if (Array.isArray(schema)) for (const [index, child] of schema.entries()) problems(child, `${path}/${index}`, found);
  if (schema === null || typeof schema !== "object") return found;
  const node = schema as Record<string, unknown>;
  if (node.properties) {
    for (const [key, property] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) {
      const described = typeof property.title === "string" && typeof property.description === "string";
      const viaRef = typeof property.$ref === "string" && !("title" in property);
      if (!described && !viaRef) found.push(`${path}/properties/${key} lacks title or description`);
    }
    if (node.additionalProperties !== false) found.push(`${path} allows additional properties`);
  }
  // A condition (if/then/else) names properties that the object around it describes and closes.
  for (const [key, child] of Object.entries(node)) if (!["enum", "const", "if", "then", "else"].includes(key)) problems(child, `${path}/${key}`, found);
  return found;
}

describe("schema files", () => {
  it.each(files)("%s describes every property and closes every object", (name) => {
    const schema = JSON.parse(readFileSync(schemaDirectory + name, "utf8"));
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(problems(schema, name, [])).toEqual([]);
  });

  it("every $ref'd definition itself has a title and description", () => {
    for (const name of files) {
      const schema = JSON.parse(readFileSync(schemaDirectory + name, "utf8"));
      for (const [key, definition] of Object.entries((schema.$defs ?? {}) as Record<string, Record<string, unknown>>)) {
        expect(typeof definition.title, `${name}#/$defs/${key}`).toBe("string");
        expect(typeof definition.description, `${name}#/$defs/${key}`).toBe("string");
      }
    }
  });
});

describe("enumerations", () => {
  it("list their values as constants, each with a Swedish title (no bare enum)", () => {
    const found: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        for (const [index, child] of node.entries()) walk(child, `${path}/${index}`);
        return;
      }
      if (node === null || typeof node !== "object") return;
      const record = node as Record<string, unknown>;
      if ("enum" in record) found.push(`${path} uses enum`);
      if (Array.isArray(record.oneOf) && record.oneOf.some((branch) => typeof branch === "object" && "const" in branch)) {
        for (const branch of record.oneOf as Array<Record<string, unknown>>) {
          if (!("const" in branch) || typeof branch.title !== "string" || branch.title.trim() === "") found.push(`${path}: ${JSON.stringify(branch.const)} has no title`);
        }
      }
      for (const [key, child] of Object.entries(record)) walk(child, `${path}/${key}`);
    };
    for (const name of files) walk(JSON.parse(readFileSync(schemaDirectory + name, "utf8")), name);
    expect(found).toEqual([]);
  });
});

describe("export schema", () => {
  const read = (name: string) => JSON.parse(readFileSync(schemaDirectory + name, "utf8"));
  const exported = read("export.schema.json").$defs as Record<string, { properties: Record<string, unknown> }>;
  const pairs: Array<[string, Record<string, unknown>]> = [
    ["ExportDocument", read("document.schema.json").properties],
    ["ExportChapter", read("chapter.schema.json").properties],
    ["ExportGoal", read("chapter.schema.json").$defs.Goal.properties],
    ["ExportMeasure", read("chapter.schema.json").$defs.Measure.properties],
    ["ExportResponsibility", read("chapter.schema.json").$defs.Responsibility.properties],
    ["ExportIndicator", read("chapter.schema.json").$defs.Indicator.properties],
    ["ExportDefinition", read("chapter.schema.json").$defs.Definition.properties],
    ["ExportEvent", read("chapter.schema.json").$defs.Event.properties],
    ["ExportGap", read("defs.schema.json").$defs.Gap.properties],
    ["ExportSourceError", read("defs.schema.json").$defs.SourceError.properties],
    ["ExportActor", read("actors.schema.json").$defs.Actor.properties],
    ["ExportSource", read("sources.schema.json").$defs.Source.properties],
    ["ExportFramework", read("framework.schema.json").properties],
    ["ExportFrameworkGoal", read("framework.schema.json").$defs.FrameworkGoal.properties],
  ];
  // Chapters' item lists become their own collections; everything else passes through.
  const collections = new Set(["goals", "measures", "responsibilities", "indicators", "definitions", "events", "templates", "gaps", "sourceErrors"]);

  it.each(pairs)("%s carries every field of the content it exports", (name, content) => {
    const missing = Object.keys(content).filter((key) => !(key in exported[name]!.properties) && !(name === "ExportChapter" || name === "ExportDocument" ? collections.has(key) : false));
    expect(missing).toEqual([]);
  });
});
