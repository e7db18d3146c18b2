// A field and its value as readers know them (the site's change pages, the CLI's diff), from the schemas: the Swedish title each field of
// each kind of item has ("text" is "Text" on a goal, "Definition" on a definition), nested fields
// by their titles, enumerated values by their Swedish words, and references by what they name.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { enumLabels } from "./generated/labels.ts";
import type { ItemType } from "./graph.ts";
import { capitalized, fieldLabel } from "./labels.ts";
import { schemaDirectory } from "./schemas.ts";

/** Where each item type's fields are declared: a schema file, and the definition in it (none: the file's own fields). */
const declaredIn: Record<ItemType, [file: string, definition?: string]> = {
  document: ["document"],
  chapter: ["chapter"],
  goal: ["chapter", "Goal"],
  measure: ["chapter", "Measure"],
  responsibility: ["chapter", "Responsibility"],
  indicator: ["chapter", "Indicator"],
  definition: ["chapter", "Definition"],
  event: ["chapter", "Event"],
  template: ["chapter", "Template"],
  gap: ["defs", "Gap"],
  "source-error": ["defs", "SourceError"],
  actor: ["actors", "Actor"],
  source: ["sources", "Source"],
  framework: ["framework"],
  "framework-goal": ["framework", "FrameworkGoal"],
};

interface SchemaNode {
  $ref?: string;
  title?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $defs?: Record<string, SchemaNode>;
  /** The kind of item a value refers to by id (schemas/defs.schema.json's *Ref definitions). */
  styrdokRef?: string;
}

/** A place in the schemas, with what the `$ref`s on the way to it said. */
interface Located {
  /** The file the node is in, for its local references. */
  file: string;
  node: SchemaNode;
  /** The first title on the way: the property's own, else its definition's. */
  title?: string;
  /** The enumeration the value is one of, by its definition's name (enumLabels' key). */
  enumeration?: string;
  /** Whether the value is the id of an item. */
  reference?: boolean;
}

const schemas = new Map<string, SchemaNode>();

function schema(file: string): SchemaNode {
  let loaded = schemas.get(file);
  if (!loaded) {
    loaded = JSON.parse(readFileSync(join(schemaDirectory, `${file}.schema.json`), "utf8")) as SchemaNode;
    schemas.set(file, loaded);
  }
  return loaded;
}

/** Follows `$ref`s ("defs.schema.json#/$defs/SourceRef", "#/$defs/PartyRole") to the node that says what a value is. */
function resolved(file: string, start: SchemaNode): Located {
  let node = start;
  let title = node.title;
  let enumeration: string | undefined;
  let reference = node.styrdokRef !== undefined;
  for (let depth = 0; node.$ref && depth < 10; depth++) {
    const [target, pointer] = node.$ref.split("#");
    if (target) file = target.replace(/\.schema\.json$/, "");
    const name = pointer?.match(/^\/\$defs\/([^/]+)$/)?.[1];
    const next = name ? schema(file).$defs?.[name] : undefined;
    if (!name || !next) break;
    node = next;
    title ??= node.title;
    if (!enumeration && name in enumLabels) enumeration = name;
    reference ||= node.styrdokRef !== undefined;
  }
  return { file, node, ...(title ? { title } : {}), ...(enumeration ? { enumeration } : {}), ...(reference ? { reference } : {}) };
}

function fieldOf(type: ItemType, field: string): Located | undefined {
  const [file, definition] = declaredIn[type];
  const owner = definition ? schema(file).$defs?.[definition] : schema(file);
  const node = owner?.properties?.[field];
  return node ? resolved(file, node) : undefined;
}

/** "Text", "Ansvariga", "Rättslig grund": a field of an item of a type, by its schema title. */
export function fieldTitle(type: ItemType, field: string): string {
  return fieldOf(type, field)?.title ?? capitalized(fieldLabel(field, "sv"));
}

/**
 * A field's value as a reader reads it: nested fields by their titles, enumerated values in
 * Swedish, references by the name of what they refer to (where `nameOf` knows it), lists of
 * records one per line.
 */
export function fieldValueText(type: ItemType, field: string, value: unknown, nameOf: (id: string) => string | undefined): string {
  return valueText(value, fieldOf(type, field), nameOf);
}

function valueText(value: unknown, place: Located | undefined, nameOf: (id: string) => string | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "boolean") return value ? "ja" : "nej";
  if (typeof value === "number") return value.toLocaleString("sv-SE");
  if (typeof value === "string") {
    const words: Readonly<Record<string, { title: string }>> | undefined = place?.enumeration ? enumLabels[place.enumeration as keyof typeof enumLabels] : undefined;
    if (words?.[value]) return words[value].title;
    if (place?.reference) return nameOf(value) ?? value;
    return value;
  }
  if (Array.isArray(value)) {
    const items = place?.node.items ? resolved(place.file, place.node.items) : undefined;
    const texts = value.map((item) => valueText(item, items, nameOf));
    return value.some((item) => typeof item === "object" && item !== null) ? texts.join("\n") : texts.join(", ");
  }
  if (typeof value === "object") {
    return Object.entries(value)
      .map(([key, entry]) => {
        const property = place?.node.properties?.[key];
        const inner = property ? resolved(place.file, property) : undefined;
        return `${inner?.title ?? capitalized(fieldLabel(key, "sv"))}: ${valueText(entry, inner, nameOf)}`;
      })
      .join(", ");
  }
  return String(value);
}
