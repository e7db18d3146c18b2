// What the first new editor met (issue 11, part 8), run through the real CLI: each finding must
// name the cause where the editor looks, and hide nothing else the file could tell.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, validateJson } from "./run-cli.ts";

const root = mkdtempSync(join(tmpdir(), "styrdok-editor-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const folder = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, "content", path)), { recursive: true });
    writeFileSync(join(folder, "content", path), text);
  }
  return folder;
}

const actors = "---\ntype: actors\nactors:\n  - id: polismyndigheten\n    name: Polismyndigheten\n    kind: statlig-myndighet\n    aliases: [Polisen]\n---\n";
const documentIndex = "---\ntype: document\nid: p\nkind: action-plan\ntitle: Plan\ncounties: [dalarna]\nstatus: in-force\ntextAvailability: complete\n---\n";

describe("a line indented by three spaces", () => {
  // Line 10 is the measure's `text:`, one space short of its siblings. The file has two more
  // problems further down, which the editor must see in the same run.
  const chapter = `---
type: chapter
id: p-kap
title: Åtgärder
measures:
  - id: p-atgard-1
    kind: measure
    responsible: [polismyndigheten]
    goals: []
   text: Polisen utbildar.
  - id: p-atgard-2
    kind: mesure
    text: Polisen informerar.
    responsible: [polismyndigheten-nord]
---
Polisen utbildar. Polisen informerar.
`;

  it("names the indentation at that line, and still reports the rest of the file", () => {
    const folder = tree("indent", { "actors.md": actors, "documents/p/index.md": documentIndex, "documents/p/01-kap.md": chapter });
    const { run, report } = validateJson(["content"], { cwd: folder });
    expect(run.status).toBe(1);
    const ofChapter = report.findings.filter((finding) => finding.file === "content/documents/p/01-kap.md");
    expect(ofChapter.map((finding) => `${finding.line}:${finding.column} ${finding.code}`)).toEqual(["10:4 yaml-indent", "12:11 schema-enum", "14:19 reference-unresolved"]);
    expect(ofChapter[0]!.message).toBe(
      "Raden är indragen med 3 mellanslag, men ska troligen ha 4, som raderna den hör ihop med: rader i samma lista eller samling ska börja i samma kolumn. Resten av filen är kontrollerad som om raden hade 4.",
    );
    expect(ofChapter[1]!.message).toContain('Menade du "measure"?');
  });

  it("says where a list item would begin, not that a quote is never closed, when no one line explains it", () => {
    const broken = chapter.replace("  - id: p-atgard-2\n", "  -  id: p-atgard-2\n");
    const folder = tree("dash", { "actors.md": actors, "documents/p/index.md": documentIndex, "documents/p/01-kap.md": broken });
    const { report } = validateJson(["content"], { cwd: folder });
    const first = report.findings.find((finding) => finding.file === "content/documents/p/01-kap.md" && finding.code === "yaml-syntax");
    expect(first?.message).toContain("nästa punkt i en lista");
    expect(first?.message).not.toContain("citattecken");
  });
});

describe("show by an actor's other name", () => {
  it("shows polismyndigheten for polisen, as validate suggests it, and says so", () => {
    const run = runCli(["show", "polisen"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('styrdok: "polisen" är ett namn på polismyndigheten; visar den.\n');
    expect(run.stdout.split("\n")[0]).toContain("Polismyndigheten");
    const json = runCli(["show", "Polisen", "--format", "json", "--lang", "en"]);
    expect(json.stderr).toBe('styrdok: "Polisen" is a name of polismyndigheten; showing it.\n');
    expect(JSON.parse(json.stdout).item.id).toBe("polismyndigheten");
  });

  it("puts the actor a name belongs to first among the suggestions for an id that does not exist", () => {
    const run = runCli(["show", "polisen-x"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^styrdok: det finns inget id "polisen-x"\. Närmaste: polismyndigheten[.,]/);
  });
});
