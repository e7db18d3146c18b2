import { describe, expect, it } from "vitest";
import { actorInvolvement, citationsOf, frameworkCoverage, loadContent, relationsOf } from "../src/index.ts";
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
