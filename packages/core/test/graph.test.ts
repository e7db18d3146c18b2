import { describe, expect, it } from "vitest";
import { actorInvolvement, citationsOf, frameworkCoverage, loadContent, type Relation, relationsOf } from "../src/index.ts";
import { actors, files, planGoals } from "./corpus-files.ts";
import { modelOf, positionOf } from "./memory.ts";
import { repositoryRoot } from "./paths.ts";

const result = await loadContent(["test/fixtures/graph"], { cwd: repositoryRoot, today: "2026-11-22" });
const { graph } = result;

describe("the graph", () => {
  it("is built from valid content", () => {
    expect(result.errors + result.warnings).toBe(0);
  });

  it("holds every relation in both directions", () => {
    const measure = relationsOf(graph, "dalarna-plan-atgard-1");
    expect(measure.outgoing.map((group) => [group.field, group.relations.map((relation) => relation.to)])).toEqual([
      ["goals", ["dalarna-plan-delmal-1-1"]],
      ["responsible", ["undertecknarna"]],
      ["partners", ["region-stockholm"]],
      ["document", ["dalarna-plan"]],
      ["chapter", ["dalarna-plan-mal"]],
    ]);
    expect(graph.incoming("dalarna-plan-delmal-1-1").map((relation) => [relation.from, relation.field])).toContainEqual(["dalarna-plan-atgard-1", "goals"]);
    expect(graph.incoming("dalarna-gammal").map((relation) => [relation.from, relation.field, relation.context?.relation])).toEqual([["dalarna-plan", "relations.document", "supersedes"]]);
  });

  it("counts a body's link to an item as a mention", () => {
    expect(graph.incoming("region-dalarna").map((relation) => [relation.from, relation.field])).toContainEqual(["dalarna-plan-mal", "mentions"]);
  });

  it("finds what an actor has promised everywhere, also through its units and groups", () => {
    const involvement = actorInvolvement(graph, "polismyndigheten");
    expect(involvement.map((entry) => [entry.relation.from, entry.relation.field, entry.via, entry.counties.join()])).toEqual([
      ["dalarna-plan", "parties.actor", "self", "dalarna"],
      ["dalarna-plan-ansvar-polis-1", "actor", "self", "dalarna"],
      ["stockholm-strategi-ansvar-polis-1", "actor", "unit", "stockholm"],
      ["dalarna-plan-atgard-1", "responsible", "group", "dalarna"],
    ]);
  });

  it("lists where a law is cited, down to chapter and section", () => {
    const citations = citationsOf(graph, "sol");
    expect([...citations.keys()]).toEqual(["14 kap. 1 §", "5 kap. 11 §"]);
    expect(citations.get("14 kap. 1 §")!.map((relation) => graph.get(relation.from)!.document)).toEqual(["dalarna-plan", "stockholm-strategi"]);
  });

  it("shows which goals and measures serve a national goal in each county, and which counties have none", () => {
    const [first, second] = frameworkCoverage(graph, "nationell");
    expect(first!.goal.id).toBe("nationell-1");
    expect(first!.countiesWithout).toEqual(["dalarna", "stockholm"]);
    const dalarna = second!.counties.get("dalarna")!;
    expect(dalarna.goals.map((entry) => [entry.item.id, entry.via])).toEqual([
      ["dalarna-plan-mal-1", "direct"],
      ["dalarna-plan-delmal-1-1", "goal"],
    ]);
    expect(dalarna.measures.map((entry) => entry.item.id)).toEqual(["dalarna-plan-atgard-1"]);
    const stockholm = second!.counties.get("stockholm")!;
    expect(stockholm.goals.map((entry) => [entry.item.id, entry.basis])).toEqual([["stockholm-strategi-mal-1", "inferred"]]);
    expect(second!.countiesWithout).toEqual([]);
  });
});

describe("buildGraph, in memory", () => {
  const { graph } = modelOf(files);
  const fields = (relations: readonly Relation[]) => relations.map((relation) => [relation.field, relation.from, relation.to]);

  it("finds an item by id, and by id and type only when the type is right", () => {
    expect(graph.get("plan-atgard-1")?.type).toBe("measure");
    expect(graph.getOf("measure", "plan-atgard-1")?.item.responsible).toEqual(["undertecknarna"]);
    expect(graph.getOf("goal", "plan-atgard-1")).toBeUndefined();
    expect(graph.get("finns-inte")).toBeUndefined();
  });

  it("lists every item of a type in file order", () => {
    expect(graph.all("document").map((node) => node.id)).toEqual(["aldre", "gammal", "plan", "stockholm"]);
    expect(graph.all("framework-goal").map((node) => [node.id, node.item.label])).toEqual([
      ["nationell-1", "1"],
      ["nationell-2", "2"],
      ["nationell-2-1", "2.1"],
    ]);
  });

  it("knows each item's document: a document its own, none for a registry item", () => {
    expect(["plan", "plan-mal", "plan-atgard-1", "plan-lucka-1", "polismyndigheten", "nationell-1"].map((id) => graph.get(id)!.document)).toEqual([
      "plan",
      "plan",
      "plan",
      "plan",
      undefined,
      undefined,
    ]);
  });

  it("adds the structure: each item belongs to its document and chapter, each framework goal to its framework", () => {
    expect(fields(graph.outgoing("plan-atgard-1")).filter(([field]) => field === "document" || field === "chapter")).toEqual([
      ["document", "plan-atgard-1", "plan"],
      ["chapter", "plan-atgard-1", "plan-mal"],
    ]);
    expect(fields(graph.outgoing("plan-mal"))).toContainEqual(["document", "plan-mal", "plan"]);
    expect(fields(graph.outgoing("plan-lucka-1"))).toEqual([["document", "plan-lucka-1", "plan"]]);
    expect(fields(graph.outgoing("plan"))).not.toContainEqual(["document", "plan", "plan"]);
    expect(fields(graph.outgoing("nationell-2"))).toEqual([["framework", "nationell-2", "nationell"]]);
  });

  it("counts a body's link to an item as a mention, placed where the link is written", () => {
    const [mention] = graph.incoming("region-dalarna").filter((relation) => relation.field === "mentions");
    expect(mention).toMatchObject({ from: "plan-mal", fromType: "chapter", to: "region-dalarna", toType: "actor" });
    expect(mention!.origin).toEqual({ file: "documents/plan/01-mal.md", ...positionOf(planGoals, "[Region Dalarna]"), document: "plan", chapter: "plan-mal" });
  });

  it("keeps a reference's context, and gives every relation both ends", () => {
    const citation = graph.outgoing("plan-atgard-1").find((relation) => relation.field === "legalBasis.source")!;
    expect(citation.context).toEqual({ source: "sol", chapter: "14", section: "1" });
    expect(graph.incoming("sol")).toContain(citation);
    expect(graph.outgoing("finns-inte")).toEqual([]);
    expect(graph.incoming("finns-inte")).toEqual([]);
  });

  it("drops a reference to an id that is no item, and types a reference by the item it reaches", () => {
    const { graph } = modelOf({
      ...files,
      "documents/plan/01-mal.md": planGoals.replace("goals: [plan-delmal-1]", "goals: [polismyndigheten]").replace("partners: [region-stockholm]", "partners: [finns-inte]"),
    });
    const outgoing = graph.outgoing("plan-atgard-1");
    expect(outgoing.find((relation) => relation.field === "goals")).toMatchObject({ to: "polismyndigheten", toType: "actor" });
    expect(outgoing.some((relation) => relation.field === "partners")).toBe(false);
  });

  it("gives an item the counties of its document, and a registry item none", () => {
    expect(graph.countiesOf("plan-atgard-1")).toEqual(["dalarna"]);
    expect(graph.countiesOf("stockholm-ansvar")).toEqual(["stockholm"]);
    expect(graph.countiesOf("region-dalarna")).toEqual([]);
    expect(graph.countiesOf("finns-inte")).toEqual([]);
  });

  it("lets an actor stand for its predecessors, the units of all of them at any depth, and the groups they belong to", () => {
    expect([...graph.actorScope("polismyndigheten")].map(([id, { via }]) => [id, via])).toEqual([
      ["polismyndigheten", "self"],
      ["polisen-dalarna", "predecessor"],
      ["polisregion-bergslagen", "unit"],
      ["lokalpolisomrade-falun", "unit"],
      ["undertecknarna", "group"],
    ]);
    // A unit does not stand for the authority above it.
    expect([...graph.actorScope("polisregion-bergslagen").keys()]).toEqual(["polisregion-bergslagen", "lokalpolisomrade-falun"]);
  });

  it("follows predecessors at any depth, and stops at a cycle the checks will report", () => {
    const registry = actors
      .replace("kind: statlig-myndighet\n  - id: polisregion-bergslagen", "kind: statlig-myndighet\n    predecessors: [polisregion-bergslagen]\n  - id: polisregion-bergslagen")
      .replace("parent: polismyndigheten", "predecessors: [polismyndigheten]");
    const { graph } = modelOf({ "actors.md": registry });
    expect([...graph.actorScope("polismyndigheten")].map(([id, { via }]) => [id, via])).toEqual([
      ["polismyndigheten", "self"],
      ["polisen-dalarna", "predecessor"],
      ["polisregion-bergslagen", "predecessor"],
      ["lokalpolisomrade-falun", "unit"],
      ["undertecknarna", "group"],
    ]);
  });
});
