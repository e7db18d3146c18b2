// One fixture per kind of bad input, each run through the real CLI: the finding's code and
// exact position are what an editor relies on to fix the file.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repositoryRoot, validateJson } from "./run-cli.ts";

const fixtures = "test/fixtures/bad-input";

// [fixture, file, code, line, column]
const cases: Array<[string, string, string, number, number]> = [
  ["unterminated-frontmatter", "actors.md", "frontmatter-unterminated", 1, 1],
  ["missing-frontmatter", "notes.md", "frontmatter-missing", 1, 1],
  ["invalid-yaml", "actors.md", "yaml-syntax", 6, 5],
  ["tabs", "actors.md", "yaml-tab", 4, 1],
  ["duplicate-keys", "actors.md", "yaml-duplicate-key", 7, 5],
  ["frontmatter-list", "actors.md", "frontmatter-not-mapping", 2, 1],
  ["frontmatter-scalar", "actors.md", "frontmatter-not-mapping", 2, 1],
  ["unknown-field", "actors.md", "schema-unknown-field", 7, 5],
  ["wrong-type", "index.md", "schema-type", 6, 11],
  ["invalid-date", "index.md", "invalid-date", 10, 9],
  ["end-before-start", "index.md", "date-order", 11, 7],
  ["empty-file", "actors.md", "file-empty", 1, 1],
  ["binary-file", "actors.md", "file-binary", 3, 1],
  ["non-utf8", "actors.md", "encoding-invalid", 5, 11],
  ["utf16", "actors.md", "encoding-utf16", 1, 1],
  ["alias-bomb", "actors.md", "yaml-alias-limit", 4, 8],
  ["deeply-nested", "actors.md", "yaml-too-deep", 3, 49],
  ["deeply-nested-block", "actors.md", "yaml-too-deep", 44, 83],
  ["proto-keys", "actors.md", "schema-unknown-field", 3, 1],
  ["type-missing", "actors.md", "type-missing", 2, 1],
  ["type-unknown", "actors.md", "type-unknown", 2, 7],
  ["duplicate-id", "b.md", "duplicate-id", 7, 9],
  ["dangling-reference", "actors.md", "reference-unresolved", 10, 13],
];

describe("bad input, one fixture at a time", () => {
  it.each(cases)("%s → %s %s at %i:%i", (fixture, file, code, line, column) => {
    const { run, report } = validateJson([`${fixtures}/${fixture}`]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    const finding = report.findings.find((candidate) => candidate.code === code && candidate.file === `${fixtures}/${fixture}/${file}`);
    expect(finding, JSON.stringify(report.findings)).toMatchObject({ line, column, severity: "error" });
    expect(finding!.message.length).toBeGreaterThan(20);
  });
});

describe("bad input, all at once", () => {
  it("reports every broken file in one run and goes on after each", () => {
    const { run, report } = validateJson([fixtures]);
    expect(run.status).toBe(1);
    for (const [fixture, file, code, line, column] of cases) {
      // Ids missing while other files cannot be read are not reported one by one (see below).
      if (code === "reference-unresolved") continue;
      expect(report.findings).toContainEqual(expect.objectContaining({ file: `${fixtures}/${fixture}/${file}`, code, line, column }));
    }
  });

  it("does not bury the cause under references to ids a broken file may hold", () => {
    const { report } = validateJson([fixtures]);
    expect(report.findings.filter((finding) => finding.code === "reference-unresolved")).toEqual([]);
    const unchecked = report.findings.filter((finding) => finding.code === "references-unchecked");
    expect(unchecked.map((finding) => finding.file)).toContain(`${fixtures}/tabs/actors.md`);
    expect(unchecked[0]!.message).toMatch(/^1 hänvisning i innehållet pekar på ett id som inte finns, men den kontrolleras inte/);
  });

  it("names the field, the allowed values and a likely fix in plain Swedish", () => {
    const { report } = validateJson([`${fixtures}/unknown-field`, `${fixtures}/dangling-reference`]);
    const unknown = report.findings.find((finding) => finding.code === "schema-unknown-field")!;
    expect(unknown.message).toContain('Okänt fält "colour"');
    expect(unknown.message).toContain("Tillåtna fält: id, name");
    const dangling = report.findings.find((finding) => finding.code === "reference-unresolved")!;
    expect(dangling.message).toBe('Det finns ingen aktör med id "polismyndigheter". Menade du "polismyndigheten"?');
  });

  it("carries suggestions and the place in the frontmatter as data, for quick-fixes", () => {
    const { report } = validateJson([`${fixtures}/dangling-reference`, `${fixtures}/unknown-field`]);
    const dangling = report.findings.find((finding) => finding.code === "reference-unresolved")!;
    expect(dangling.suggestions).toEqual(["polismyndigheten"]);
    expect(dangling.path).toEqual(["actors", 1, "parent"]);
    const unknown = report.findings.find((finding) => finding.code === "schema-unknown-field")!;
    expect(unknown.path).toEqual(["actors", 0]);
    // The suggestion replaces exactly the text the finding points at: here the id as written.
    const lines = readFileSync(join(repositoryRoot, dangling.file), "utf8").split("\n");
    expect(lines[dangling.line - 1]!.slice(dangling.column - 1, dangling.endColumn - 1)).toBe("polismyndigheter");
  });

  it("speaks English with --lang en", () => {
    const { report } = validateJson([`${fixtures}/dangling-reference`, "--lang", "en"]);
    expect(report.findings.find((finding) => finding.code === "reference-unresolved")!.message).toBe('There is no actor with the id "polismyndigheter". Did you mean "polismyndigheten"?');
  });
});

describe("bad input made at test time", () => {
  const root = mkdtempSync(join(tmpdir(), "styrdok-bad-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("refuses a symbolic link that leaves the content root, and still reads the rest", () => {
    const content = join(root, "symlink", "content");
    mkdirSync(content, { recursive: true });
    writeFileSync(join(root, "symlink", "secret.md"), "---\ntype: actors\nactors: []\n---\n");
    symlinkSync(join(root, "symlink", "secret.md"), join(content, "link.md"));
    writeFileSync(join(content, "tabs.md"), "---\ntype: actors\nactors:\n\t- id: a\n---\n");
    const { run, report } = validateJson(["content"], { cwd: join(root, "symlink") });
    expect(run.status).toBe(1);
    expect(report.findings).toContainEqual(expect.objectContaining({ file: "content/link.md", code: "symlink-outside-root", line: 1, column: 1 }));
    expect(report.findings).toContainEqual(expect.objectContaining({ file: "content/tabs.md", code: "yaml-tab" }));
  });

  it("refuses a very large file quickly, without reading it into the model", () => {
    const content = join(root, "large");
    mkdirSync(content, { recursive: true });
    writeFileSync(join(content, "huge.md"), `---\ntype: actors\nactors: []\n---\n${"x".repeat(3 * 1024 * 1024)}`);
    const started = Date.now();
    const { report } = validateJson([content]);
    expect(report.findings).toEqual([expect.objectContaining({ code: "file-too-large", line: 1, column: 1 })]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("reports a missing path instead of failing", () => {
    const { run, report } = validateJson([join(root, "does-not-exist")]);
    expect(run.status).toBe(1);
    expect(report.findings[0]).toMatchObject({ code: "path-not-found" });
  });
});

describe("hostile Markdown bodies", () => {
  const root = mkdtempSync(join(tmpdir(), "styrdok-hostile-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const chapter = (body: string) => `---\ntype: chapter\nid: d-kap\ntitle: Kapitel\n---\n${body}`;
  const document = "---\ntype: document\nid: d\nkind: strategy\ntitle: D\ncounties: [dalarna]\nstatus: in-force\ntextAvailability: none\n---\n";

  it("stops parsing a body that would take minutes, reports it where the body starts, and goes on", () => {
    const folder = join(root, "brackets/documents/d");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "index.md"), document);
    writeFileSync(join(folder, "01-kap.md"), chapter(`${"[".repeat(100_000) + "]".repeat(100_000)}\n`));
    writeFileSync(join(root, "brackets/tabs.md"), "---\ntype: actors\nactors:\n\t- id: a\n---\n");
    const started = Date.now();
    const { run, report } = validateJson([join(root, "brackets")], { env: { STYRDOK_PARSE_TIMEOUT_MS: "1500" } });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.status).toBe(1);
    const finding = report.findings.find((candidate) => candidate.code === "markdown-too-complex")!;
    expect(finding).toMatchObject({ line: 6, column: 1, severity: "error" });
    expect(finding.message).toContain("tolkningen avbröts efter 1.5 s");
    expect(report.findings.some((candidate) => candidate.code === "yaml-tab")).toBe(true);
  });

  it("reports a body nested so deeply that the parser would overflow its stack, at the quote that passes the limit", () => {
    const folder = join(root, "quotes/documents/d");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "index.md"), document);
    writeFileSync(join(folder, "01-kap.md"), chapter(`${">".repeat(20_000)} citat\n`));
    const { report } = validateJson([join(root, "quotes")], { env: { STYRDOK_PARSE_TIMEOUT_MS: "3000" } });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "markdown-too-complex", line: 6, column: 99, message: expect.stringContaining("nästlad i 20002 nivåer") }));
  });
});
