// `styrdok import` of a real PDF: one printed by the Chromium the browser tests use, with two
// columns, a running head, page numbers, words hyphenated at line ends and a footnote.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, validateJson } from "../packages/cli/test/run-cli.ts";
import { FOOTNOTE, HEADER, HYPHENATED, printPdf } from "./import-pdf.ts";
import { repositoryRoot } from "./paths.ts";
import { launchChromium } from "./site/browser.ts";

const env = { STYRDOK_TODAY: "2026-12-07" };
const folder = "content/documents/dalarna-handlingsplan-provlanet";
let cwd: string;
let run: ReturnType<typeof runCli>;
let text: string;

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), "styrdok-import-pdf-"));
  cpSync(join(repositoryRoot, "content"), join(cwd, "content"), { recursive: true });
  const browser = await launchChromium();
  try {
    writeFileSync(join(cwd, "plan.pdf"), await printPdf(browser));
  } finally {
    await browser.close();
  }
  run = runCli(["import", "plan.pdf", "--kind", "handlingsplan", "--county", "dalarna", "--id", "dalarna-handlingsplan-provlanet"], { cwd, env });
  text = readdirSync(join(cwd, folder))
    .filter((name) => name !== "index.md")
    .sort()
    .map((name) => readFileSync(join(cwd, folder, name), "utf8"))
    .join("\n");
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe("styrdok import of a PDF printed by Chromium", () => {
  it("writes the draft, with the title from the PDF's metadata proposed", () => {
    expect(run.stderr).toContain(`Skapade ${folder}/`);
    expect(run.status).toBe(0);
    const index = readFileSync(join(cwd, folder, "index.md"), "utf8");
    expect(index).toContain('title: "Handlingsplan mot våld i provlänet 2025–2028"');
    expect(index).toContain("titleBasis: inferred");
    expect(index).toContain("pages: 3");
  });

  it("reads the two columns in order, with the lines of each paragraph joined", () => {
    expect(text).toContain("Den här planen visar hur länets aktörer arbetar våldsförebyggande och hur de följer upp sina samverkansöverenskommelser varje år i hela länet.");
    expect(text).toContain("Planen bygger på kompetensutveckling för all personal, på barnrättsperspektivet och på myndighetsgemensamma rutiner för att upptäcka våld tidigt.");
    // Every paragraph of the second section, each whole, in order.
    const numbers = [...text.matchAll(/^Stycke (\d+) handlar om hur arbetet mot våld i nära relationer bedrivs i kommunerna och regionen under planens tid\.$/gm)].map((match) => Number(match[1]));
    expect(numbers).toEqual(Array.from({ length: 48 }, (_, index) => index + 1));
  });

  it("undoes the hyphens the print put at line ends", async () => {
    const pdfText = (await import("@styrdok/import")).readSource;
    const read = await pdfText(new Uint8Array(readFileSync(join(cwd, "plan.pdf"))));
    // The PDF itself has words broken at line ends: the test would prove nothing otherwise.
    expect(read.ok && read.source.lines.filter((line) => /[\u2010\u00ad-]$/.test(line.text)).length).toBeGreaterThanOrEqual(2);
    for (const word of HYPHENATED) expect(text).toContain(word);
    expect(text).not.toMatch(/[\u2010\u00ad]/);
  });

  it("drops the running head and the page numbers, and says so with their pages", () => {
    expect(text).not.toContain(HEADER);
    expect(text).not.toMatch(/^\d+$/m);
    for (const page of [1, 2, 3]) {
      expect(run.stdout).toMatch(new RegExp(`- sida ${page}, rad \\d+: sidnummer "${page}"`));
      expect(run.stdout).toMatch(new RegExp(`- sida ${page}, rad \\d+: sidhuvud eller sidfot "${HEADER}"`));
    }
  });

  it("separates the footnote number from its word and collects the note", () => {
    expect(text).toContain("som ansvarar för stöd till den som är utsatt.[^1]");
    expect(text).toContain(`[^1]: ${FOOTNOTE.slice(2)}`);
  });

  it("proposes the responsibility the text gives Polisen", () => {
    expect(text).toMatch(/actor: polismyndigheten\n {4}actorLabel: "Polisen"\n {4}modality: must/);
  });

  it("validates with no errors", () => {
    const { report } = validateJson([], { cwd, env });
    expect(report.findings.filter((finding) => finding.severity === "error")).toEqual([]);
  });
});
