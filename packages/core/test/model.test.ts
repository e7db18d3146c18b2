import { describe, expect, it } from "vitest";
import { buildCorpus } from "../src/model.ts";
import { actors, files, framework, planGoals, planIndex, planTerms } from "./corpus-files.ts";
import { anyEntryOf, chapterText, entryOf, modelOf, positionOf } from "./memory.ts";

const { corpus } = modelOf(files);
const referencesFrom = (id: string) => corpus.references.filter((reference) => reference.from === id);

describe("buildCorpus: documents and chapters", () => {
  it("makes a document of each folder's index.md, with its chapters in file order", () => {
    expect(corpus.documents.map((document) => [document.id, document.chapters.map((chapter) => [chapter.id, chapter.order, chapter.document])])).toEqual([
      ["aldre", []],
      ["gammal", []],
      [
        "plan",
        [
          ["plan-mal", 1, "plan"],
          ["plan-begrepp", 2, "plan"],
        ],
      ],
      ["stockholm", [["stockholm-ansvar", 1, "stockholm"]]],
    ]);
    expect(corpus.chapters.map((chapter) => chapter.id)).toEqual(["plan-mal", "plan-begrepp", "stockholm-ansvar"]);
  });

  it("keeps a document's own fields and where its id stands, but not its type", () => {
    const plan = corpus.documents.find((document) => document.id === "plan")!;
    expect([plan.title, plan.kind, plan.counties, plan.validity]).toEqual(["Dalarnas plan", "action-plan", ["dalarna"], { from: "2020", to: "2030" }]);
    expect(plan).not.toHaveProperty("type");
    expect(plan.origin).toEqual({ file: "documents/plan/index.md", ...positionOf(planIndex, "id: plan", 4) });
  });

  it("gives a chapter its Markdown body, its plain text and its links to items, and moves its items to the collections", () => {
    const chapter = corpus.chapters[0]!;
    expect(chapter.body.startsWith("## Mål\n\nMålet: Våldsutsatta")).toBe(true);
    expect(chapter.text).toBe(
      "Mål Målet: Våldsutsatta får skydd och stöd. Delmålet: Fler upptäcks tidigt. Parterna utbildar personal i att fråga om våld. Polisen kartlägger hedersrelaterat våld. Polisen ska anmäla oro för barn. Region Dalarna samordnar. Se 5 kap. 11 § SoL. En fotnot utan koppling i frontmatter.",
    );
    expect(chapter.mentions.map((mention) => mention.id)).toEqual(["region-dalarna"]);
    expect(chapter.tree.type).toBe("root");
    for (const key of ["type", "goals", "measures", "responsibilities"]) expect(chapter).not.toHaveProperty(key);
    expect(chapter.origin).toEqual({ file: "documents/plan/01-mal.md", ...positionOf(planGoals, "id: plan-mal", 4), document: "plan" });
  });

  it("joins each footnote of the body with what the frontmatter links to its label", () => {
    expect(corpus.chapters[0]!.footnotes).toEqual([
      { label: "1", text: "Se 5 kap. 11 § SoL.", sources: ["sol"], documents: [], citations: [{ source: "sol", chapter: "5", section: "11", paragraph: 2 }] },
      { label: "2", text: "En fotnot utan koppling i frontmatter.", sources: [], documents: [] },
    ]);
  });

  it("matches a footnote's label in the frontmatter to the body whatever its case", () => {
    const { corpus } = modelOf({
      "documents/s/index.md": "---\ntype: document\nid: s\nkind: strategy\ntitle: S\ncounties: [dalarna]\nstatus: in-force\ntextAvailability: complete\n---\n",
      "documents/s/01-kap.md": chapterText("s-kap", 'footnotes:\n  - label: "Not"\n    documents: [s]\n', "Text.[^not]\n\n[^not]: Se strategin.\n"),
    });
    expect(corpus.chapters[0]!.footnotes).toEqual([{ label: "not", text: "Se strategin.", sources: [], documents: ["s"] }]);
  });

  it("finds its document whatever the order of the files, and leaves out a chapter outside a document folder", () => {
    const entries = [entryOf("documents/lost/01-kap.md", chapterText("lost-kap", "", "Text.\n")), entryOf("documents/plan/01-mal.md", planGoals), entryOf("documents/plan/index.md", planIndex)];
    const corpus = buildCorpus(entries);
    expect(corpus.chapters.map((chapter) => chapter.id)).toEqual(["plan-mal"]);
    expect(corpus.documents[0]!.chapters.map((chapter) => chapter.id)).toEqual(["plan-mal"]);
  });

  it("takes only a file named index.md as a document", () => {
    const corpus = buildCorpus([entryOf("documents/plan/dokument.md", planIndex), entryOf("documents/plan/01-mal.md", planGoals)]);
    expect([corpus.documents, corpus.chapters, corpus.goals]).toEqual([[], [], []]);
  });

  it("leaves out a file the schema refuses, and its items", () => {
    const broken = anyEntryOf("documents/plan/01-mal.md", planGoals.replace("kind: measure", "kind: åtgärd"))!;
    expect(broken.validated.valid).toBe(false);
    const corpus = buildCorpus([broken, entryOf("documents/plan/index.md", planIndex)]);
    expect([corpus.chapters, corpus.goals, corpus.measures]).toEqual([[], [], []]);
    expect(corpus.references.every((reference) => reference.from === "plan")).toBe(true);
  });
});

describe("buildCorpus: items", () => {
  it("puts every chapter's items in their collections, in file order, each with its document, chapter and place", () => {
    expect(corpus.goals.map((goal) => goal.id)).toEqual(["plan-mal-1", "plan-delmal-1", "stockholm-mal-1"]);
    expect(corpus.measures.map((measure) => measure.id)).toEqual(["plan-atgard-1", "plan-atgard-2"]);
    expect(corpus.responsibilities.map((item) => item.id)).toEqual(["plan-ansvar-1", "stockholm-ansvar-1"]);
    expect([corpus.indicators, corpus.definitions, corpus.events, corpus.templates].map((items) => items.map((item) => item.id))).toEqual([
      ["plan-indikator-1"],
      ["plan-begrepp-vald"],
      ["plan-handelse-1", "plan-handelse-2"],
      ["plan-mall"],
    ]);
    expect(corpus.measures[0]!.origin).toEqual({ file: "documents/plan/01-mal.md", ...positionOf(planGoals, "id: plan-atgard-1"), document: "plan", chapter: "plan-mal" });
    expect(corpus.measures[0]!.responsible).toEqual(["undertecknarna"]);
  });

  it("keeps gaps and source errors of a document and of a chapter, a chapter's with its chapter", () => {
    expect(corpus.gaps.map((gap) => [gap.id, gap.origin.document, gap.origin.chapter])).toEqual([["plan-lucka-1", "plan", undefined]]);
    expect(corpus.sourceErrors.map((error) => [error.id, error.origin.document, error.origin.chapter, error.correction])).toEqual([["plan-kallfel-1", "plan", "plan-begrepp", "samverkan"]]);
  });

  it("keeps the registries' actors and sources, and each framework with its goals, none of them in a document", () => {
    expect(corpus.actors.map((actor) => actor.id)).toEqual([
      "polismyndigheten",
      "polisen-dalarna",
      "polisregion-bergslagen",
      "lokalpolisomrade-falun",
      "region-dalarna",
      "region-stockholm",
      "undertecknarna",
    ]);
    expect(corpus.actors[2]!.origin).toEqual({ file: "actors.md", ...positionOf(actors, "id: polisregion-bergslagen") });
    expect(corpus.sources.map((source) => source.id)).toEqual(["sol", "brb"]);
    expect(corpus.frameworks.map((item) => [item.id, item.name, item.origin])).toEqual([
      ["nationell", "Nationell strategi", { file: "frameworks/nationell.md", ...positionOf(framework, "id: nationell", 4) }],
    ]);
    expect(corpus.frameworkGoals.map((goal) => [goal.id, goal.framework, goal.origin.line])).toEqual([
      ["nationell-1", "nationell", positionOf(framework, "id: nationell-1").line],
      ["nationell-2", "nationell", positionOf(framework, "id: nationell-2").line],
      ["nationell-2-1", "nationell", positionOf(framework, "id: nationell-2-1").line],
    ]);
  });
});

describe("buildCorpus: references", () => {
  it("attributes a reference to the nearest enclosing item, with the field within it and where it is written", () => {
    expect(referencesFrom("plan-atgard-1").find((reference) => reference.field === "responsible")).toEqual({
      from: "plan-atgard-1",
      fromType: "measure",
      field: "responsible",
      to: "undertecknarna",
      toType: "actor",
      origin: { file: "documents/plan/01-mal.md", ...positionOf(planGoals, "responsible: [undertecknarna]", 14), document: "plan", chapter: "plan-mal" },
    });
  });

  it("attributes a reference inside a citation to the measure, and carries the citation as context", () => {
    expect(referencesFrom("plan-atgard-1").find((reference) => reference.field === "legalBasis.source")).toMatchObject({
      fromType: "measure",
      to: "sol",
      toType: "source",
      context: { source: "sol", chapter: "14", section: "1" },
    });
  });

  it("attributes a footnote's references to the chapter, with the footnote or its citation as context", () => {
    expect(referencesFrom("plan-mal").map((reference) => [reference.fromType, reference.field, reference.to, reference.context])).toEqual([
      ["chapter", "footnotes.sources", "sol", { label: "1", sources: ["sol"], citations: [{ source: "sol", chapter: "5", section: "11", paragraph: 2 }] }],
      ["chapter", "footnotes.citations.source", "sol", { source: "sol", chapter: "5", section: "11", paragraph: 2 }],
    ]);
  });

  it("gives a document's references the party, relation or framework link that holds them", () => {
    expect(referencesFrom("plan").map((reference) => [reference.field, reference.to, reference.context])).toEqual([
      ["parties.actor", "polismyndigheten", { actor: "polismyndigheten", roles: ["party", "signatory"] }],
      ["parties.actor", "region-dalarna", { actor: "region-dalarna", roles: ["party"] }],
      ["relations.document", "gammal", { relation: "supersedes", document: "gammal", basis: "stated" }],
      ["relations.document", "aldre", { relation: "absorbs", document: "aldre", basis: "stated" }],
      ["frameworks.framework", "nationell", { framework: "nationell", goals: ["nationell-1"], basis: "stated" }],
      ["frameworks.goals", "nationell-1", { framework: "nationell", goals: ["nationell-1"], basis: "stated" }],
      ["source.publisher", "region-dalarna", { publisher: "region-dalarna" }],
    ]);
    expect(referencesFrom("plan")[0]!.origin).toEqual({ file: "documents/plan/index.md", ...positionOf(planIndex, "actor: polismyndigheten", 7), document: "plan" });
  });

  it("attributes an actor's parent, members and predecessors to the actor, outside any document", () => {
    expect(["polismyndigheten", "polisregion-bergslagen", "undertecknarna"].flatMap((id) => referencesFrom(id).map((reference) => [reference.from, reference.field, reference.to]))).toEqual([
      ["polismyndigheten", "predecessors", "polisen-dalarna"],
      ["polisregion-bergslagen", "parent", "polismyndigheten"],
      ["undertecknarna", "members", "polismyndigheten"],
      ["undertecknarna", "members", "region-dalarna"],
    ]);
    expect(referencesFrom("undertecknarna")[1]!.origin).toEqual({ file: "actors.md", ...positionOf(actors, "region-dalarna]") });
  });

  it("attributes a framework goal's parent to the goal", () => {
    expect(referencesFrom("nationell-2-1").map((reference) => [reference.fromType, reference.field, reference.to, reference.toType])).toEqual([
      ["framework-goal", "parent", "nationell-2", "framework-goal"],
    ]);
  });

  it("lists the documents' references first, then the chapters', then the registries'", () => {
    const files = [...new Set(corpus.references.map((reference) => reference.origin.file))];
    expect(files).toEqual([
      "documents/plan/index.md",
      "documents/stockholm/index.md",
      "documents/plan/01-mal.md",
      "documents/plan/02-begrepp.md",
      "documents/stockholm/01-ansvar.md",
      "actors.md",
      "frameworks/nationell.md",
    ]);
  });
});

describe("buildCorpus: where each item stands in its chapter's body", () => {
  const placesOf = (chapter: string, text: string) =>
    corpus.chapters.find((item) => item.id === chapter)!.places.map((place) => [place.id, place.block.type, text.slice(place.block.start, place.block.end)]);

  it("finds each item's text in the body: a paragraph, a list item, never a tight list item's paragraph", () => {
    expect(placesOf("plan-mal", planGoals)).toEqual([
      ["plan-mal-1", "paragraph", "Målet: Våldsutsatta får skydd och stöd. Delmålet: Fler upptäcks tidigt."],
      ["plan-delmal-1", "paragraph", "Målet: Våldsutsatta får skydd och stöd. Delmålet: Fler upptäcks tidigt."],
      ["plan-atgard-1", "listItem", "- Parterna utbildar personal i att fråga om våld."],
      ["plan-atgard-2", "listItem", "- Polisen kartlägger hedersrelaterat våld."],
      ["plan-ansvar-1", "paragraph", "Polisen ska anmäla oro för barn.[^1] [Region Dalarna](#region-dalarna) samordnar."],
    ]);
  });

  it("finds indicators, definitions, events and templates too (a template by its title), and skips an item the body does not show", () => {
    expect(placesOf("plan-begrepp", planTerms)).toEqual([
      ["plan-indikator-1", "blockquote", "> 14 procent av kvinnorna har utsatts."],
      ["plan-begrepp-vald", "tableCell", "| Våld är varje handling riktad mot en annan person. |"],
      ["plan-handelse-1", "paragraph", "I maj 2019: Länsstyrelsen samlade parterna."],
      ["plan-mall", "heading", "### Mall för lokala överenskommelser"],
    ]);
  });
});
