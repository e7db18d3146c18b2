// The web editor's configuration (Sveltia CMS, Decap-compatible), generated from the JSON Schemas
// at every build so that it can never drift from them: one collection per kind of content file,
// one field per schema property with the schema's Swedish title as its label and its description
// as its hint, enumerations as select fields with their Swedish titles, references to actors,
// sources, goals, framework goals and documents as relation fields. A property whose shape the
// editor cannot show is a hidden field: kept as it is, never shown. site/integrations/web-editor.ts
// writes the result as /admin/config.yml.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { schemaDirectory } from "@styrdok/core";
import { BODY_FIELD, ORIGINAL_FIELD, WEB_EDITOR_FORMAT } from "./web-editor-format.ts";

export interface WebEditorOptions {
  /** `owner/name` of the GitHub repository the editor proposes changes to (STYRDOK_REPOSITORY). */
  repository?: string | undefined;
  /** The branch changes are proposed against (STYRDOK_REPOSITORY_BRANCH, default main). */
  branch?: string | undefined;
  /** Where the GitHub sign-in (OAuth) is served, if not by token (STYRDOK_CMS_AUTH_URL). */
  authUrl?: string | undefined;
  /** The published site's address (STYRDOK_SITE_URL), for the editor's link back to the site. */
  siteUrl?: string | undefined;
}

type Schema = Record<string, unknown>;
export type CmsField = Record<string, unknown> & { name: string; widget: string };
export type CmsCollection = Record<string, unknown> & { name: string; fields: CmsField[] };

const schemaCache = new Map<string, Schema>();
function schemaFile(name: string): Schema {
  let schema = schemaCache.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(join(schemaDirectory, name), "utf8")) as Schema;
    schemaCache.set(name, schema);
  }
  return schema;
}

/** Follows `$ref`s (local and into other schema files), the referring schema's own words winning. */
function resolve(schema: Schema, file: string): { schema: Schema; file: string } {
  let current = schema;
  let currentFile = file;
  const own: Schema = {};
  for (let depth = 0; typeof current.$ref === "string" && depth < 20; depth++) {
    for (const [key, value] of Object.entries(current)) if (key !== "$ref" && !(key in own)) own[key] = value;
    const [target = "", pointer = ""] = (current.$ref as string).split("#");
    if (target) currentFile = target;
    let next: unknown = schemaFile(currentFile);
    for (const step of pointer.split("/").filter(Boolean)) next = (next as Schema)[step];
    current = next as Schema;
  }
  return { schema: { ...current, ...own }, file: currentFile };
}

/** The Swedish part of a description: the schemas end theirs with the English in brackets. */
export function swedishHint(description: unknown): string | undefined {
  if (typeof description !== "string") return undefined;
  // The editor reads hints as HTML: a placeholder such as <id> would vanish.
  const swedish = description
    .replace(/<([^<>]*)>/g, "‹$1›")
    .replace(/\s*\((?:[^()]|\([^()]*\))*\)\.?\s*$/u, "")
    .trim();
  return swedish || undefined;
}

interface Relation {
  collection: string;
  value: string;
  display: string[];
  search: string[];
}

/** Where each kind of reference (the schemas' `styrdokRef`) finds its targets. */
const relations: Record<string, Relation> = {
  actor: { collection: "aktorer", value: "actors.*.id", display: ["actors.*.name"], search: ["actors.*.name", "actors.*.shortName", "actors.*.aliases", "actors.*.id"] },
  source: { collection: "kallor", value: "sources.*.id", display: ["sources.*.title"], search: ["sources.*.title", "sources.*.abbreviation", "sources.*.id"] },
  goal: { collection: "kapitel", value: "goals.*.id", display: ["goals.*.text"], search: ["goals.*.text", "goals.*.label", "goals.*.id"] },
  frameworkGoal: { collection: "ramverk", value: "goals.*.id", display: ["goals.*.text"], search: ["goals.*.text", "goals.*.label", "goals.*.id"] },
  framework: { collection: "ramverk", value: "id", display: ["name"], search: ["name", "shortName", "id"] },
  document: { collection: "dokument", value: "id", display: ["title"], search: ["title", "id"] },
};

function options(schema: Schema): { label: string; value: string }[] | undefined {
  if (Array.isArray(schema.oneOf) && schema.oneOf.every((option) => typeof option === "object" && option !== null && "const" in option)) {
    return (schema.oneOf as Schema[]).map((option) => ({ label: typeof option.title === "string" ? option.title : String(option.const), value: String(option.const) }));
  }
  if (Array.isArray(schema.enum) && schema.enum.every((value) => typeof value === "string")) return (schema.enum as string[]).map((value) => ({ label: value, value }));
  return undefined;
}

/** The words of the item a list holds, shown on each collapsed item: its text or name, else its id. */
function summaryOf(properties: Schema): string | undefined {
  const key = ["text", "name", "title", "label", "actor", "source", "id"].find((candidate) => candidate in properties);
  return key ? `{{fields.${key}}}` : undefined;
}

function field(name: string, raw: Schema, file: string, required: boolean, hint = true): CmsField {
  const { schema, file: at } = resolve(raw, file);
  const base: Record<string, unknown> = { name, label: typeof schema.title === "string" ? schema.title : name };
  const words = hint ? swedishHint(schema.description) : undefined;
  if (words) base.hint = words;
  base.required = required;
  const make = (widget: string, extra: Record<string, unknown> = {}): CmsField => ({ ...base, ...extra, name, widget });
  // A hidden field takes neither hint nor required (Sveltia warns about both).
  const hidden = (): CmsField => ({ name, label: base.label, widget: "hidden" });

  if ("const" in schema) return hidden();
  const relation = typeof schema.styrdokRef === "string" ? relations[schema.styrdokRef] : undefined;
  if (relation) return make("relation", { ...relationOptions(relation) });
  const choices = options(schema);
  if (choices) return make("select", { options: choices });

  switch (schema.type) {
    case "string":
      // Verbatim quotes (a measure's text, a lead-in) and notes run to paragraphs; titles, ids,
      // dates and numbering fit on a line.
      return make(schema.styrdokVerbatim === true || name === "text" || /note$/i.test(name) ? "text" : "string");
    case "integer":
      return make("number", { value_type: "int" });
    case "number":
      return make("number", { value_type: "float" });
    case "boolean":
      return make("boolean");
    case "object": {
      const fields = objectFields(schema, at);
      return fields ? make("object", { collapsed: true, fields }) : hidden();
    }
    case "array": {
      const { schema: items, file: itemsFile } = resolve((schema.items ?? {}) as Schema, at);
      const itemRelation = typeof items.styrdokRef === "string" ? relations[items.styrdokRef] : undefined;
      if (itemRelation) return make("relation", { multiple: true, ...relationOptions(itemRelation) });
      const itemChoices = options(items);
      if (itemChoices) return make("select", { multiple: true, options: itemChoices });
      if (items.type === "object") {
        const fields = objectFields(items, itemsFile);
        if (!fields) break;
        const summary = summaryOf((items.properties ?? {}) as Schema);
        const labelSingular = typeof items.title === "string" ? items.title : undefined;
        return make("list", { collapsed: true, ...(labelSingular ? { label_singular: labelSingular } : {}), ...(summary ? { summary } : {}), fields });
      }
      if (items.type === "string" || items.type === "integer" || items.type === "number") {
        return make("list", { field: field("item", items, itemsFile, true, false) });
      }
      break;
    }
  }
  // A shape the editor has no field for (a union of types, a map): kept as it is, not shown.
  return hidden();
}

function relationOptions(relation: Relation): Record<string, unknown> {
  return { collection: relation.collection, value_field: relation.value, display_fields: relation.display, search_fields: relation.search };
}

function objectFields(schema: Schema, file: string): CmsField[] | undefined {
  const properties = schema.properties as Record<string, Schema> | undefined;
  if (!properties || Object.keys(properties).length === 0) return undefined;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => field(name, property, file, required.has(name)));
}

/** The fields of one kind of content file, from its schema, with the two the editor needs itself. */
export function fieldsOf(schemaName: string, options: { body: boolean }): CmsField[] {
  const fields = objectFields(schemaFile(schemaName), schemaName) ?? [];
  const original: CmsField = { name: ORIGINAL_FIELD, label: "Originaltext", widget: "hidden" };
  // The body comes first: it is the document's own text, and the items below quote it. A plain
  // text area, not the rich-text editor, which would rewrite the Markdown it does not change.
  const body: CmsField[] = options.body
    ? [{ name: BODY_FIELD, label: "Brödtext", hint: "Texten i Markdown, ordagrant ur källan. Ändrar du en åtgärds eller ett måls text, ändra den här också.", widget: "text", required: false }]
    : [];
  return [...body, ...fields, original];
}

function collection(name: string, label: string, labelSingular: string, folder: string, schemaName: string, extra: Record<string, unknown>, body: boolean): CmsCollection {
  const schema = schemaFile(schemaName);
  const description = swedishHint(schema.description);
  return {
    name,
    label,
    label_singular: labelSingular,
    ...(description ? { description } : {}),
    folder,
    // The extension comes with the format (.md, registered in site/admin/main.ts).
    format: WEB_EDITOR_FORMAT,
    // New files come from `styrdok new`, which gives them ids that are unique and files that
    // validate; the editor changes existing ones (adding a goal or a measure is a change to one).
    create: false,
    delete: false,
    ...extra,
    fields: fieldsOf(schemaName, { body }),
  };
}

export function webEditorConfig(options: WebEditorOptions = {}): Record<string, unknown> {
  const github = options.repository
    ? {
        backend: {
          name: "github",
          repo: options.repository,
          branch: options.branch || "main",
          ...(options.authUrl ? { base_url: options.authUrl } : {}),
        },
        // Every saved change becomes a branch and a pull request, which the CI validates.
        publish_mode: "editorial_workflow",
      }
    : // Without a repository the editor can be tried out: files live in the browser only.
      { backend: { name: "test-repo" } };
  return {
    ...github,
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    // The content has no pictures; the editor still needs somewhere for them.
    media_folder: "site/public/media",
    collections: [
      collection("dokument", "Dokument", "Dokument", "content/documents", "document.schema.json", { path: "{{id}}/index", summary: "{{title}}", identifier_field: "id" }, true),
      // A chapter is any file beside a document's index.md: NN-namn.md. The placeholders only
      // shape the pattern that picks the files (creating is off).
      collection("kapitel", "Kapitel", "Kapitel", "content/documents", "chapter.schema.json", { path: "{{id}}/{{id}}-{{title}}", summary: "{{title}} ({{dirname}})", identifier_field: "id" }, true),
      collection("aktorer", "Aktörer", "Aktörsregister", "content/actors", "actors.schema.json", { summary: "{{slug}}", identifier_field: "type" }, false),
      collection("kallor", "Källor", "Källregister", "content/sources", "sources.schema.json", { summary: "{{slug}}", identifier_field: "type" }, false),
      collection("ramverk", "Ramverk", "Ramverk", "content/frameworks", "framework.schema.json", { summary: "{{name}}", identifier_field: "id" }, true),
    ],
  };
}
