// Imported drafts and proposed items (test/fixtures/imported): a document `styrdok import` made
// (`draft: true`) with proposed goals, measures and responsibilities, and a reviewed document
// with some proposals left. validate points at each with a warning an editor can act on, and what
// the site publishes holds none of them, nor anything that refers to them.
import { describe, expect, it } from "vitest";
import { buildGraph, type Corpus, Finding, loadContent, publishedContent, publishedCorpus, renderFinding, schemaValidators, toExport } from "../src/index.ts";
import { documentIndex, findings, validateTree } from "./helpers.ts";
import { repositoryRoot } from "./paths.ts";

const content = await loadContent(["test/fixtures/imported"], { cwd: repositoryRoot, today: "2026-01-01" });
const draft = "test/fixtures/imported/documents/dalarna-plan-utkast";
const reviewed = "test/fixtures/imported/documents/dalarna-strategi";

/** What an import proposed and no one confirmed, and everything in the draft. */
const unpublished = [
  "dalarna-plan-utkast",
  "dalarna-plan-utkast-atgarder",
  "dalarna-plan-utkast-mal-1",
  "dalarna-plan-utkast-atgard-1",
  "dalarna-plan-utkast-ansvar-1",
  "dalarna-strategi-mal-2",
  "dalarna-strategi-atgard-2",
  "dalarna-strategi-ansvar-1",
];

function ids(corpus: Corpus): string[] {
  return [
    ...corpus.documents,
    ...corpus.chapters,
    ...corpus.goals,
    ...corpus.measures,
    ...corpus.responsibilities,
    ...corpus.indicators,
    ...corpus.definitions,
    ...corpus.events,
    ...corpus.templates,
    ...corpus.gaps,
    ...corpus.sourceErrors,
  ].map((item) => item.id);
}

describe("validate on an imported draft", () => {
  it("warns at the draft: true line and at each proposed: true line, and finds no error", () => {
    expect(content.errors).toBe(0);
    expect(findings(content)).toEqual([
      `${draft}/01-atgarder.md:10:5 item-proposed`,
      `${draft}/01-atgarder.md:18:5 item-proposed`,
      `${draft}/01-atgarder.md:25:5 item-proposed`,
      `${draft}/index.md:4:1 document-draft`,
      `${reviewed}/01-mal.md:13:5 item-proposed`,
      `${reviewed}/01-mal.md:29:5 item-proposed`,
      `${reviewed}/01-mal.md:36:5 item-proposed`,
    ]);
    expect(content.warnings).toBe(7);
  });

  it("says what each is and what to do, with where the proposal came from and the field it concerns", () => {
    const messages = content.files.flatMap((file) => file.messages).filter((message) => message instanceof Finding);
    const document = messages.find((message) => message.ruleId === "document-draft")!;
    expect(renderFinding(document, "sv")).toBe(
      'Dokumentet "dalarna-plan-utkast" är ett importerat utkast (draft: true) som ingen har granskat än; webbplatsen visar det inte. Granska texten och de föreslagna posterna, och ta sedan bort raden draft: true.',
    );
    const proposals = messages.filter((message) => message.ruleId === "item-proposed");
    expect(proposals.map((message) => message.params)).toEqual([
      { id: "dalarna-plan-utkast-mal-1", type: "goal", from: "rad 20" },
      { id: "dalarna-plan-utkast-atgard-1", type: "measure", from: "rad 31" },
      { id: "dalarna-plan-utkast-ansvar-1", type: "responsibility" },
      { id: "dalarna-strategi-mal-2", type: "goal", from: "rad 14" },
      { id: "dalarna-strategi-atgard-2", type: "measure" },
      { id: "dalarna-strategi-ansvar-1", type: "responsibility", from: "sida 2, rad 3" },
    ]);
    expect(renderFinding(proposals[0]!, "sv")).toBe(
      'Målet "dalarna-plan-utkast-mal-1" är ett förslag från styrdok import (rad 20) som ingen har bekräftat, och webbplatsen visar det inte. Stämmer det med källan: ta bort proposed: true och proposedFrom. Annars: ta bort målet.',
    );
    expect(renderFinding(proposals[4]!, "sv")).toBe(
      'Åtgärden "dalarna-strategi-atgard-2" är ett förslag från styrdok import som ingen har bekräftat, och webbplatsen visar den inte. Stämmer den med källan: ta bort proposed: true. Annars: ta bort åtgärden.',
    );
    expect(renderFinding(proposals[5]!, "en")).toBe(
      'The responsibility "dalarna-strategi-ansvar-1" is a proposal of styrdok import (sida 2, rad 3) that no one has confirmed, and the site does not show it. If it agrees with the source, remove proposed: true and proposedFrom; if not, remove the responsibility.',
    );
    expect(proposals[0]!.dataPath).toEqual(["goals", 0, "proposed"]);
    expect(document.dataPath).toEqual(["draft"]);
  });

  it("takes neither field for the issuer's own draft: status draft is another thing, and a value other than true is an error", async () => {
    const own = await validateTree({ "documents/s/index.md": documentIndex("s").replace("in-force", "draft").replace("complete", "none") });
    expect(findings(own)).toEqual([]);
    const wrong = await validateTree({ "documents/s/index.md": documentIndex("s", "draft: false\n").replace("complete", "none") });
    expect(findings(wrong)).toEqual(["documents/s/index.md:9:8 schema-const"]);
  });
});

describe("publishedCorpus", () => {
  const published = publishedCorpus(content.corpus);

  it("leaves out the draft with all it holds, and every proposal of a reviewed document", () => {
    expect(published.documents.map((document) => document.id)).toEqual(["dalarna-strategi"]);
    expect(published.chapters.map((chapter) => chapter.id)).toEqual(["dalarna-strategi-mal"]);
    expect(published.goals.map((goal) => goal.id)).toEqual(["dalarna-strategi-mal-1", "dalarna-strategi-mal-3"]);
    expect(published.measures.map((measure) => measure.id)).toEqual(["dalarna-strategi-atgard-1"]);
    expect(published.responsibilities).toEqual([]);
    for (const id of unpublished) expect(ids(published), id).not.toContain(id);
    expect(published.documents[0]!.chapters).toEqual(published.chapters);
    expect(published.chapters[0]!.places.map((place) => place.id)).toEqual(["dalarna-strategi-mal-1", "dalarna-strategi-mal-3", "dalarna-strategi-atgard-1"]);
  });

  it("keeps no reference from or to what it left out, in its references or in the fields that held them", () => {
    for (const reference of published.references) {
      expect(unpublished, `${reference.from} ${reference.field} ${reference.to}`).not.toContain(reference.from);
      expect(unpublished, `${reference.from} ${reference.field} ${reference.to}`).not.toContain(reference.to);
    }
    const [strategy] = published.documents;
    expect(strategy!.relations).toEqual([]);
    expect(published.measures[0]!.goals).toEqual(["dalarna-strategi-mal-1", "dalarna-strategi-mal-3"]);
    expect(published.goals.find((goal) => goal.id === "dalarna-strategi-mal-3")!.parent).toBeUndefined();
    const graph = buildGraph(published);
    for (const id of unpublished) expect(graph.get(id), id).toBeUndefined();
    expect(graph.relations.filter((relation) => unpublished.includes(relation.from) || unpublished.includes(relation.to))).toEqual([]);
  });

  it("changes nothing of the model it is given", () => {
    for (const id of unpublished) expect(ids(content.corpus), id).toContain(id);
    expect(content.corpus.measures.find((measure) => measure.id === "dalarna-strategi-atgard-1")!.goals).toEqual(["dalarna-strategi-mal-1", "dalarna-strategi-mal-2", "dalarna-strategi-mal-3"]);
    expect(content.corpus.goals.find((goal) => goal.id === "dalarna-strategi-mal-3")!.parent).toBe("dalarna-strategi-mal-2");
    expect(content.corpus.documents.find((document) => document.id === "dalarna-strategi")!.relations).toHaveLength(1);
    // The chapter it keeps still has its text, for the page that renders it.
    expect(published.chapters[0]!.tree).toBe(content.corpus.chapters.find((chapter) => chapter.id === "dalarna-strategi-mal")!.tree);
  });

  it("is the model itself where nothing is a draft or a proposal", async () => {
    const plain = await loadContent(["test/fixtures/graph"], { cwd: repositoryRoot, today: "2026-01-01" });
    expect(publishedCorpus(plain.corpus)).toBe(plain.corpus);
    expect(publishedContent(plain)).toBe(plain);
  });
});

describe("publishedContent", () => {
  it("leaves out the draft's files, and exports what it publishes within the export schema", () => {
    const published = publishedContent(content);
    expect(published.files.map((file) => file.path).filter((path) => path.startsWith(draft))).toEqual([]);
    expect(published.files.map((file) => file.path)).toContain(`${reviewed}/01-mal.md`);
    const data = toExport(published);
    const json = JSON.stringify(data);
    for (const id of unpublished) expect(json, id).not.toContain(`"${id}"`);
    const validate = schemaValidators().ajv.getSchema("export.schema.json")!;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    // The whole model, as `styrdok export` writes it, says which are drafts and proposals.
    const whole = toExport(content);
    expect(validate(whole), JSON.stringify(validate.errors)).toBe(true);
    expect(whole.documents.find((document) => document.id === "dalarna-plan-utkast")!.draft).toBe(true);
    expect(whole.goals.find((goal) => goal.id === "dalarna-strategi-mal-2")).toMatchObject({ proposed: true, proposedFrom: "rad 14" });
  });
});
