// `styrdok show <id> --as-of DAY`: a document's status on a day, with why, and the same for the
// document of any item; run as the real CLI, on a strategy and the strategy that revised it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repositoryRoot, runCli, validateJson } from "./run-cli.ts";

const fixture = "test/fixtures/lineage";

describe("styrdok show --as-of", () => {
  it("says a revised strategy was in force before its successor started, with its period", () => {
    const run = runCli(["show", "lan-strategi-2016", fixture, "--as-of", "2019-06-01"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Status 2019-06-01: gällande (2016-01-01 – 2019-12-31)\n  Giltighetstid: 2016-01-01 – 2019-12-31\n");
    expect(run.stdout).not.toContain("Ersatt av");
  });

  it("says from when and by what it was superseded", () => {
    const run = runCli(["show", "lan-strategi-2016", fixture, "--as-of", "2021-06-01"]);
    expect(run.stdout).toContain(
      "Status 2021-06-01: ersatt (sedan 2020-01-01)\n  Giltighetstid: 2016-01-01 – 2019-12-31\n  Ersatt av: lan-strategi-2020  Länets strategi 2020–2026 (gäller från 2020-01-01)\n",
    );
  });

  it("gives any other item the status of its document, and says which document that is", () => {
    const run = runCli(["show", "lan-strategi-2020-mal-1", fixture, "--as-of", "2019-12-31", "--lang", "en"]);
    expect(run.stdout).toContain("Status of its document on 2019-12-31 (lan-strategi-2020): upcoming (until 2019-12-31)\n");
    const inForce = runCli(["show", "lan-strategi-2020-mal-1", fixture, "--as-of", "2020-01-01"]);
    expect(inForce.stdout).toContain("Dokumentets status 2020-01-01 (lan-strategi-2020): gällande (2020-01-01 – 2026-12-31)\n");
  });

  it("answers in JSON with the state, its span, its basis and the successors", () => {
    const run = runCli(["show", "lan-strategi-2016-atgard-1", fixture, "--as-of", "2024-02-29", "--format", "json"]);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).validity).toEqual({
      date: "2024-02-29",
      document: "lan-strategi-2016",
      state: "superseded",
      label: "ersatt",
      since: "2020-01-01",
      until: null,
      from: "2016-01-01",
      to: "2019-12-31",
      basis: "successor",
      supersededBy: [{ id: "lan-strategi-2020", type: "document", label: "Länets strategi 2020–2026", document: "lan-strategi-2020", from: "2020-01-01" }],
    });
  });

  it("judges today's status by STYRDOK_TODAY when no day is asked for", () => {
    const run = runCli(["show", "lan-strategi-2020", fixture], { env: { STYRDOK_TODAY: "2027-01-01" } });
    expect(run.stdout).toContain("Status 2027-01-01: upphört (sedan 2027-01-01)\n");
  });

  it("refuses a day that does not exist, in plain words, as wrong usage", () => {
    for (const day of ["2019-02-30", "2019-6-1", "2019", "i går"]) {
      const run = runCli(["show", "lan-strategi-2016", fixture, "--as-of", day]);
      expect(run.status, day).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(`styrdok: --as-of behöver ett datum som finns, skrivet ÅÅÅÅ-MM-DD, t.ex. --as-of 2019-06-01 (inte "${day}"). Se styrdok help.\n`);
    }
    const english = runCli(["show", "lan-strategi-2016", fixture, "--as-of=2019-13-01", "--lang", "en"]);
    expect(english.status).toBe(2);
    expect(english.stderr).toBe('styrdok: --as-of needs a date that exists, written YYYY-MM-DD, e.g. --as-of 2019-06-01 (not "2019-13-01"). See styrdok help.\n');
    const missing = runCli(["show", "lan-strategi-2016", fixture, "--as-of"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("valet --as-of behöver ett värde");
  });

  it("is refused by the commands that have no status to judge", () => {
    const run = runCli(["validate", fixture, "--as-of", "2019-06-01"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("valet --as-of finns inte för validate.");
  });
});

describe("styrdok show and continues", () => {
  it("shows an item's history across revisions in both directions", () => {
    const later = runCli(["show", "lan-strategi-2020-mal-1", fixture]);
    expect(later.stdout).toContain("Pekar på\n  fortsätter (1)\n    lan-strategi-2016-mal-1  Våldet ska minska.\n");
    const earlier = runCli(["show", "lan-strategi-2016-mal-1", fixture, "--lang", "en"]);
    expect(earlier.stdout).toContain("  goals – continued in (1)\n    lan-strategi-2020-mal-1  Våldet ska upphöra.\n");
    const json = JSON.parse(runCli(["show", "lan-strategi-2016-atgard-1", fixture, "--format", "json"]).stdout);
    expect(json.incoming).toContainEqual(expect.objectContaining({ field: "continues", label: "fortsätts i", items: [expect.objectContaining({ id: "lan-strategi-2020-atgard-1" })] }));
  });
});

describe("styrdok validate and continues", () => {
  const scratch = mkdtempSync(join(tmpdir(), "styrdok-lineage-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("points at an item that continues one of a later document, where it stands", () => {
    cpSync(join(repositoryRoot, fixture), join(scratch, "content"), { recursive: true });
    // The earlier strategy's goal claims to continue the later one's: the wrong way round.
    const file = join(scratch, "content/documents/lan-strategi-2016/01-mal.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("    text: Våldet ska minska.\n", "    text: Våldet ska minska.\n    continues: lan-strategi-2020-mal-1\n"));
    const { run, report } = validateJson([], { cwd: scratch });
    expect(run.status).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({
        file: "content/documents/lan-strategi-2016/01-mal.md",
        line: 9,
        column: 16,
        severity: "error",
        code: "continues-outside-lineage",
        path: ["goals", 0, "continues"],
        message:
          'Målet "lan-strategi-2016-mal-1" fortsätter "lan-strategi-2020-mal-1" i dokumentet "lan-strategi-2020", men det är inget tidigare dokument i linjen för "lan-strategi-2016". continues får bara peka ut en post i ett dokument som "lan-strategi-2016" ersätter eller har arbetat in, direkt eller i flera led (relations: supersedes eller absorbs).',
      }),
    ]);
  });
});

describe("styrdok show --as-of on the real content", () => {
  it("says where only the document's own status can tell, and which status that is", () => {
    const run = runCli(["show", "dalarna-lansstrategi-2015", "--as-of", "2016-06-01"]);
    expect(run.stdout).toContain(
      "Status 2016-06-01: okänd giltighet (till och med 2016-12-31)\n  Giltighetstid: anges inte\n  Grund: dokumentets angivna status (status: unknown), eftersom datumen inget säger om dagen.\n",
    );
  });

  it("counts a successor without a first day from the day after the period's end, and says so", () => {
    const run = runCli(["show", "dalarna-lansstrategi-2010", "--as-of", "2015-01-01", "--lang", "en"]);
    expect(run.stdout).toContain(
      "Status on 2015-01-01: superseded (since 2015-01-01)\n  Period: 2010-01-01 – 2014-12-31\n  Superseded by: dalarna-lansstrategi-2015  Länsstrategi mot våld i nära relationer, människohandel för sexuella ändamål och prostitution (gives no first day; counted from the day after this period's end)\n",
    );
  });
});
