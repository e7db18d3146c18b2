import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const fixture = "test/fixtures/graph";
const scratch = mkdtempSync(join(tmpdir(), "styrdok-graph-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("styrdok show", () => {
  it("lists what an actor has promised in every county, also through units and groups", () => {
    const run = runCli(["show", "polismyndigheten", fixture]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Nämns i 4 poster i 2 dokument i 2 län:");
    expect(run.stdout).toContain("Dalarnas län (3)");
    expect(run.stdout).toContain("Stockholms län (1)");
    expect(run.stdout).toContain("stockholm-strategi-ansvar-polis-1  Polisen bör informera om stöd.  [genom enheten polisregion-bergslagen]");
    expect(run.stdout).toContain("dalarna-plan-atgard-1  Parterna utbildar personal i att fråga om våld.  [genom gruppen undertecknarna]");
  });

  it("answers in JSON with relations grouped and counted", () => {
    const run = runCli(["show", "sol", fixture, "--format", "json"]);
    const data = JSON.parse(run.stdout);
    expect(data.item).toMatchObject({ id: "sol", type: "source", title: "Socialtjänstlag (2001:453)" });
    expect(data.citations.map((entry: { provision: string; count: number }) => [entry.provision, entry.count])).toEqual([
      ["14 kap. 1 §", 2],
      ["5 kap. 11 §", 1],
    ]);
    const incoming = data.incoming.find((group: { field: string }) => group.field === "legalBasis.source");
    expect(incoming.count).toBe(3);
  });

  it("shows a document's lineage in both directions", () => {
    const older = runCli(["show", "dalarna-gammal", fixture, "--format", "json"]);
    const data = JSON.parse(older.stdout);
    expect(data.incoming).toContainEqual(expect.objectContaining({ field: "relations.document", label: "ersatt av", items: [expect.objectContaining({ id: "dalarna-plan" })] }));
  });

  it("names the nearest ids when the id does not exist", () => {
    const run = runCli(["show", "polismyndighet", fixture]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('styrdok: det finns inget id "polismyndighet". Närmaste: polismyndigheten. Se styrdok help.\n');
  });
});

describe("styrdok coverage", () => {
  it("shows per national goal which counties' goals and measures serve it, and which have nothing", () => {
    const run = runCli(["coverage", fixture, "--framework", "nationell"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("  1: Förebyggande arbete\n    Inget under målet: Dalarnas län, Stockholms län");
    expect(run.stdout).toContain("    Dalarnas län: 1 dokument, 2 mål, 1 åtgärder");
    expect(run.stdout).toContain("stockholm-strategi-mal-1  Våldsutsatta har tillgång till insatser.  [direkt, härlett]");
  });

  it("gives the comparison table as CSV, one row per goal and county", () => {
    const run = runCli(["coverage", fixture, "--framework", "nationell", "--format", "csv"]);
    const rows = parse(run.stdout, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => [row.frameworkGoal, row.county, row.goalCount, row.measureCount])).toEqual([
      ["nationell-1", "dalarna", "0", "0"],
      ["nationell-1", "stockholm", "0", "0"],
      ["nationell-2", "dalarna", "2", "1"],
      ["nationell-2", "stockholm", "1", "1"],
    ]);
  });

  it("rejects an unknown framework", () => {
    const run = runCli(["coverage", fixture, "--framework", "agenda-2031"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('det finns inget ramverk "agenda-2031" (finns: nationell)');
  });
});

describe("styrdok export --format csv", () => {
  const out = join(scratch, "csv");
  const run = runCli(["export", fixture, "--format", "csv", "--out", out]);

  it("writes one table per collection and the relation tables", () => {
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      [
        "actors.csv",
        "chapters.csv",
        "definitions.csv",
        "document-relations.csv",
        "documents.csv",
        "events.csv",
        "framework-goals.csv",
        "frameworks.csv",
        "gaps.csv",
        "goal-framework-goal.csv",
        "goals.csv",
        "indicators.csv",
        "legal-basis.csv",
        "measure-actor.csv",
        "measure-goal.csv",
        "measures.csv",
        "responsibilities.csv",
        "source-errors.csv",
        "sources.csv",
      ].sort(),
    );
  });

  it("round-trips through a CSV parser: quotes, commas, newlines and Swedish characters survive", () => {
    const bytes = readFileSync(join(out, "goals.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("\r\n");
    const goals = parse(bytes, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(goals[0]).toMatchObject({ id: "dalarna-plan-mal-1", group: 'Grupp "A", med komma\noch radbrytning', text: "Våldsutsatta får skydd, stöd och hjälp.", frameworkGoals: "nationell-2" });
    const documents = parse(readFileSync(join(out, "documents.csv")), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(documents.map((row) => row.title)).toContain('Dalarnas plan, med "citat", komma och radbrytning');
    const links = parse(readFileSync(join(out, "measure-actor.csv")), { columns: true, bom: true });
    expect(links).toEqual([
      { measure: "dalarna-plan-atgard-1", actor: "undertecknarna", role: "responsible" },
      { measure: "dalarna-plan-atgard-1", actor: "region-stockholm", role: "partner" },
    ]);
    const legal = parse(readFileSync(join(out, "legal-basis.csv")), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(legal.map((row) => [row.item, row.provision])).toEqual([
      ["dalarna-plan-ansvar-polis-1", "14 kap. 1 §"],
      ["stockholm-strategi-ansvar-polis-1", "14 kap. 1 §"],
      ["stockholm-strategi-ansvar-polis-1", "5 kap. 11 §"],
    ]);
  });

  it("is byte-for-byte the same on a second run", () => {
    const again = join(scratch, "csv-again");
    expect(runCli(["export", fixture, "--format", "csv", "--out", again]).status).toBe(0);
    for (const name of readdirSync(out)) expect(readFileSync(join(again, name)), name).toEqual(readFileSync(join(out, name)));
  });

  it("needs an output folder", () => {
    const missing = runCli(["export", fixture, "--format", "csv"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("export --format csv behöver --out MAPP");
  });
});
