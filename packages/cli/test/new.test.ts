// `styrdok new` as an editor uses it: scripted with flags, and through a real pseudo-terminal,
// on temporary copies of the real content and of the fixtures. Whatever it writes must validate.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot, runCli, validateJson } from "./run-cli.ts";

const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
const folders: string[] = [];

/** A temporary working folder whose `content` is a copy of `source`. */
function copyOf(source: string): string {
  const folder = mkdtempSync(join(tmpdir(), "styrdok-new-"));
  folders.push(folder);
  cpSync(join(repositoryRoot, source), join(folder, "content"), { recursive: true });
  return folder;
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function styrdokNew(cwd: string, args: string[]) {
  return runCli(["new", ...args], { cwd, env: { STYRDOK_TODAY: "2025-06-01" } });
}

function expectValid(cwd: string): void {
  const { report } = validateJson([], { cwd, env: { STYRDOK_TODAY: "2025-06-01" } });
  expect(report.findings.filter((finding) => finding.severity === "error")).toEqual([]);
}

/** Whether every line of `before` stands in `after`, in order: an insertion lost nothing. */
function keptInOrder(before: string, after: string): boolean {
  const lines = after.split("\n");
  let at = 0;
  for (const line of before.split("\n")) {
    while (at < lines.length && lines[at] !== line) at++;
    if (at === lines.length) return false;
    at++;
  }
  return true;
}

const plan = "content/documents/dalarna-lansstrategi-2015";
const insatser = `${plan}/04-insatser-for-perioden-2015-2016.md`;

describe("styrdok new, scripted, for every kind of document and item", () => {
  let cwd: string;
  beforeAll(() => {
    cwd = copyOf("test/fixtures/graph");
  });

  it.each([
    ["action-plan", "vasterbotten", "handlingsplan"],
    ["strategi", "Jämtlands län", "strategi"],
    ["agreement", "gotland", "overenskommelse"],
    ["rapport", "norrbotten", "rapport"],
  ])("creates a %s document with its first chapter, and it validates", (kind, county, word) => {
    const run = styrdokNew(cwd, ["document", "--kind", kind, "--county", county, "--title", "Regional plan mot mäns våld mot kvinnor", "--valid-from", "2025-01-01", "--valid-to", "2028"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const countyId = county === "Jämtlands län" ? "jamtland" : county;
    const id = `${countyId}-${word}-2025`;
    expect(run.stdout).toContain(`content/documents/${id}/index.md`);
    expect(run.stdout).toContain(`content/documents/${id}/01-inledning.md (kapitel ${id}-inledning)`);
    expect(run.stdout).toContain("npm run styrdok -- validate");
    const index = readFileSync(join(cwd, "content/documents", id, "index.md"), "utf8");
    // Every required field, each under a Swedish comment that says what goes there.
    for (const field of ["type", "id", "kind", "title", "counties", "status", "textAvailability"]) expect(index).toMatch(new RegExp(`# .+\\n${field}:`));
    expect(index).toContain("# Titel: dokumentets titel som källan ger den.");
    expect(index).toContain(`counties: [${countyId}]`);
    expectValid(cwd);
  });

  it("adds a chapter after the last one, numbered as the others are", () => {
    const run = styrdokNew(cwd, ["chapter", "--document", "dalarna-plan", "--title", "Bilaga 4 – Uppföljning", "--label", "Bilaga 4"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("content/documents/dalarna-plan/02-bilaga-4-uppfoljning.md (kapitel dalarna-plan-bilaga-4-uppfoljning)");
    expect(readFileSync(join(cwd, "content/documents/dalarna-plan/02-bilaga-4-uppfoljning.md"), "utf8")).toContain('label: "Bilaga 4"');
    expectValid(cwd);
  });

  it.each([
    ["goal", ["--text", "Ingen ska utsättas för våld", "--level", "delmål", "--parent", "dalarna-plan-mal-1"], "dalarna-plan-delmal-1", "goals"],
    [
      "measure",
      ["--text", "Regionen utbildar all personal", "--kind", "insats", "--responsible", "Region Dalarna", "--partner", "Polismyndigheten", "--goal", "dalarna-plan-mal-1"],
      "dalarna-plan-insats-1",
      "measures",
    ],
    ["responsibility", ["--actor", "Polismyndigheten", "--text", "Polisen ska utreda våldet skyndsamt"], "dalarna-plan-ansvar-polismyndigheten-1", "responsibilities"],
    ["indicator", ["--text", "Andel anställda som gått utbildningen", "--source", "sol"], "dalarna-plan-indikator-1", "indicators"],
  ])("adds a %s, which validates", (thing, flags, id, list) => {
    const file = join(cwd, "content/documents/dalarna-plan/01-mal.md");
    const before = readFileSync(file, "utf8");
    const run = styrdokNew(cwd, [thing, "--document", "dalarna-plan", "--chapter", "dalarna-plan-mal", ...flags]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(id);
    const text = readFileSync(file, "utf8");
    expect(keptInOrder(before, text)).toBe(true);
    expect(text).toMatch(new RegExp(`^${list}:`, "m"));
    expect(text).toContain(`- id: ${id}`);
    expectValid(cwd);
  });

  it("reads the obligation from the text's own verb", () => {
    const text = readFileSync(join(cwd, "content/documents/dalarna-plan/01-mal.md"), "utf8");
    expect(text).toMatch(/id: dalarna-plan-ansvar-polismyndigheten-1\n {4}actor: polismyndigheten\n {4}modality: must\n/);
  });

  it("adds an actor and a source to the registries, and they can be named at once", () => {
    const actor = styrdokNew(cwd, ["actor", "--name", "Region Västerbotten", "--kind", "region", "--county", "vasterbotten", "--alias", "Regionen"]);
    expect(actor.status).toBe(0);
    expect(actor.stdout).toContain("La till aktör region-vasterbotten i content/actors.md");
    const source = styrdokNew(cwd, ["source", "--title", "Våld i nära relationer", "--kind", "official-report", "--number", "SOU 2099:1", "--year", "2099"]);
    expect(source.status).toBe(0);
    expect(source.stdout).toContain("La till källa sou-2099-1 i content/sources.md");
    const measure = styrdokNew(cwd, ["measure", "--document", "vasterbotten-handlingsplan-2025", "--text", "Regionen utbildar", "--responsible", "Region Västerbotten"]);
    expect(measure.status).toBe(0);
    expectValid(cwd);
  });
});

describe("styrdok new on a copy of the real content", () => {
  it("adds a measure to an existing chapter losslessly, with actors named by alias", () => {
    const cwd = copyOf("content");
    const before = readFileSync(join(cwd, insatser), "utf8");
    const run = styrdokNew(cwd, [
      "measure",
      "--document",
      "dalarna-lansstrategi-2015",
      "--chapter",
      "4",
      "--text",
      "Polisen utbildar all personal om våld i nära relationer",
      "--responsible",
      "polisen",
      "--partner",
      "Länsstyrelsen Dalarna",
      "--goal",
      "dalarna-lansstrategi-2015-mal-1",
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/La till åtgärd dalarna-lansstrategi-2015-atgard-1 i content\/documents\/dalarna-lansstrategi-2015\/04-insatser-for-perioden-2015-2016\.md:\d+/);
    const after = readFileSync(join(cwd, insatser), "utf8");
    expect(keptInOrder(before, after)).toBe(true);
    expect(after).toContain(
      [
        "  - id: dalarna-lansstrategi-2015-atgard-1",
        "    kind: measure",
        '    text: "Polisen utbildar all personal om våld i nära relationer"',
        "    goals: [dalarna-lansstrategi-2015-mal-1]",
        "    responsible: [polismyndigheten]",
        "    partners: [lansstyrelsen-dalarna]",
        "responsibilities:",
      ].join("\n"),
    );
    // The text quotes the source, so it stands in the prose too (before the footnotes).
    expect(after.indexOf("Polisen utbildar all personal om våld i nära relationer\n\n[^3]:")).toBeGreaterThan(0);
    expect(after.split("\n").length - before.split("\n").length).toBe(8);
    expectValid(cwd);
  });
});

describe("styrdok new keeps a file's bytes", () => {
  it("keeps CRLF line endings, a byte-order mark and comments, and adds a missing list where the schema puts it", () => {
    const cwd = copyOf("test/fixtures/valid/bom");
    const file = join(cwd, "content/documents/exempel-strategi/01-mal.md");
    const before = readFileSync(file, "utf8");
    const run = styrdokNew(cwd, ["responsibility", "--document", "exempel-strategi", "--actor", "Polismyndigheten", "--modality", "bör", "--text", "Polisen utbildar all personal."]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const after = readFileSync(file, "utf8");
    expect(after.startsWith("\uFEFF")).toBe(before.startsWith("\uFEFF"));
    if (before.includes("\r\n")) expect(after.replace(/\r\n/g, "")).not.toContain("\n");
    expect(keptInOrder(before.replace(/\r/g, ""), after.replace(/\r/g, ""))).toBe(true);
    // No list of responsibilities before: it comes after measures, before footnotes.
    expect(after.replace(/\r/g, "")).toMatch(
      /measures:[\s\S]*responsibilities:\n {2}- id: exempel-strategi-ansvar-polismyndigheten-1\n {4}actor: polismyndigheten\n {4}modality: should\n[\s\S]*footnotes:/,
    );
    // The text already stood in the body: nothing added there.
    expect(run.stdout).not.toContain("brödtext");
    expectValid(cwd);
  });

  it("keeps the CRLF fixture CRLF", () => {
    const cwd = copyOf("test/fixtures/valid/crlf");
    const run = styrdokNew(cwd, ["goal", "--document", "exempel-strategi", "--text", "Ett nytt mål"]);
    expect(run.status).toBe(0);
    const after = readFileSync(join(cwd, "content/documents/exempel-strategi/01-mal.md"), "utf8");
    expect(after.replace(/\r\n/g, "")).not.toContain("\n");
    expect(after).toContain("Ett nytt mål\r\n");
    expectValid(cwd);
  });
});

// Each case runs the CLI over the real content: several runs per test on a busy machine.
describe("styrdok new refuses bad input in plain Swedish, writing nothing", { timeout: 240_000 }, () => {
  let cwd: string;
  beforeAll(() => {
    cwd = copyOf("content");
  });

  function refused(args: string[]): string {
    const before = readFileSync(join(cwd, insatser), "utf8");
    const folders = readdirSync(join(cwd, "content/documents")).length;
    const run = styrdokNew(cwd, args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(cwd, insatser), "utf8")).toBe(before);
    expect(readdirSync(join(cwd, "content/documents")).length).toBe(folders);
    return run.stderr;
  }

  it("a missing required flag without a terminal", () => {
    expect(refused(["document", "--kind", "action-plan", "--county", "dalarna"])).toContain("dokument behöver --title när inget frågas");
    expect(refused(["measure", "--document", "dalarna-lansstrategi-2015", "--chapter", "4"])).toContain("--text");
    expect(refused([])).toContain("new behöver veta vad som ska skapas");
  });

  it("an id that exists", () => {
    expect(refused(["document", "--kind", "strategy", "--county", "dalarna", "--title", "X", "--id", "dalarna-lansstrategi-2015"])).toMatch(
      /id:t "dalarna-lansstrategi-2015" finns redan \(content\/documents\/dalarna-lansstrategi-2015\/index\.md:\d+\)/,
    );
    expect(refused(["document", "--kind", "strategy", "--county", "dalarna", "--title", "X", "--valid-from", "2023"])).toContain('id:t "dalarna-strategi-2023" finns redan');
    expect(refused(["actor", "--name", "Polisen", "--kind", "statlig-myndighet"])).toContain('det finns redan något som heter "Polisen": polismyndigheten');
  });

  it("a county or an actor that does not exist names the nearest", () => {
    expect(refused(["document", "--kind", "strategy", "--county", "vasterboten", "--title", "X"])).toContain('det finns inget län "vasterboten". Menade du "vasterbotten"?');
    expect(refused(["measure", "--document", "dalarna-lansstrategi-2015", "--chapter", "4", "--text", "X", "--responsible", "polismyndigheterna"])).toContain(
      'det finns ingen aktör "polismyndigheterna" i aktörsregistret. Närmaste: polismyndigheten (Polismyndigheten, statlig-myndighet)',
    );
  });

  it("a source, document, chapter or goal that does not exist names the nearest", () => {
    expect(refused(["indicator", "--document", "dalarna-lansstrategi-2015", "--chapter", "4", "--text", "X", "--source", "Socialtjänstlagen 1980"])).toContain("det finns ingen källa");
    expect(refused(["measure", "--document", "dalarna-lansstrategi-2051", "--text", "X"])).toMatch(/det finns inget dokument "dalarna-lansstrategi-2051". Närmaste: .*dalarna-lansstrategi-2015/);
    expect(refused(["measure", "--document", "dalarna-lansstrategi-2015", "--chapter", "9", "--text", "X"])).toContain("har inget kapitel");
    expect(refused(["measure", "--document", "dalarna-lansstrategi-2015", "--text", "X"])).toContain("ange i vilket kapitel med --chapter");
    expect(refused(["measure", "--document", "dalarna-lansstrategi-2015", "--chapter", "4", "--text", "X", "--goal", "mal-9"])).toContain("har inget mål");
  });

  it("an actor name that several actors share is not guessed", () => {
    expect(refused(["measure", "--document", "dalarna-lansstrategi-2015", "--chapter", "4", "--text", "X", "--responsible", "Region Dalarna"])).toContain("kan vara flera aktörer: region-dalarna");
  });

  it("a title of symbols only", () => {
    expect(refused(["chapter", "--document", "dalarna-lansstrategi-2015", "--title", "–– ?! ––"])).toContain(
      '--title "–– ?! ––" har inga bokstäver eller siffror, så inget läsbart id kan bildas av det',
    );
    expect(refused(["actor", "--name", "***", "--kind", "region"])).toContain("har inga bokstäver eller siffror");
  });

  it("a kind that does not exist suggests the nearest, and Swedish words are understood", () => {
    expect(refused(["document", "--kind", "handlingsplna", "--county", "dalarna", "--title", "X"])).toContain('dokumentslaget "handlingsplna" finns inte. Menade du "action-plan"?');
    expect(refused(["mesure"])).toContain('det går inte att skapa "mesure". Menade du "measure"?');
    expect(refused(["measure", "--document", "dalarna-lansstrategi-2015", "--chapter", "4", "--text", "X", "--kind", "atgärd-x"])).toContain("åtgärdsslaget");
    const run = styrdokNew(cwd, ["handlingsplan", "--county", "Västerbottens län", "--title", "Handlingsplan mot våld", "--valid-from", "2026"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("vasterbotten-handlingsplan-2026");
    const åtgärd = styrdokNew(cwd, ["åtgärd", "--document", "vasterbotten-handlingsplan-2026", "--text", "Kommunerna kartlägger våldet", "--kind", "aktivitet"]);
    expect(åtgärd.stdout).toContain("vasterbotten-handlingsplan-2026-aktivitet-1");
    expectValid(cwd);
  });

  it("says it in English with --lang en", () => {
    expect(refused(["document", "--kind", "strategy", "--county", "vasterboten", "--title", "X", "--lang", "en"])).toContain('there is no county "vasterboten". Did you mean "vasterbotten"?');
  });
});

/** The screen's text, without colours and cursor movements. */
function plain(text: string): string {
  return stripVTControlCharacters(text);
}

/**
 * Runs `styrdok new` in a pseudo-terminal (util-linux `script`), answering each prompt when its
 * text appears on the screen: no fixed waits.
 */
function inTerminal(cwd: string, args: string[], answers: Array<[string, string]>): Promise<{ code: number | null; screen: string }> {
  const command = `stty cols 120 rows 50; exec ${[process.execPath, bin, "new", ...args].map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(" ")}`;
  const child = spawn("script", ["-qfec", command, "/dev/null"], { cwd, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", TERM: "xterm-256color", STYRDOK_TODAY: "2025-06-01" } });
  let screen = "";
  let from = 0;
  let step = 0;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no prompt "${answers[step]?.[0]}" on the screen:\n${screen.slice(-2000)}`));
    }, 45_000);
    child.stdout.on("data", (chunk: Buffer) => {
      screen += plain(chunk.toString("utf8"));
      while (step < answers.length) {
        const at = screen.indexOf(answers[step]![0], from);
        if (at === -1) break;
        from = at + answers[step]![0].length;
        child.stdin.write(answers[step]![1]);
        step++;
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, screen });
    });
  });
}

const enter = "\r";
const down = "\x1b[B";

describe("styrdok new in a terminal asks in Swedish", () => {
  it("creates a document from the answers", async () => {
    const cwd = copyOf("test/fixtures/graph");
    const { code, screen } = await inTerminal(
      cwd,
      [],
      [
        ["Vad vill du skapa?", enter],
        ["Vilket slags dokument?", `${down}${enter}`],
        ["Vilket län gäller det?", "xyz"],
        ["Inga träffar", enter],
        ["Inget att välja: ändra sökningen.", "\b\b\bvästerb"],
        ["(1 träff)", enter],
        ["Titel, som källan skriver den", `Länets handlingsplan${enter}`],
        ["Gäller från", `2025-13${enter}`],
        ["Skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD", `\b\b01${enter}`],
        ["Gäller till", enter],
        ["Första kapitlets rubrik", enter],
      ],
    );
    expect(screen).toContain("Skapade content/documents/vasterbotten-handlingsplan-2025/index.md");
    expect(code).toBe(0);
    // Every word the search prompt draws is Swedish, its key hints too.
    expect(screen).toContain("Sök: xyz█ (0 träffar)");
    expect(screen).toContain("↑/↓ bläddra • Enter: välj • Skriv: sök");
    expect(screen).toContain("Västerbottens län (vasterbotten)");
    for (const english of ["Search", "No matches", "match", "Enter: confirm", "Type:", "to search", "to select"]) expect(screen).not.toContain(english);
    expect(readFileSync(join(cwd, "content/documents/vasterbotten-handlingsplan-2025/index.md"), "utf8")).toContain('from: "2025-01"');
    expectValid(cwd);
  });

  it("adds a measure, its responsible actor found by searching", async () => {
    const cwd = copyOf("content");
    const { code, screen } = await inTerminal(
      cwd,
      ["measure", "--document", "dalarna-lansstrategi-2015"],
      [
        ["I vilket kapitel?", `${down}${down}${down}${enter}`],
        ["Texten, ordagrant som i källan", `Polisen håller utbildningar${enter}`],
        ["Vad kallar källan åtgärden?", enter],
        ["Vilka mål tjänar den?", enter],
        ["Vilka ansvarar?", "polisen"],
        ["(1 träff)", `\t${enter}`],
      ],
    );
    expect(screen).toContain("Sök: polisen█ (1 träff)");
    expect(screen).toContain("◼ Polismyndigheten (Polisen, Polis, polisen)");
    expect(screen).toContain("↑/↓ bläddra • Tab: välj • Enter: gå vidare • Skriv: sök");
    for (const english of ["Search", "No matches", "match", "select", "Enter: confirm", "Type:", "items selected"]) expect(screen).not.toContain(english);
    expect(screen).toContain("La till åtgärd dalarna-lansstrategi-2015-atgard-1 i content/documents/dalarna-lansstrategi-2015/04-insatser-for-perioden-2015-2016.md");
    expect(code).toBe(0);
    expect(readFileSync(join(cwd, insatser), "utf8")).toContain("    responsible: [polismyndigheten]\n");
    expectValid(cwd);
  });

  it("searches in English with --lang en, and Ctrl-C in a search writes nothing", async () => {
    const cwd = copyOf("test/fixtures/graph");
    const before = readdirSync(join(cwd, "content/documents"));
    const { code, screen } = await inTerminal(
      cwd,
      ["document", "--kind", "action-plan", "--lang", "en"],
      [
        ["Which county?", "västerb"],
        ["(1 match)", "\x03"],
      ],
    );
    expect(code).toBe(2);
    expect(screen).toContain("Search: västerb█ (1 match)");
    expect(screen).toContain("↑/↓ browse • Enter: choose • Type: search");
    expect(screen).not.toContain("Sök");
    expect(screen).toContain("Cancelled; nothing was written.");
    expect(readdirSync(join(cwd, "content/documents"))).toEqual(before);
  });

  it("writes nothing when the editor cancels", async () => {
    const cwd = copyOf("content");
    const before = readFileSync(join(cwd, insatser), "utf8");
    const { code, screen } = await inTerminal(cwd, ["measure", "--document", "dalarna-lansstrategi-2015", "--chapter", "4"], [["Texten, ordagrant som i källan", "\x03"]]);
    expect(code).toBe(2);
    expect(screen).toContain("Avbrutet; inget skrevs.");
    expect(readFileSync(join(cwd, insatser), "utf8")).toBe(before);
  });
});
