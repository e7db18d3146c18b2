// Generates the TypeScript types of the content model, and the table of words for its
// enumerated values, from the JSON Schemas, so that the schemas stay the one description of the
// model. Run with `pnpm task:types`; a test fails when the committed output is stale.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compile, type JSONSchema } from "json-schema-to-typescript";

const schemaDirectory = fileURLToPath(new URL("../../../schemas/", import.meta.url));
export const outputFile = fileURLToPath(new URL("../src/generated/content-types.ts", import.meta.url));
export const labelsFile = fileURLToPath(new URL("../src/generated/labels.ts", import.meta.url));

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

interface Branch {
  const?: unknown;
  title?: unknown;
  styrdokWords?: unknown;
  styrdokLabel?: Record<string, unknown>;
}

interface EnumDefinition {
  name: string;
  file: string;
  title: string;
  description: string;
  branches: Branch[];
}

/** Every named definition whose values are listed as `oneOf` constants: the model's enumerations. */
function enumDefinitions(): EnumDefinition[] {
  const found: EnumDefinition[] = [];
  for (const file of readdirSync(schemaDirectory)
    .filter((name) => name.endsWith(".schema.json"))
    .sort()) {
    const schema = JSON.parse(readFileSync(schemaDirectory + file, "utf8")) as { $defs?: Record<string, { title?: string; description?: string; oneOf?: Branch[] }> };
    for (const [name, definition] of Object.entries(schema.$defs ?? {})) {
      if (!definition.oneOf?.every((branch) => "const" in branch)) continue;
      if (found.some((other) => other.name === name)) throw new Error(`two enumerations are called ${name}`);
      found.push({ name, file, title: definition.title ?? name, description: definition.description ?? "", branches: definition.oneOf });
    }
  }
  return found;
}

/** The item types ids are declared as (`styrdokId`), in the order the schemas name them. */
function declaredTypes(): string[] {
  const types = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "styrdokId" && typeof value === "string") types.add(value);
      else walk(value);
    }
  };
  for (const file of readdirSync(schemaDirectory)
    .filter((name) => name.endsWith(".schema.json"))
    .sort())
    walk(JSON.parse(readFileSync(schemaDirectory + file, "utf8")));
  return [...types].sort();
}

const literal = (value: unknown) => JSON.stringify(value);

/**
 * The words of every enumerated value: its Swedish `title`, the other words editors write for it
 * (`styrdokWords`), and where the schema gives them its plural, its name from the other side and
 * its English (`styrdokLabel`). A value without a title is left out of its table, so the table's
 * type, which lists every value, fails the type check until the schema gives it one.
 */
export function generateLabels(): string {
  const out = [
    "// Generated from /schemas by packages/core/scripts/generate-types.ts. Do not edit by hand.",
    "",
    "/** The words for one enumerated value. */",
    "export interface EnumLabel {",
    "  /** The Swedish label, as it reads mid-sentence (the schema's `title`). */",
    "  readonly title: string;",
    "  /** Other Swedish words an editor may write for the value (`styrdokWords`). */",
    "  readonly words: readonly string[];",
    "  readonly plural?: string;",
    '  /** The label seen from the other side of a relation: "ersatt av" for "ersätter". */',
    "  readonly inverse?: string;",
    "  readonly en?: string;",
    "  readonly enInverse?: string;",
    "}",
    "",
    "/** The types an id can be declared as (`styrdokId`). */",
    `export type DeclaredType = ${declaredTypes().map(literal).join(" | ")};`,
    "",
  ];
  const definitions = enumDefinitions();
  for (const definition of definitions) {
    out.push(`/** ${definition.title}: ${definition.description} (schemas/${definition.file}) */`);
    out.push(`export type ${definition.name} = ${definition.branches.map((branch) => literal(branch.const)).join(" | ")};`, "");
  }
  out.push("/** Every enumeration's values with their words, by the enumeration's name in the schemas. */");
  out.push("export const enumLabels: {");
  for (const definition of definitions) out.push(`  readonly ${definition.name}: Readonly<Record<${definition.name}, EnumLabel>>;`);
  out.push("} = {");
  for (const definition of definitions) {
    out.push(`  ${definition.name}: {`);
    for (const branch of definition.branches) {
      if (typeof branch.title !== "string") continue;
      const words = Array.isArray(branch.styrdokWords) ? branch.styrdokWords : [];
      const extra = Object.entries(branch.styrdokLabel ?? {})
        .map(([key, value]) => `, ${key}: ${literal(value)}`)
        .join("");
      out.push(`    ${literal(branch.const)}: { title: ${literal(branch.title)}, words: ${literal(words)}${extra} },`);
    }
    out.push("  },");
  }
  out.push("};", "");
  return out.join("\n");
}

if (import.meta.main) {
  writeFileSync(outputFile, await generateTypes());
  writeFileSync(labelsFile, generateLabels());
  process.stdout.write(`wrote ${outputFile} and ${labelsFile}\n`);
}
