// The reader's questions of issue 5, asked of the real content: each is one command, and the
// answers must be right.

import { actorInvolvement, citationsOf, frameworkCoverage, loadContent } from "@styrdok/core";
import { actorView, buildSite } from "@styrdok/pages";
import { describe, expect, it } from "vitest";
import { runCli } from "../packages/cli/test/run-cli.ts";
import { repositoryRoot } from "./paths.ts";

const result = await loadContent(["content"], { cwd: repositoryRoot, today: "2026-11-22" });
const { graph } = result;

describe("the graph of the real content", () => {
  it("finds what the police have committed to in all three counties, including as the 2014 authority", () => {
    const involvement = actorInvolvement(graph, "polismyndigheten");
    const counties = new Set(involvement.flatMap((entry) => entry.counties));
    expect([...counties].sort()).toEqual(["dalarna", "stockholm", "vasternorrland"]);
    const responsibilities = involvement.filter((entry) => entry.relation.fromType === "responsibility");
    for (const county of ["dalarna", "stockholm", "vasternorrland"] as const) {
      expect(
        responsibilities.some((entry) => entry.counties.includes(county)),
        county,
      ).toBe(true);
    }
    expect(involvement.some((entry) => entry.via === "predecessor" && entry.actor === "polismyndigheten-i-dalarnas-lan")).toBe(true);
  });

  it("knows which documents rely on SoL 14 kap. 1 §", () => {
    const citing = citationsOf(graph, "socialtjanstlagen-2001-453").get("14 kap. 1 §") ?? [];
    const documents = new Set(citing.map((relation) => graph.get(relation.from)!.document));
    expect(documents.size).toBeGreaterThan(1);
    expect([...documents]).toEqual(expect.arrayContaining(["vasternorrland-handlingsplan-2022", "dalarna-overenskommelse-2024"]));
  });

  it("shows which measures serve national goal 2 in each county", () => {
    const goal2 = frameworkCoverage(graph, "nationell-strategi-2017-2026").find((coverage) => coverage.goal.id === "nationell-strategi-2017-2026-mal-2")!;
    expect(goal2.counties.get("vasternorrland")!.measures).toHaveLength(15); // seed 003, L748–785
    expect(goal2.counties.get("stockholm")!.goals.length).toBeGreaterThan(0);
    expect([...goal2.counties.keys()].sort()).toEqual(["dalarna", "stockholm", "vasternorrland"]);
    // The 2021 report builds on all four national goals as a whole (seed 001); it states no goal of its own under them.
    const dalarna = goal2.counties.get("dalarna")!;
    expect([...dalarna.stating]).toContain("dalarna-rapport-2021");
    for (const document of dalarna.stating) expect(dalarna.documents.has(document)).toBe(true);
    expect(dalarna.stating.has("dalarna-lansstrategi-2015")).toBe(false);
  });

  it("makes Dalarna's lineage visible in both directions", () => {
    const lineage = (id: string) =>
      graph
        .outgoing(id)
        .filter((relation) => relation.field === "relations.document")
        .map((relation) => `${relation.context?.relation} ${relation.to}`);
    expect(lineage("dalarna-lansstrategi-2015")).toEqual(expect.arrayContaining(["supersedes dalarna-lansstrategi-2010", "absorbs dalarna-socialnamndernas-handlingsplan-2010"]));
    expect(lineage("dalarna-handlingsplan-2017")).toContain("supersedes dalarna-lansstrategi-2015");
    expect(lineage("dalarna-rapport-2021")).toEqual(expect.arrayContaining(["follows-up dalarna-handlingsplan-2017", "prepares dalarna-strategi-2023"]));
    expect(lineage("dalarna-overenskommelse-2024")).toContain("implements dalarna-strategi-2023");
    const supersededBy = graph
      .incoming("dalarna-handlingsplan-2017")
      .filter((relation) => relation.context?.relation === "supersedes")
      .map((relation) => relation.from);
    expect(supersededBy).toEqual(["dalarna-strategi-2023"]);
  });
});

describe("the questions as commands", () => {
  it("styrdok show polismyndigheten answers by county", () => {
    const run = runCli(["show", "polismyndigheten"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Nämns i \d+ poster i \d+ dokument i 3 län:/);
    for (const county of ["Dalarnas län", "Stockholms län", "Västernorrlands län"]) expect(run.stdout).toContain(`\n${county} (`);
  });

  it("styrdok show socialtjanstlagen-2001-453 lists 14 kap. 1 § with more than one document", () => {
    const run = runCli(["show", "socialtjanstlagen-2001-453", "--format", "json"]);
    const data = JSON.parse(run.stdout);
    const provision = data.citations.find((entry: { provision: string }) => entry.provision === "14 kap. 1 §");
    expect(new Set(provision.items.map((item: { document: string }) => item.document)).size).toBeGreaterThan(1);
  });

  it("styrdok coverage --framework nationell-strategi-2017-2026 compares the counties", () => {
    const run = runCli(["coverage", "--framework", "nationell-strategi-2017-2026", "--format", "json"]);
    const [framework] = JSON.parse(run.stdout);
    const goal2 = framework.goals.find((goal: { goal: string }) => goal.goal === "nationell-strategi-2017-2026-mal-2");
    expect(goal2.counties.map((county: { county: string }) => county.county)).toEqual(["dalarna", "stockholm", "vasternorrland"]);
  });
});

describe("an actor's entries, counted alike by the CLI and the site", () => {
  it("counts each item that names the police once, however many ways it names them", async () => {
    const site = await buildSite("content", { cwd: repositoryRoot, today: "2026-11-22", historyLimit: 0 });
    const view = actorView(site, "polismyndigheten");
    const items = new Set(actorInvolvement(graph, "polismyndigheten").map((entry) => entry.relation.from));
    expect(view.total).toBe(items.size);
    const run = runCli(["show", "polismyndigheten"], { env: { STYRDOK_TODAY: "2026-11-22" } });
    expect(run.stdout).toContain(`Nämns i ${view.total} poster i ${view.documentCount} dokument i ${view.countyCount} län:`);
    // An event that names the police and two of their predecessors is one line, not three.
    const involvement = run.stdout.slice(0, run.stdout.indexOf("\nPekar på"));
    const lines = involvement.split("\n").filter((line) => line.trim().startsWith("dalarna-lansstrategi-2015-handelse-2015-01-01 "));
    expect(lines).toHaveLength(1);
  });
});
