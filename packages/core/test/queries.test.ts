import { describe, expect, it } from "vitest";
import { actorInvolvement, citationsOf, frameworkCoverage, labelOf, provisionLabel, relationsOf, statusPeriodsOf, supersedingDocuments, validityOf } from "../src/queries.ts";
import { files, planIndex } from "./corpus-files.ts";
import { modelOf } from "./memory.ts";

const { graph } = modelOf(files);
const ids = (relations: ReadonlyArray<{ from: string }>) => relations.map((relation) => relation.from);

describe("relationsOf", () => {
  it("groups an item's outgoing relations by field and by the other side's type", () => {
    expect(relationsOf(graph, "plan-atgard-1").outgoing.map((group) => [group.field, group.type, group.relations.map((relation) => relation.to)])).toEqual([
      ["goals", "goal", ["plan-delmal-1"]],
      ["responsible", "actor", ["undertecknarna"]],
      ["partners", "actor", ["region-stockholm"]],
      ["legalBasis.source", "source", ["sol"]],
      ["document", "document", ["plan"]],
      ["chapter", "chapter", ["plan-mal"]],
    ]);
  });

  it("keeps relations through the same field from different types of items apart", () => {
    expect(relationsOf(graph, "plan-delmal-1").incoming.map((group) => [group.field, group.type, ids(group.relations)])).toEqual([
      ["goals", "measure", ["plan-atgard-1"]],
      ["goals", "indicator", ["plan-indikator-1"]],
    ]);
  });

  it("has nothing for an id that is no item", () => {
    expect(relationsOf(graph, "finns-inte")).toEqual({ outgoing: [], incoming: [] });
  });
});

describe("actorInvolvement", () => {
  const involvement = (actor: string) => actorInvolvement(graph, actor).map((entry) => [entry.relation.from, entry.relation.field, entry.actor, entry.via, entry.document, entry.counties.join()]);

  it("finds what an actor is named in, also through its predecessors' responsibilities, its units and its groups", () => {
    expect(involvement("polismyndigheten")).toEqual([
      ["plan", "parties.actor", "polismyndigheten", "self", "plan", "dalarna"],
      ["plan-ansvar-1", "actor", "polisen-dalarna", "predecessor", "plan", "dalarna"],
      ["stockholm-ansvar-1", "actor", "polisregion-bergslagen", "unit", "stockholm", "stockholm"],
      ["plan-atgard-2", "responsible", "lokalpolisomrade-falun", "unit", "plan", "dalarna"],
      ["plan-atgard-1", "responsible", "undertecknarna", "group", "plan", "dalarna"],
    ]);
  });

  it("counts a document's publisher, an event's actors, a partner and a mention in a body, but not the registry's structure", () => {
    expect(involvement("region-dalarna")).toEqual([
      ["plan", "parties.actor", "region-dalarna", "self", "plan", "dalarna"],
      ["plan", "source.publisher", "region-dalarna", "self", "plan", "dalarna"],
      ["plan-handelse-1", "actors", "region-dalarna", "self", "plan", "dalarna"],
      ["plan-mal", "mentions", "region-dalarna", "self", "plan", "dalarna"],
      ["plan-atgard-1", "responsible", "undertecknarna", "group", "plan", "dalarna"],
    ]);
    expect(involvement("region-stockholm")).toEqual([["plan-atgard-1", "partners", "region-stockholm", "self", "plan", "dalarna"]]);
    // Its successor's naming it as a predecessor is the registry's structure, not involvement.
    expect(involvement("polisen-dalarna")).toEqual([["plan-ansvar-1", "actor", "polisen-dalarna", "self", "plan", "dalarna"]]);
  });
});

describe("provisionLabel", () => {
  it("names a provision as readers do", () => {
    expect(provisionLabel({ chapter: "14", section: "1" })).toBe("14 kap. 1 §");
    expect(provisionLabel({ section: "3" })).toBe("3 §");
    expect(provisionLabel({ chapter: "4", section: "4 a", paragraph: 2, point: 3 })).toBe("4 kap. 4 a § 2 st. 3 p.");
    expect(provisionLabel({ article: "19" })).toBe("artikel 19");
  });

  it("is empty for a citation of the whole source, or for a context that is no citation", () => {
    expect(provisionLabel(undefined)).toBe("");
    expect(provisionLabel({})).toBe("");
    const footnoteLink: Record<string, unknown> = { label: "1", sources: ["sol"] };
    expect(provisionLabel(footnoteLink)).toBe("");
  });
});

describe("citationsOf", () => {
  it("lists where a source is cited by provision, the whole source under ''", () => {
    const citations = citationsOf(graph, "sol");
    expect(new Set(citations.keys())).toEqual(new Set(["14 kap. 1 §", "5 kap. 11 § 2 st.", ""]));
    expect(ids(citations.get("14 kap. 1 §")!)).toEqual(["plan-atgard-1", "stockholm-ansvar-1"]);
    expect(citations.get("5 kap. 11 § 2 st.")!.map((relation) => [relation.from, relation.field])).toEqual([["plan-mal", "footnotes.citations.source"]]);
    expect(citations.get("")!.map((relation) => [relation.from, relation.field])).toEqual([["plan-mal", "footnotes.sources"]]);
    expect([...citationsOf(graph, "brb")].map(([provision, relations]) => [provision, ids(relations)])).toEqual([["4 kap. 4 a §", ["plan-ansvar-1"]]]);
  });
});

describe("frameworkCoverage", () => {
  const coverage = frameworkCoverage(graph, "nationell");
  const summary = (index: number, county: "dalarna" | "stockholm") => {
    const bucket = coverage[index]!.counties.get(county);
    return (
      bucket && {
        documents: [...bucket.documents],
        stating: [...bucket.stating],
        goals: bucket.goals.map((entry) => [entry.item.id, entry.via, entry.basis]),
        measures: bucket.measures.map((entry) => [entry.item.id, entry.via, entry.basis]),
      }
    );
  };

  it("covers each goal of the framework, in order", () => {
    expect(coverage.map((entry) => entry.goal.id)).toEqual(["nationell-1", "nationell-2", "nationell-2-1"]);
  });

  it("counts goals that name the framework goal, their sub-goals and the measures that serve them, per county", () => {
    expect(summary(1, "dalarna")).toEqual({
      documents: ["plan"],
      stating: [],
      goals: [
        ["plan-mal-1", "direct", "stated"],
        ["plan-delmal-1", "goal", undefined],
      ],
      measures: [["plan-atgard-1", "goal", undefined]],
    });
    expect(summary(1, "stockholm")).toEqual({ documents: ["stockholm"], stating: [], goals: [["stockholm-mal-1", "direct", "inferred"]], measures: [] });
    expect(coverage[1]!.countiesWithout).toEqual([]);
  });

  it("counts a document that says it serves the framework goal as a whole, and a measure that names it", () => {
    expect(summary(0, "dalarna")).toEqual({ documents: ["plan"], stating: ["plan"], goals: [], measures: [["plan-atgard-2", "direct", "inferred"]] });
    expect(coverage[0]!.countiesWithout).toEqual(["stockholm"]);
  });

  it("names the counties that have documents but nothing under a framework goal", () => {
    expect(coverage[2]!.counties.size).toBe(0);
    expect(coverage[2]!.countiesWithout).toEqual(["dalarna", "stockholm"]);
  });
});

describe("supersedingDocuments and validityOf", () => {
  it("find the documents that supersede or absorb a document, not those that only refer to it", () => {
    expect(supersedingDocuments(graph, "gammal")).toEqual(["plan"]);
    expect(supersedingDocuments(graph, "aldre")).toEqual(["plan"]);
    expect(supersedingDocuments(graph, "plan")).toEqual([]);
  });

  it("name a successor once, even when it both supersedes and absorbs the document", () => {
    const { graph } = modelOf({ ...files, "documents/plan/index.md": planIndex.replace("document: aldre", "document: gammal") });
    expect(supersedingDocuments(graph, "gammal")).toEqual(["plan"]);
  });

  it("say whether a document is in force on a day, and superseded only from the day its successor starts", () => {
    expect(validityOf(graph, "plan", "2025-06-01")).toEqual({ state: "in-force", from: "2020-01-01", to: "2030-12-31", since: "2020-01-01", until: "2030-12-31", basis: "period", supersededBy: [] });
    expect(validityOf(graph, "plan", "2031-01-01")?.state).toBe("ended");
    expect(validityOf(graph, "plan", "2019-12-31")?.state).toBe("upcoming");
    const { graph: replaced } = modelOf({
      ...files,
      "documents/gammal/index.md": files["documents/gammal/index.md"]!.replace("status: superseded", "status: in-force").replace("to: 2014", "to: 2099"),
    });
    expect(validityOf(replaced, "gammal", "2019-06-01")?.state).toBe("in-force");
    expect(validityOf(replaced, "gammal", "2025-06-01")).toEqual({
      state: "superseded",
      from: "2010-01-01",
      to: "2099-12-31",
      since: "2020-01-01",
      basis: "successor",
      supersededBy: [{ document: "plan", from: "2020-01-01" }],
    });
    expect(statusPeriodsOf(replaced, "gammal")!.map((period) => [period.status, period.from, period.to])).toEqual([
      ["upcoming", undefined, "2009-12-31"],
      ["in-force", "2010-01-01", "2019-12-31"],
      ["superseded", "2020-01-01", undefined],
    ]);
    expect(validityOf(graph, "plan-mal-1", "2025-06-01")).toBeUndefined();
  });
});

describe("labelOf", () => {
  const label = (id: string, maxLength?: number) => labelOf(graph.get(id)!, maxLength);

  it("names an item by its title, name, term or text, as fits its type", () => {
    expect(["plan", "plan-mal", "sol", "plan-mall", "polismyndigheten", "nationell", "plan-begrepp-vald", "plan-atgard-1"].map((id) => label(id))).toEqual([
      "Dalarnas plan",
      "Mål och åtgärder",
      "Socialtjänstlag (2001:453)",
      "Mall för lokala överenskommelser",
      "Polismyndigheten",
      "Nationell strategi",
      "Våld",
      "Parterna utbildar personal i att fråga om våld.",
    ]);
  });

  it("puts a framework goal's label before its text, an event's date before its text, a correction after the source's words", () => {
    expect(label("nationell-2")).toBe("2: Upptäckt, skydd och stöd");
    expect(label("plan-handelse-1")).toBe("2019-05: Länsstyrelsen samlade parterna.");
    expect(label("plan-kallfel-1")).toBe("samvekan → samverkan");
    expect(label("plan-lucka-1")).toBe("En figur över samverkan.");
  });

  it("cuts a long label with an ellipsis, within the length asked for and never after a space", () => {
    expect(label("plan-atgard-1", 20)).toBe("Parterna utbildar p…");
    expect(label("plan-atgard-1", 19)).toBe("Parterna utbildar…");
    expect(label("plan-atgard-1", 47)).toBe("Parterna utbildar personal i att fråga om våld.");
  });
});
