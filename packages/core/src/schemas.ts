// Stage 3: frontmatter → schema-valid data, or findings that say what is wrong and where.
// The JSON Schemas in /schemas are the single description of the content model: ajv compiles
// them once, the TypeScript types are generated from them, and the schema annotations
// `styrdokId` and `styrdokRef` tell the corpus checks where ids are declared and referenced.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsImport from "ajv-formats";
import { isMap, isPair, isScalar, isSeq, type Pair, type Node as YamlNode } from "yaml";
import type { ActorsFile, ChapterFile, DocumentFile, FrameworkFile, SourcesFile } from "./generated/content-types.ts";
import { type EnumLabel, enumLabels } from "./generated/labels.ts";
import { commonJsDefault } from "./interop.ts";
import { kindOfValue, type PathStep, type Place, quoted, report } from "./messages.ts";
import type { Frontmatter, ParsedFile } from "./parse.ts";
import { nearestAll } from "./suggest.ts";

export const schemaDirectory = fileURLToPath(new URL("../../../schemas/", import.meta.url));

/** The content kinds a file can declare with `type:`, and the schema each is validated against. */
export const contentTypes = {
  document: "document.schema.json",
  chapter: "chapter.schema.json",
  actors: "actors.schema.json",
  sources: "sources.schema.json",
  framework: "framework.schema.json",
} as const;
export type ContentType = keyof typeof contentTypes;

/** A path into the frontmatter: object keys and array indexes. */
export type DataPath = Array<string | number>;

/** The value at a path of plain data, or undefined where the path leads nowhere. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Object.hasOwn(current, key) ? (current as Record<string | number, unknown>)[key] : undefined;
  }
  return current;
}

/** An id at a place in the frontmatter: declared there (`styrdokId`) or referred to (`styrdokRef`). */
export interface IdMark {
  /** The item type the schema names: the type declared, or the type a reference requires. */
  type: string;
  id: string;
  path: DataPath;
}

/** A text that must stand word for word in the body (`styrdokVerbatim`). */
export interface VerbatimMark {
  text: string;
  path: DataPath;
}

interface Marks {
  declarations: IdMark[];
  references: IdMark[];
  verbatim: VerbatimMark[];
}

/** The data a file of each content type holds once its schema accepts it. */
export interface FileOfType {
  document: DocumentFile;
  chapter: ChapterFile;
  actors: ActorsFile;
  sources: SourcesFile;
  framework: FrameworkFile;
}

/**
 * A file's frontmatter after validation, tagged by its type: `data`, typed, once the schema
 * accepts it. When the schema found errors (`valid: false`) only the `raw` data is there, not to
 * be used as content; but its ids still count, so that one broken file does not turn every
 * reference to it into a second error.
 */
export type ValidatedOf<K extends ContentType> = Marks & {
  type: K;
  raw: Record<string, unknown>;
  /** Where the schema found fields it does not know (`mål:` for `goals:`): the ids under them may be meant as declared. */
  unknownFields?: DataPath[];
} & ({ valid: true; data: FileOfType[K] } | { valid: false });
export type ValidatedFrontmatter = { [K in ContentType]: ValidatedOf<K> }[ContentType];

/** Whether a value names a content type. */
export function isContentType(value: unknown): value is ContentType {
  return typeof value === "string" && Object.hasOwn(contentTypes, value);
}

// Filled by the custom keywords while one validation runs (ajv validation is synchronous).
let collecting: Marks | undefined;

const emptyMarks = (): Marks => ({ declarations: [], references: [], verbatim: [] });

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function pointerToPath(pointer: string): DataPath {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

const addFormats = commonJsDefault(addFormatsImport);

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for YYYY, YYYY-MM and YYYY-MM-DD where the month and day exist (2024-02-30 does not). */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: false, verbose: true });
  addFormats(ajv, ["date", "uri"]);
  ajv.addFormat("partial-date", { type: "string", validate: isPartialDate });
  ajv.addKeyword({
    keyword: "styrdokId",
    schemaType: "string",
    validate(type: string, data: unknown, _parent?: unknown, context?: { instancePath: string }) {
      if (collecting && typeof data === "string") collecting.declarations.push({ type, id: data, path: pointerToPath(context?.instancePath ?? "") });
      return true;
    },
  });
  ajv.addKeyword({
    keyword: "styrdokRef",
    schemaType: "string",
    validate(type: string, data: unknown, _parent?: unknown, context?: { instancePath: string }) {
      // A malformed id is already reported by its pattern; looking it up would report it twice.
      if (collecting && typeof data === "string" && ID_PATTERN.test(data)) collecting.references.push({ type, id: data, path: pointerToPath(context?.instancePath ?? "") });
      return true;
    },
  });
  ajv.addKeyword({
    keyword: "styrdokVerbatim",
    schemaType: "boolean",
    validate(verbatim: boolean, data: unknown, _parent?: unknown, context?: { instancePath: string }) {
      if (collecting && verbatim && typeof data === "string") collecting.verbatim.push({ text: data, path: pointerToPath(context?.instancePath ?? "") });
      return true;
    },
  });
  // The words of an enumerated value (see generated/labels.ts): annotations, nothing to check.
  ajv.addKeyword({ keyword: "styrdokWords", schemaType: "array", metaSchema: { type: "array", items: { type: "string" } } });
  ajv.addKeyword({ keyword: "styrdokLabel", schemaType: "object", metaSchema: { type: "object", additionalProperties: { type: "string" } } });
  for (const name of readdirSync(schemaDirectory).sort()) {
    if (name.endsWith(".schema.json")) ajv.addSchema(JSON.parse(readFileSync(new URL(name, `file://${schemaDirectory}`), "utf8")));
  }
  return ajv;
}

/**
 * The names of properties whose values are dates, read from the schemas. YAML reads a bare
 * year (`to: 2026`) as a number; in these properties it means the year, so it becomes "2026".
 */
function collectDateKeys(ajv: Ajv2020): Set<string> {
  const keys = new Set<string>();
  const walk = (schema: unknown): void => {
    if (Array.isArray(schema)) {
      for (const child of schema) walk(child);
      return;
    }
    if (schema === null || typeof schema !== "object") return;
    const properties = (schema as { properties?: Record<string, { $ref?: string }> }).properties;
    for (const [key, property] of Object.entries(properties ?? {})) {
      if (property.$ref?.endsWith("/$defs/PartialDate")) keys.add(key);
    }
    Object.values(schema).forEach(walk);
  };
  for (const name of Object.values(contentTypes)) walk(ajv.getSchema(name)!.schema);
  walk(ajv.getSchema("defs.schema.json")!.schema);
  return keys;
}

function yearsToDates(data: unknown, dateKeys: Set<string>): void {
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object") continue;
    for (const [key, child] of Object.entries(value)) {
      if (dateKeys.has(key) && typeof child === "number" && Number.isInteger(child) && child >= 1000 && child <= 9999) {
        (value as Record<string, unknown>)[key] = String(child);
      } else stack.push(child);
    }
  }
}

/** One compiled validator per content type: a type guard for the data its schema describes. */
type Validators = { [K in ContentType]: ValidateFunction<FileOfType[K]> };

let compiled: { ajv: Ajv2020; validators: Validators; dateKeys: Set<string> } | undefined;

function validatorFor<T>(ajv: Ajv2020, name: string): ValidateFunction<T> {
  const validate = ajv.getSchema<T>(name);
  if (!validate) throw new Error(`schemas/${name} is missing`);
  return validate;
}

/** The compiled validators, built on first use and then reused for every file. */
export function schemaValidators(): { ajv: Ajv2020; validators: Validators; dateKeys: Set<string> } {
  if (!compiled) {
    const ajv = createAjv();
    const validators: Validators = {
      document: validatorFor<DocumentFile>(ajv, contentTypes.document),
      chapter: validatorFor<ChapterFile>(ajv, contentTypes.chapter),
      actors: validatorFor<ActorsFile>(ajv, contentTypes.actors),
      sources: validatorFor<SourcesFile>(ajv, contentTypes.sources),
      framework: validatorFor<FrameworkFile>(ajv, contentTypes.framework),
    };
    compiled = { ajv, validators, dateKeys: collectDateKeys(ajv) };
  }
  return compiled;
}

/** The node at a path of the frontmatter, or the deepest existing node on the way there. */
function nodeAt(frontmatter: Frontmatter, path: DataPath): { node: YamlNode | undefined; exact: boolean } {
  let node = frontmatter.yaml.contents as YamlNode | null;
  for (const key of path) {
    let next: unknown;
    if (isMap(node)) next = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key))?.value;
    else if (isSeq(node) && typeof key === "number") next = node.items[key];
    if (!next || typeof next !== "object") return { node: node ?? undefined, exact: false };
    node = next as YamlNode;
  }
  return { node: node ?? undefined, exact: true };
}

function keyPair(frontmatter: Frontmatter, path: DataPath, key: string): Pair | undefined {
  const { node, exact } = nodeAt(frontmatter, path);
  if (!exact || !isMap(node)) return undefined;
  return node.items.find((pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key);
}

/** A place for a YAML node: its start to the end of its value. */
export function placeOfNode(parsed: ParsedFile, frontmatter: Frontmatter, node: YamlNode | undefined): Place {
  const range = node?.range ?? [0, 1, 1];
  return parsed.placeAt(frontmatter.offset + range[0], frontmatter.offset + Math.max(range[1], range[0] + 1));
}

/** The place of the value at `path`, or of the key itself when `key` is given. */
export function placeOfPath(parsed: ParsedFile, frontmatter: Frontmatter, path: DataPath, key?: string): Place {
  if (key !== undefined) {
    const pair = keyPair(frontmatter, path, key);
    if (pair && isScalar(pair.key)) return placeOfNode(parsed, frontmatter, pair.key);
  }
  return placeOfNode(parsed, frontmatter, nodeAt(frontmatter, path).node);
}

/** A path as findings carry it: each list position with the id of the item there, if it has one. */
export function pathSteps(path: DataPath, data: unknown): PathStep[] {
  const steps: PathStep[] = [];
  let current = data;
  for (const key of path) {
    current = (current as Record<string | number, unknown> | undefined)?.[key];
    if (typeof key === "number") {
      const id = current && typeof current === "object" && typeof (current as { id?: unknown }).id === "string" ? (current as { id: string }).id : undefined;
      steps.push(id === undefined ? { item: key } : { item: key, id });
    } else steps.push(key);
  }
  return steps;
}

/** Lowercase ASCII kebab-case, the way ids and enum values are written: "Statlig myndighet" → "statlig-myndighet". */
export function toKebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The words of a text as an id part, cut at a word boundary to at most `maxLength` characters. */
export function idWords(text: string, maxLength = 60): string {
  const kebab = toKebab(text);
  if (kebab.length <= maxLength) return kebab;
  const cut = kebab.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf("-") > 0 ? cut.lastIndexOf("-") : maxLength);
}

let swedishWords: Map<string, string[]> | undefined;

/**
 * The values each Swedish word stands for, from every enumerated value's title and other words
 * in the schemas ("ska", "skall", "måste" → must), so that an editor who writes `ska` is told
 * to write `must`.
 */
function wordsForEnums(): Map<string, string[]> {
  if (swedishWords) return swedishWords;
  const words = new Map<string, string[]>();
  for (const values of Object.values<Readonly<Record<string, EnumLabel>>>(enumLabels)) {
    for (const [value, label] of Object.entries(values)) {
      for (const word of [label.title, ...label.words]) {
        const key = word.trim().toLowerCase();
        words.set(key, [...new Set([...(words.get(key) ?? []), value])]);
      }
    }
  }
  swedishWords = words;
  return words;
}

/** The allowed value an editor most likely meant: written in another form, in Swedish, or misspelt. */
export function suggestValue(written: string, allowed: string[]): string {
  return suggestValues(written, allowed)[0] ?? "";
}

/**
 * The allowed values an editor most likely meant, as `suggestValue` finds them: one, or several
 * that are exactly as likely (a tie, which only the editor can settle), or none.
 */
export function suggestValues(written: string, allowed: string[]): string[] {
  const kebab = toKebab(written);
  if (kebab !== written && allowed.includes(kebab)) return [kebab];
  const meant = (wordsForEnums().get(written.trim().toLowerCase()) ?? []).filter((value) => allowed.includes(value));
  if (meant.length === 1) return meant;
  const containing = kebab.length >= 4 ? allowed.filter((value) => value.includes(kebab)) : [];
  if (containing.length === 1) return containing;
  return nearestAll(written, allowed);
}

/** A finding's suggestion: the likeliest value, and those tied with it, if any. */
function suggestionOf(values: string[]): { suggestion: string; tied?: string[] } {
  return { suggestion: values[0] ?? "", ...(values.length > 1 ? { tied: values.slice(1) } : {}) };
}

/** Turns one ajv error into a finding that says what is wrong, at the exact key or value. */
function reportSchemaError(parsed: ParsedFile, frontmatter: Frontmatter, error: ErrorObject): void {
  const path = pointerToPath(error.instancePath);
  const steps = pathSteps(path, frontmatter.data);
  const value = nodeAt(frontmatter, path).exact ? valueAt(frontmatter.data, path) : undefined;
  const at = placeOfPath(parsed, frontmatter, path);
  const schema = error.parentSchema as { title?: string; properties?: Record<string, { title?: string; $ref?: string }>; enum?: unknown[] } | undefined;
  const limit = Number(error.params.limit);
  const file = parsed.file;
  switch (error.keyword) {
    case "additionalProperties": {
      const field = String(error.params.additionalProperty);
      const properties = schema?.properties ?? {};
      const allowed = Object.keys(properties);
      // A Swedish field name is often the field's title: "mål" for goals, "åtgärder" for measures.
      const byTitle = allowed.filter((key) => toKebab(properties[key]?.title ?? "") === toKebab(field));
      const suggestions = byTitle.length > 0 ? byTitle : suggestValues(field, allowed);
      report(file, "schema-unknown-field", placeOfPath(parsed, frontmatter, path, field), { field, path: steps, allowed, ...suggestionOf(suggestions) });
      return;
    }
    case "required": {
      const field = String(error.params.missingProperty);
      const title = schema?.properties?.[field]?.title;
      const { node } = nodeAt(frontmatter, path);
      // Point at the start of the object that lacks the field, not at the whole object.
      const start = node?.range ? parsed.placeAt(frontmatter.offset + node.range[0], frontmatter.offset + node.range[0] + 1) : at;
      report(file, "schema-required", start, { field, path: steps, title: title && title.toLowerCase() !== field.toLowerCase() ? title : "" });
      return;
    }
    case "type":
      report(file, "schema-type", at, { path: steps, expected: String(error.params.type).split(","), actual: kindOfValue(value) });
      return;
    case "oneOf": {
      // Enumerations are lists of constants, each with its title (see enumValues).
      const allowed = enumValues(error.parentSchema) ?? [];
      report(file, "schema-enum", at, { path: steps, ...quoted(value), allowed, ...suggestionOf(typeof value === "string" ? suggestValues(value, allowed) : []) });
      return;
    }
    case "const":
      report(file, "schema-const", at, { path: steps, expected: String(error.params.allowedValue) });
      return;
    case "pattern": {
      const kebab = typeof value === "string" ? toKebab(value) : "";
      // A suggestion the schema would refuse too (an id far too long) is none.
      const maxLength = (error.parentSchema as { maxLength?: number } | undefined)?.maxLength ?? Number.POSITIVE_INFINITY;
      const suggestion = kebab && kebab !== value && ID_PATTERN.test(kebab) && kebab.length <= maxLength ? kebab : "";
      report(file, "schema-pattern", at, { path: steps, ...quoted(value), pattern: String(error.params.pattern), suggestion });
      return;
    }
    case "format":
      report(file, error.params.format === "uri" ? "invalid-url" : "invalid-date", at, { path: steps, ...quoted(value) });
      return;
    case "minLength":
    case "minProperties":
      report(file, "schema-empty", at, { path: steps });
      return;
    case "minItems":
      report(file, "schema-too-few", at, { path: steps, limit });
      return;
    case "maxLength":
    case "maxItems":
      report(file, "schema-too-long", at, { path: steps, limit });
      return;
    case "uniqueItems":
      report(file, "schema-duplicate-value", at, { path: steps, ...quoted((value as unknown[] | undefined)?.[Number(error.params.j)]) });
      return;
    case "minimum":
    case "maximum":
      report(file, "schema-out-of-range", at, { path: steps, comparison: String(error.params.comparison), limit });
      return;
    default:
      report(file, "schema-invalid", at, { path: steps, keyword: error.keyword, ajvParams: { ...error.params }, ajvMessage: error.message ?? "" });
  }
}

// ajv reports some failures twice over (a `pattern` inside a `$ref` plus the keyword beside
// it, or every branch of a type union); these keywords only summarise others.
const summaryKeywords = new Set(["if", "anyOf", "allOf"]);

/** The values of an enumeration (a `oneOf` of constants), or undefined for any other schema. */
function enumValues(schema: unknown): string[] | undefined {
  const branches = isRecord(schema) ? schema.oneOf : undefined;
  if (!Array.isArray(branches) || !branches.every((branch) => isRecord(branch) && "const" in branch)) return undefined;
  return branches.map((branch) => String(branch.const));
}

/** A plain object: a YAML mapping, not a list or a scalar. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Whether an error only restates another: a summary keyword, or one constant of an enumeration
 * that the value is not (the enumeration's own `oneOf` error says it once, with every value).
 */
function restates(error: ErrorObject): boolean {
  return summaryKeywords.has(error.keyword) || (error.keyword === "const" && /\/oneOf\/\d+\/const$/.test(error.schemaPath)) || (error.keyword === "oneOf" && !enumValues(error.parentSchema));
}

/** The ids a file with broken YAML seems to declare; its references and errors are not used. */
function declarationsOfBrokenFile(partial: Record<string, unknown>): ValidatedFrontmatter | undefined {
  const type = partial.type;
  if (!isContentType(type)) return undefined;
  const { declarations } = collectMarks(() => schemaValidators().validators[type](partial));
  return { type, valid: false, raw: partial, declarations, references: [], verbatim: [] };
}

/** Runs a validation while the custom keywords collect where ids are declared and referenced. */
function collectMarks(validation: () => unknown): Marks {
  const collector = emptyMarks();
  collecting = collector;
  try {
    validation();
  } finally {
    collecting = undefined;
  }
  return collector;
}

/** Validates data against the schema of one content type; errors are left on the validator. */
function validateAs<K extends ContentType>(type: K, data: Record<string, unknown>): ValidatedOf<K> {
  const validate: ValidateFunction<FileOfType[K]> = schemaValidators().validators[type];
  let result: ValidatedOf<K> | undefined;
  const marks = collectMarks(() => {
    result = validate(data) ? { type, valid: true, data, raw: data, ...emptyMarks() } : { type, valid: false, raw: data, ...emptyMarks() };
  });
  return { ...result!, ...marks };
}

/**
 * Validates a parsed file's frontmatter against the schema its `type` names. Returns the data
 * with the ids it declares and references, or undefined when the file has no usable type.
 */
export function validateFrontmatter(parsed: ParsedFile): ValidatedFrontmatter | undefined {
  const frontmatter = parsed.frontmatter;
  if (frontmatter && !frontmatter.data && frontmatter.partial) return declarationsOfBrokenFile(frontmatter.partial);
  if (!frontmatter?.data) return undefined;
  const allowed = Object.keys(contentTypes);
  const type = frontmatter.data.type;
  if (type === undefined) {
    const nearType = Object.keys(frontmatter.data).find((key) => key !== "type" && suggestValue(key, ["type"]) === "type");
    const at = nearType ? placeOfPath(parsed, frontmatter, [], nearType) : parsed.placeAt(frontmatter.offset, frontmatter.offset + 1);
    report(parsed.file, "type-missing", at, { allowed, written: nearType ?? "", suggestion: nearType ? "type" : "" });
    return undefined;
  }
  if (!isContentType(type)) {
    const suggestions = typeof type === "string" ? suggestValues(type, Object.keys(contentTypes)) : [];
    report(parsed.file, "type-unknown", placeOfPath(parsed, frontmatter, ["type"]), { ...quoted(type), allowed, ...suggestionOf(suggestions) });
    return undefined;
  }
  const { validators, dateKeys } = schemaValidators();
  yearsToDates(frontmatter.data, dateKeys);
  const validated = validateByType(type, frontmatter.data);
  if (!validated.valid) {
    const seen = new Set<string>();
    const unknownFields: DataPath[] = [];
    for (const error of validators[type].errors ?? []) {
      if (restates(error)) continue;
      const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (error.keyword === "additionalProperties") unknownFields.push([...pointerToPath(error.instancePath), String(error.params.additionalProperty)]);
      reportSchemaError(parsed, frontmatter, error);
    }
    if (unknownFields.length > 0) return { ...validated, unknownFields };
  }
  if (frontmatter.corrected && validated.valid) {
    // Read as the editor meant it, for its findings and ids only: the YAML as written is broken.
    const { type: kind, raw, declarations, references, verbatim } = validated;
    return { type: kind, raw, declarations, references, verbatim, valid: false };
  }
  return validated;
}

/** The union of the per-type results, one branch per type, so that each keeps its own data type. */
function validateByType(type: ContentType, data: Record<string, unknown>): ValidatedFrontmatter {
  switch (type) {
    case "document":
      return validateAs("document", data);
    case "chapter":
      return validateAs("chapter", data);
    case "actors":
      return validateAs("actors", data);
    case "sources":
      return validateAs("sources", data);
    case "framework":
      return validateAs("framework", data);
  }
}
