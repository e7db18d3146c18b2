// The web editor's configuration is generated from the schemas: every property a field with the
// schema's Swedish title, enumerations as selects with their Swedish titles, references as relations.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { schemaDirectory } from "@styrdok/core";
import { describe, expect, it } from "vitest";
import { type CmsCollection, type CmsField, webEditorConfig } from "../src/web-editor-config.ts";

const config = webEditorConfig({});
const collections = config.collections as CmsCollection[];
const collectionOf = (name: string) => collections.find((collection) => collection.name === name)!;
const fieldOf = (fields: CmsField[], path: string): CmsField =>
  path.split(".").reduce<CmsField>((found, name, index) => (index === 0 ? fields : (found.fields as CmsField[])).find((candidate) => candidate.name === name) ?? ({} as CmsField), {} as CmsField);

describe("the web editor's configuration", () => {
  it("has a collection for each kind of content file, each with every property of its schema", () => {
    const kinds = { dokument: "document", kapitel: "chapter", aktorer: "actors", kallor: "sources", ramverk: "framework" };
    for (const [name, schema] of Object.entries(kinds)) {
      const properties = Object.keys(JSON.parse(readFileSync(join(schemaDirectory, `${schema}.schema.json`), "utf8")).properties);
      const fields = collectionOf(name).fields.map((field) => field.name);
      expect(
        fields.filter((field) => field !== "body" && field !== "styrdokOriginal"),
        name,
      ).toEqual(properties);
      expect(collectionOf(name).format).toBe("styrdok-markdown");
    }
  });

  it("labels fields with the schemas' Swedish titles and shows their Swedish description as a hint", () => {
    const measures = fieldOf(collectionOf("kapitel").fields, "measures");
    expect(measures).toMatchObject({ label: "Åtgärder", widget: "list", label_singular: "Åtgärd", summary: "{{fields.text}}" });
    expect(fieldOf(measures.fields as CmsField[], "text")).toMatchObject({ label: "Text", hint: "Åtgärden ordagrant.", widget: "text", required: true });
    expect(fieldOf(measures.fields as CmsField[], "frequency")).toMatchObject({ label: "Frekvens", widget: "string", required: false });
  });

  it("offers enumerations as selects with their Swedish titles", () => {
    const kind = fieldOf(fieldOf(collectionOf("kapitel").fields, "measures").fields as CmsField[], "kind");
    expect(kind.widget).toBe("select");
    expect(kind.options).toContainEqual({ label: "insats", value: "effort" });
    expect(fieldOf(collectionOf("dokument").fields, "counties")).toMatchObject({ widget: "select", multiple: true });
  });

  it("offers actors, sources and goals as relations to their registries and chapters", () => {
    const measure = fieldOf(collectionOf("kapitel").fields, "measures").fields as CmsField[];
    expect(fieldOf(measure, "responsible")).toMatchObject({ widget: "relation", multiple: true, collection: "aktorer", value_field: "actors.*.id", display_fields: ["actors.*.name"] });
    expect(fieldOf(measure, "goals")).toMatchObject({ widget: "relation", multiple: true, collection: "kapitel", value_field: "goals.*.id" });
    expect(fieldOf(measure, "legalBasis.source")).toMatchObject({ widget: "relation", collection: "kallor", value_field: "sources.*.id" });
    expect(fieldOf(collectionOf("dokument").fields, "parties.actor")).toMatchObject({ widget: "relation", collection: "aktorer" });
  });

  it("proposes changes to the named GitHub repository as pull requests, or works in the browser without one", () => {
    expect(config.backend).toEqual({ name: "test-repo" });
    expect(webEditorConfig({ repository: "lansstyrelsen/styrdok" })).toMatchObject({ backend: { name: "github", repo: "lansstyrelsen/styrdok", branch: "main" }, publish_mode: "editorial_workflow" });
    expect(webEditorConfig({ repository: "a/b", branch: "innehall", authUrl: "https://auth.example" }).backend).toEqual({
      name: "github",
      repo: "a/b",
      branch: "innehall",
      base_url: "https://auth.example",
    });
  });

  it("never lets the editor create or delete files, and carries each file's original text in a hidden field", () => {
    for (const collection of collections) {
      expect(collection).toMatchObject({ create: false, delete: false });
      expect(collection.fields.at(-1)).toEqual({ name: "styrdokOriginal", label: "Originaltext", widget: "hidden" });
    }
  });
});
