// Generates the TypeScript types of the content model from the JSON Schemas, so that the
// schemas stay the one description of the model. Run with `pnpm task:types`; a test fails
// when the committed output is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compile, type JSONSchema } from "json-schema-to-typescript";

const schemaDirectory = fileURLToPath(new URL("../../../schemas/", import.meta.url));
export const outputFile = fileURLToPath(new URL("../src/generated/content-types.ts", import.meta.url));

/** Root schemas and the name of their type; $defs are named by their key (Goal, Measure …). */
const roots: Record<string, string> = {
  "document.schema.json": "DocumentFile",
  "chapter.schema.json": "ChapterFile",
  "actors.schema.json": "ActorsFile",
  "sources.schema.json": "SourcesFile",
  "framework.schema.json": "FrameworkFile",
  "export.schema.json": "StyrdokExport",
};

/**
 * The schemas without their `title` keywords: json-schema-to-typescript would otherwise name
 * every property type after its Swedish title. Types are named after $defs keys instead. (A
 * property called "title" is a schema object, never a string, so it is kept.)
 */
function withoutTitles(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTitles);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, child]) => !(key === "title" && typeof child === "string"))
      .map(([key, child]) => [key, withoutTitles(child)]),
  );
}

function readSchema(file: string): JSONSchema {
  return withoutTitles(JSON.parse(readFileSync(schemaDirectory + file, "utf8"))) as JSONSchema;
}

export async function generateTypes(): Promise<string> {
  // One compile over a synthetic root that references every schema, so that a shared
  // definition becomes one type and names are given once, consistently.
  const root = {
    $id: "content-model",
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(Object.keys(roots).map((file) => [file.split(".")[0], { $ref: file }])),
  } as JSONSchema;
  const source = await compile(root, "ContentModel", {
    cwd: schemaDirectory,
    bannerComment: "// Generated from /schemas by packages/core/scripts/generate-types.ts. Do not edit by hand.",
    additionalProperties: false,
    strictIndexSignatures: true,
    unknownAny: true,
    format: false,
    declareExternallyReferenced: true,
    customName: (node, keyName) => (node.$id && roots[node.$id as string]) || keyName,
    $refOptions: {
      resolve: {
        file: {
          order: 1,
          canRead: true,
          read: (reference: { url: string }) => JSON.stringify(readSchema(reference.url.split("/").pop()!)),
        },
      },
    },
  });
  return source;
}

if (import.meta.main) {
  writeFileSync(outputFile, await generateTypes());
  process.stdout.write(`wrote ${outputFile}\n`);
}
