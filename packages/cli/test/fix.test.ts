// `validate --fix` as an editor runs it: each kind of suggestion applied in place, every other
// byte of the file as it was, ties and unsafe fixes left alone and reported.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repositoryRoot, runCli } from "./run-cli.ts";

const scratch = mkdtempSync(join(tmpdir(), "styrdok-fix-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Text as the tests edit a file's bytes: UTF-8 read as Latin-1, so that a BOM and CRLF pass through untouched. */
const latin1 = (text: string) => Buffer.from(text, "utf8").toString("latin1");

const chapter = "content/documents/exempel-strategi/01-mal.md";
let trees = 0;

/** A copy of a valid fixture tree whose chapter is rewritten by `edit`; returns its folder and the chapter's bytes. */
function treeWith(variant: "plain" | "crlf" | "bom", edit: (text: string) => string): { cwd: string; written: Buffer } {
  const cwd = join(scratch, `tree-${trees++}`);
  cpSync(join(repositoryRoot, "test/fixtures/valid", variant), join(cwd, "content"), { recursive: true });
  const written = Buffer.from(edit(readFileSync(join(cwd, chapter), "latin1")), "latin1");
  writeFileSync(join(cwd, chapter), written);
  return { cwd, written };
}

/** The bytes with one text replaced exactly once, as a fix must leave them. */
function replacedOnce(bytes: Buffer, before: string, after: string): Buffer {
  const text = bytes.toString("latin1");
  const from = Buffer.from(before, "utf8").toString("latin1");
  expect(text.split(from).length - 1).toBe(1);
  return Buffer.from(text.replace(from, Buffer.from(after, "utf8").toString("latin1")), "latin1");
}

// [kind, the text broken, as the fixture has it, as broken, the fix's before → after]
const kinds: Array<[string, string, string, string, string]> = [
  ["an actor's alias → its id", "responsible: [polismyndigheten]", "responsible: [polisen]  # Polisen i länet", "polisen", "polismyndigheten"],
  ["a field's Swedish title → its key", "\ngoals:\n  - id: exempel-strategi-mal-1", "\nmål:\n  - id: exempel-strategi-mal-1", "mål", "goals"],
  [
    "a Swedish word for a value → the value",
    "\nfootnotes:\n",
    "\nresponsibilities:\n  - id: exempel-strategi-ansvar-1\n    actor: region-dalarna\n    modality: ska\n    text: Våldet ska upphöra.\nfootnotes:\n",
    "ska",
    "must",
  ],
  ["a value in quotes, keeping its quotes", "    level: mal\n", "    level: 'Mål'\n", "Mål", "mal"],
  // An editor writes the actor's name as it reads, not its id: that is a pattern finding, with the id as its suggestion.
  ["an actor's name as written → its id", "responsible: [polismyndigheten]", "responsible: [polismyndigheten, Region Dalarna]", "Region Dalarna", "region-dalarna"],
  ["a misspelt id → its one nearest", "goals: [exempel-strategi-mal-1]", "goals: [exempel-strategi-mal-l]", "exempel-strategi-mal-l", "exempel-strategi-mal-1"],
];

describe("validate --fix", () => {
  it.each(kinds)("fixes %s and leaves every other byte as it was", (_kind, valid, broken, before, after) => {
    const { cwd, written } = treeWith("plain", (text) => text.replace(latin1(valid), latin1(broken)));
    expect(runCli(["validate"], { cwd }).status).toBe(1);
    const run = runCli(["validate", "--fix"], { cwd });
    expect(run.status, run.stdout).toBe(0);
    expect(readFileSync(join(cwd, chapter)).equals(replacedOnce(written, broken, broken.replace(before, after)))).toBe(true);
    expect(run.stdout).toMatch(new RegExp(`Rättade 1 fynd i 1 fil:\\n  ${chapter}:\\d+:\\d+  ${before} → ${after}  \\(`));
    expect(run.stdout).toContain("Inga fel.");
  });

  it("fixes what a fix brings to light, and reports every change in English with --lang en", () => {
    // With `mål:` unknown, its goal is not declared, so the misspelt reference to it has no suggestion until the key is fixed.
    const { cwd } = treeWith("plain", (text) => text.replace("\ngoals:\n", latin1("\nmål:\n")).replace("goals: [exempel-strategi-mal-1]", "goals: [exempel-strategi-mal-2]"));
    const run = runCli(["validate", "--fix", "--lang", "en"], { cwd });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain("Fixed 2 findings in 1 file:");
    expect(run.stdout).toContain("mål → goals  (schema-unknown-field)");
    expect(run.stdout).toContain("exempel-strategi-mal-2 → exempel-strategi-mal-1  (reference-unresolved)");
    expect(run.stdout).toContain("No problems.");
  });

  it("applies none of two equally likely suggestions and names both", () => {
    const { cwd, written } = treeWith("plain", (text) =>
      text
        .replace(latin1("    text: Våldet ska upphöra.\nmeasures:"), latin1("    text: Våldet ska upphöra.\n  - id: exempel-strategi-mal-2\n    level: mal\n    text: Våldet ska upphöra.\nmeasures:"))
        .replace("goals: [exempel-strategi-mal-1]", "goals: [exempel-strategi-mal-3]"),
    );
    const run = runCli(["validate", "--fix"], { cwd });
    expect(run.status).toBe(1);
    expect(readFileSync(join(cwd, chapter)).equals(written)).toBe(true);
    expect(run.stdout).toContain("Inget att rätta automatiskt.");
    expect(run.stdout).toMatch(/exempel-strategi-mal-3: flera förslag är lika troliga \(exempel-strategi-mal-1, exempel-strategi-mal-2\); välj själv {2}\(reference-unresolved\)/);
    const json = runCli(["validate", "--format", "json"], { cwd });
    const finding = (JSON.parse(json.stdout).findings as Array<{ code: string; suggestions: string[] }>).find((item) => item.code === "reference-unresolved");
    expect(finding?.suggestions).toEqual(["exempel-strategi-mal-1", "exempel-strategi-mal-2"]);
  });

  it("refuses a fix that would leave the file unreadable, and says so", () => {
    // Renaming `mål` to `goals` here would give the key twice: one of the lists would be lost.
    const { cwd, written } = treeWith("plain", (text) => text.replace("\nmeasures:\n", latin1("\nmål:\n  - id: ett-till-mal\n    level: mal\n    text: Mer.\nmeasures:\n")));
    const run = runCli(["validate", "--fix"], { cwd });
    expect(run.status).toBe(1);
    expect(readFileSync(join(cwd, chapter)).equals(written)).toBe(true);
    expect(run.stdout).toContain("mål: filen skulle inte gå att läsa efter rättelsen  (schema-unknown-field)");
  });

  it.each(["crlf", "bom"] as const)("keeps a %s file's line endings and byte-order mark", (variant) => {
    const { cwd, written } = treeWith(variant, (text) => text.replace("[polismyndigheten]", "[polisen]"));
    if (variant === "crlf") expect(written.includes("\r\n")).toBe(true);
    if (variant === "bom") expect(written.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const run = runCli(["validate", "--fix"], { cwd });
    expect(run.status, run.stdout).toBe(0);
    expect(readFileSync(join(cwd, chapter)).equals(replacedOnce(written, "[polisen]", "[polismyndigheten]"))).toBe(true);
  });

  it("keeps JSON on stdout and puts the report of fixes on stderr", () => {
    const { cwd } = treeWith("plain", (text) => text.replace("[polismyndigheten]", "[polisen]"));
    const run = runCli(["validate", "--fix", "--format", "json"], { cwd });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ errors: 0 });
    expect(run.stderr).toContain("polisen → polismyndigheten");
  });

  it("leaves a declared id with a bad spelling alone: renaming it would break what refers to it", () => {
    const { cwd, written } = treeWith("plain", (text) => text.replace("id: exempel-strategi-mal-1\n", "id: Exempel Strategi Mal 1\n"));
    const run = runCli(["validate", "--fix"], { cwd });
    expect(run.status).toBe(1);
    expect(readFileSync(join(cwd, chapter)).equals(written)).toBe(true);
  });

  it("is refused together with --watch", () => {
    const run = runCli(["validate", "--fix", "--watch"], { cwd: treeWith("plain", (text) => text).cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--fix och --watch går inte att använda tillsammans.");
  });
});
