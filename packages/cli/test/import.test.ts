// `styrdok import` as an editor uses it, on a temporary copy of the real content: a text from
// pdftotext becomes a draft that validates with warnings only, and bad files give findings and
// leave no folder behind.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot, runCli, validateJson } from "./run-cli.ts";

const folders: string[] = [];

function workspace(): string {
  const folder = mkdtempSync(join(tmpdir(), "styrdok-import-"));
  folders.push(folder);
  cpSync(join(repositoryRoot, "content"), join(folder, "content"), { recursive: true });
  cpSync(join(repositoryRoot, "test/fixtures/import/handlingsplan.txt"), join(folder, "handlingsplan.txt"));
  return folder;
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const env = { STYRDOK_TODAY: "2026-12-07" };
const documents = (cwd: string) => readdirSync(join(cwd, "content/documents")).sort();

describe("styrdok import of a text from pdftotext", () => {
  let cwd: string;
  let run: ReturnType<typeof runCli>;
  const folder = "content/documents/dalarna-handlingsplan-2025";
  beforeAll(() => {
    cwd = workspace();
    run = runCli(["import", "handlingsplan.txt", "--kind", "handlingsplan", "--county", "Dalarnas län"], { cwd, env });
  });

  it("writes a draft folder in the layout of styrdok new, named from the county, kind and first year", () => {
    expect(run.stderr).toContain(`Skapade ${folder}/ med index.md och 4 kapitel (draft: true).`);
    expect(run.status).toBe(0);
    expect(readdirSync(join(cwd, folder)).sort()).toEqual(["01-inledande-text.md", "02-inledning.md", "03-mal-och-atgarder.md", "04-ansvar.md", "index.md"]);
    const index = readFileSync(join(cwd, folder, "index.md"), "utf8");
    expect(index).toContain("draft: true");
    expect(index).toContain("kind: action-plan");
    expect(index).toContain("counties: [dalarna]");
    expect(index).toMatch(/validity:\n {2}from: "2025"\n {2}to: "2028"/);
    // No staging folder is left beside the documents.
    expect(documents(cwd).filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("keeps the source's words, cleaned: lines joined, hyphens undone, footnote separated and collected", () => {
    const chapter = readFileSync(join(cwd, folder, "02-inledning.md"), "utf8");
    expect(chapter).toContain(
      "Den här handlingsplanen är en testfixtur för styrdok import. Den beskriver hur kommunens verksamheter och deras samarbetspartner ska arbeta tillsammans mot våld i nära relationer under planens giltighetstid. Planen utgår från den nationella strategin[^1].",
    );
    expect(chapter).toContain("[^1]: Skr. 2016/17:10 Makt, mål och myndighet – feministisk politik för en jämställd framtid.");
    const all = readdirSync(join(cwd, folder))
      .map((name) => readFileSync(join(cwd, folder, name), "utf8"))
      .join("\n");
    // The running head, the page numbers and the table of contents are gone.
    expect(all.match(/Handlingsplan mot våld i nära relationer$/gm)).toBeNull();
    expect(all).not.toMatch(/^\d$/m);
    expect(all).not.toContain("........");
  });

  it("proposes goals, measures and responsibilities, each marked proposed with the line it came from", () => {
    const goals = readFileSync(join(cwd, folder, "03-mal-och-atgarder.md"), "utf8");
    expect(goals).toContain(
      [
        "  - id: dalarna-handlingsplan-2025-mal-1",
        "    level: mal",
        '    label: "Mål 1"',
        '    text: "Våld i nära relationer ska förebyggas och upptäckas tidigt."',
        "    proposed: true",
        '    proposedFrom: "rad 23 (sida 3)"',
      ].join("\n"),
    );
    expect(goals.match(/^ {2}- id: dalarna-handlingsplan-2025-atgard-\d$/gm)).toHaveLength(3);
    const duties = readFileSync(join(cwd, folder, "04-ansvar.md"), "utf8");
    expect(duties).toContain("    actor: polismyndigheten\n");
    expect(duties).toContain("    actor: lansstyrelsen-dalarna\n");
    expect(duties).toContain("    modality: should\n");
    expect(duties).toMatch(/legalBasis:\n {6}- source: socialtjanstlagen-2001-453\n {8}chapter: "14"\n {8}section: "1"/);
  });

  it("validates with warnings only, one for the draft and one per proposal, in canonical form", () => {
    const { report } = validateJson([], { cwd, env });
    expect(report.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    const ours = report.findings.filter((finding) => finding.file.startsWith(folder));
    expect(ours.filter((finding) => finding.code === "document-draft")).toHaveLength(1);
    expect(ours.filter((finding) => finding.code === "item-proposed").length).toBeGreaterThanOrEqual(8);
    expect(runCli(["fmt", "--check", folder], { cwd, env }).status).toBe(0);
  });

  it("reports what it found, what it dropped with page and line, and what needs a person", () => {
    expect(run.stdout).toContain("# Import av handlingsplan.txt");
    expect(run.stdout).toMatch(/- rad 20 \(sida 2\): sidnummer "2"/);
    expect(run.stdout).toMatch(/- rad 21 \(sida 3\): sidhuvud eller sidfot "Handlingsplan mot våld i nära relationer"/);
    expect(run.stdout).toMatch(/innehållsförteckning "1\. Inledning/);
    expect(run.stdout).toContain('"Skolan" har ett ansvar en gång (först rad 33 (sida 4)) men är ingen aktör i registret');
    expect(run.stderr).toMatch(/Kontroll av utkastet: 0 fel, \d+ varningar i 5 filer\. \(1 document-draft, \d+ item-proposed/);
    expect(run.stdout).toContain("- polismyndigheten (Polismyndigheten): nämns 1 gång,");
  });

  it("refuses an id that exists, and never touches what is there", () => {
    const before = readFileSync(join(cwd, folder, "index.md"), "utf8");
    const again = runCli(["import", "handlingsplan.txt", "--kind", "handlingsplan", "--county", "dalarna"], { cwd, env });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('id:t "dalarna-handlingsplan-2025" finns redan');
    expect(readFileSync(join(cwd, folder, "index.md"), "utf8")).toBe(before);
    const taken = runCli(["import", "handlingsplan.txt", "--kind", "strategi", "--county", "dalarna", "--id", "dalarna-strategi-2023"], { cwd, env });
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain('id:t "dalarna-strategi-2023" finns redan');
  });
});

describe("styrdok import's paths", () => {
  it("takes an absolute path, writes the report where --report says, and never over a file or into content", () => {
    const cwd = workspace();
    const input = join(cwd, "handlingsplan.txt");
    writeFileSync(join(cwd, "finns.md"), "mina anteckningar\n");
    const over = runCli(["import", input, "--kind", "handlingsplan", "--county", "dalarna", "--report", "finns.md"], { cwd, env });
    expect(over.status).toBe(2);
    expect(over.stderr).toContain("finns.md finns redan; import skriver aldrig över en fil");
    expect(readFileSync(join(cwd, "finns.md"), "utf8")).toBe("mina anteckningar\n");
    const inside = runCli(["import", input, "--kind", "handlingsplan", "--county", "dalarna", "--report", "content/rapport.md"], { cwd, env });
    expect(inside.status).toBe(2);
    expect(inside.stderr).toContain("rapporten kan inte ligga i mappen content");
    expect(existsSync(join(cwd, "content/documents/dalarna-handlingsplan-2025"))).toBe(false);
    const missing = runCli(["import", input, "--kind", "handlingsplan", "--county", "dalarna", "--report", "saknas/rapport.md"], { cwd, env });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("mappen för rapporten saknas/rapport.md finns inte");
    // A dangling link where the folder would go is something there, and is left alone.
    symlinkSync(join(cwd, "ingenstans"), join(cwd, "content/documents/dalarna-handlingsplan-2025"));
    const linked = runCli(["import", input, "--kind", "handlingsplan", "--county", "dalarna"], { cwd, env });
    expect(linked.status).toBe(2);
    expect(linked.stderr).toContain("mappen content/documents/dalarna-handlingsplan-2025 finns redan");
    rmSync(join(cwd, "content/documents/dalarna-handlingsplan-2025"));
    const run = runCli(["import", input, "--kind", "handlingsplan", "--county", "dalarna", "--report", "rapport.md"], { cwd, env });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Rapporten står i rapport.md.");
    expect(readFileSync(join(cwd, "rapport.md"), "utf8")).toContain("# Import av handlingsplan.txt");
  });
});

describe("styrdok import of bad files", () => {
  let cwd: string;
  let before: string[];
  beforeAll(() => {
    cwd = workspace();
    before = documents(cwd);
    const hex = (n: number) => "ab".repeat(n);
    writeFileSync(join(cwd, "tom.txt"), "");
    writeFileSync(join(cwd, "latin1.txt"), Buffer.from([...Buffer.from("Handlingsplan\nV"), 0xe5, 0x6c, 0x64, 0x0a]));
    writeFileSync(join(cwd, "trasig.pdf"), "%PDF-1.7\nDen här PDF:en tar slut här, utan objekt och utan slut");
    writeFileSync(join(cwd, "plan.docx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xe5, 0xe4, 0xf6]));
    writeFileSync(
      join(cwd, "krypterad.pdf"),
      `%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\n3 0 obj <</Filter/Standard/V 1/R 2/O <${hex(32)}>/U <${hex(32)}>/P -4>> endobj\ntrailer <</Root 1 0 R/Encrypt 3 0 R/ID[<${hex(16)}><${hex(16)}>]>>\n%%EOF\n`,
    );
    writeFileSync(
      join(cwd, "inskannad.pdf"),
      "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>> endobj\n4 0 obj <</Length 18>> stream\n0 0 m 100 100 l S\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
    );
    // A sparse file: 101 MB on paper, nothing on disk.
    writeFileSync(join(cwd, "enorm.pdf"), "%PDF-1.4\n");
    truncateSync(join(cwd, "enorm.pdf"), 101 * 1024 * 1024);
    writeFileSync(join(cwd, "enorm.txt"), "Våld i nära relationer. ".repeat(450_000));
  });

  it.each([
    ["tom.txt", "import-empty", "tom.txt:1:1"],
    ["latin1.txt", "import-encoding", "latin1.txt:2:2"],
    ["trasig.pdf", "import-pdf-corrupt", "trasig.pdf:1:1"],
    ["plan.docx", "import-binary", "plan.docx:1:1"],
    ["krypterad.pdf", "import-pdf-encrypted", "krypterad.pdf:1:1"],
    ["inskannad.pdf", "import-pdf-no-text", "inskannad.pdf:1:1"],
    ["enorm.pdf", "import-too-large", "enorm.pdf:1:1"],
    ["enorm.txt", "import-too-large", "enorm.txt:1:1"],
  ])("%s: a finding with file, line, column and code, and no folder", (file, code, place) => {
    const run = runCli(["import", file, "--kind", "strategi", "--county", "dalarna"], { cwd, env });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(place);
    expect(run.stderr).toContain(code);
    expect(run.stderr).toContain(`Inget importerades från ${file}; ingen mapp skapades.`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(documents(cwd)).toEqual(before);
  });

  it("says in Swedish what the findings mean", () => {
    expect(runCli(["import", "latin1.txt", "--kind", "strategi", "--county", "dalarna"], { cwd, env }).stderr).toContain("UTF-8");
    expect(runCli(["import", "krypterad.pdf", "--kind", "strategi", "--county", "dalarna"], { cwd, env }).stderr).toContain("lösenord");
    expect(runCli(["import", "inskannad.pdf", "--kind", "strategi", "--county", "dalarna"], { cwd, env }).stderr).toContain("OCR");
  });

  it("refuses to run where there is no content folder, and makes none", () => {
    const empty = mkdtempSync(join(tmpdir(), "styrdok-import-empty-"));
    folders.push(empty);
    cpSync(join(cwd, "tom.txt"), join(empty, "plan.txt"));
    writeFileSync(join(empty, "plan.txt"), "Handlingsplan\n\nEn mening som är text.\n");
    const run = runCli(["import", "plan.txt", "--kind", "strategi", "--county", "dalarna"], { cwd: empty, env });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("det finns ingen mapp content här");
    expect(readdirSync(empty)).toEqual(["plan.txt"]);
  });

  it("asks for what is missing, and refuses an unknown kind or county", () => {
    expect(runCli(["import"], { cwd, env }).stderr).toContain("import behöver en fil");
    expect(runCli(["import", "handlingsplan.txt", "--county", "dalarna"], { cwd, env }).stderr).toContain("import behöver --kind");
    expect(runCli(["import", "handlingsplan.txt", "--kind", "strategi"], { cwd, env }).stderr).toContain("import behöver --county");
    expect(runCli(["import", "handlingsplan.txt", "--kind", "roman", "--county", "dalarna"], { cwd, env }).stderr).toContain('dokumentslaget "roman" finns inte');
    expect(runCli(["import", "handlingsplan.txt", "--kind", "strategi", "--county", "Atlantis"], { cwd, env }).stderr).toContain('det finns inget län "Atlantis"');
    expect(runCli(["import", "saknas.pdf", "--kind", "strategi", "--county", "dalarna"], { cwd, env }).stderr).toContain("filen saknas.pdf finns inte");
    expect(existsSync(join(cwd, "content/documents/dalarna-strategi-handlingsplan"))).toBe(false);
    expect(documents(cwd)).toEqual(before);
  });
});
