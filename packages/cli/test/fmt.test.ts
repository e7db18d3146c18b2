// `styrdok fmt`, run as a process on copies of the content: what it writes, what it refuses, and
// that formatting never changes what the content says.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, parseDocument, visit } from "yaml";
import { repositoryRoot, runCli } from "./run-cli.ts";

const scratch = mkdtempSync(join(tmpdir(), "styrdok-fmt-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function contentFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? contentFiles(path) : name.endsWith(".md") ? [path] : [];
  });
}

/** A folder with a content tree of the given files. */
function tree(name: string, files: Record<string, string>): string {
  const folder = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, "content", path, ".."), { recursive: true });
    writeFileSync(join(folder, "content", path), text);
  }
  return folder;
}

const canonical = `---
type: actors
actors:
  - id: polismyndigheten
    name: "Polismyndigheten"
    kind: statlig-myndighet
    aliases: ["Polisen"]
---
`;
const unformatted = `---
type: actors
actors:
- name: 'Åklagarmyndigheten'   # som i källan
  id: aklagarmyndigheten
  kind: statlig-myndighet
  aliases:
    - Åklagaren
---
`;

describe("styrdok fmt --check", () => {
  it("passes on the real content: it is committed in canonical form", () => {
    const run = runCli(["fmt", "--check"]);
    expect(run.stdout).toMatch(/^Alla \d+ filer är i kanonisk form\.$/m);
    expect(run.status).toBe(0);
  });

  it("fails on an unformatted file, names it and changes nothing", () => {
    const folder = tree("check", { "actors/a.md": canonical, "actors/b.md": unformatted });
    const run = runCli(["fmt", "--check"], { cwd: folder });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("content/actors/b.md: inte i kanonisk form");
    expect(run.stdout).not.toContain("content/actors/a.md");
    expect(run.stdout).toContain("1 av 2 filer är inte i kanonisk form. Kör styrdok fmt för att formatera dem.");
    expect(readFileSync(join(folder, "content/actors/b.md"), "utf8")).toBe(unformatted);
    const english = runCli(["fmt", "--check", "--lang", "en"], { cwd: folder });
    expect(english.stdout).toContain("content/actors/b.md: not in canonical form");
    expect(english.stdout).toContain("1 of 2 files are not in canonical form.");
  });
});

describe("styrdok fmt", () => {
  it("rewrites what is not canonical, leaves the canonical file byte for byte, and is idempotent", () => {
    const folder = tree("write", { "actors/a.md": canonical, "actors/b.md": unformatted });
    const before = statSync(join(folder, "content/actors/a.md")).mtimeMs;
    const run = runCli(["fmt"], { cwd: folder });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("content/actors/b.md: formaterad\nFormaterade 1 av 2 filer.\n");
    expect(readFileSync(join(folder, "content/actors/b.md"), "utf8")).toBe(`---
type: actors
actors:
  - id: aklagarmyndigheten
    name: "Åklagarmyndigheten" # som i källan
    kind: statlig-myndighet
    aliases: ["Åklagaren"]
---
`);
    expect(readFileSync(join(folder, "content/actors/a.md"), "utf8")).toBe(canonical);
    expect(statSync(join(folder, "content/actors/a.md")).mtimeMs).toBe(before);
    expect(runCli(["fmt"], { cwd: folder }).stdout).toBe("Formaterade 0 av 2 filer.\n");
  });

  it("keeps CRLF line endings and a byte-order mark", () => {
    const crlf = `\ufeff${unformatted.replace(/\n/g, "\r\n")}`;
    const folder = tree("crlf", { "actors/b.md": crlf });
    expect(runCli(["fmt"], { cwd: folder }).status).toBe(0);
    const text = readFileSync(join(folder, "content/actors/b.md"), "utf8");
    expect(text.startsWith("\ufeff---\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(text).toContain('    name: "Åklagarmyndigheten" # som i källan\r\n');
  });

  it("leaves a file with broken YAML untouched and reports the validator's finding", () => {
    const broken = "---\ntype: actors\nactors:\n  - id: [polisen\n---\n";
    const folder = tree("broken", { "actors/a.md": canonical, "actors/broken.md": broken, "actors/b.md": unformatted });
    const run = runCli(["fmt"], { cwd: folder });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/content\/actors\/broken\.md:\d+:\d+ {2}fel {2}yaml-syntax/);
    expect(run.stdout).toContain("content/actors/broken.md: lämnad orörd");
    expect(run.stdout).toContain("content/actors/b.md: formaterad");
    expect(readFileSync(join(folder, "content/actors/broken.md"), "utf8")).toBe(broken);
    const english = runCli(["fmt", "--check", "--lang", "en"], { cwd: folder });
    expect(english.status).toBe(1);
    expect(english.stdout).toContain("content/actors/broken.md: left untouched");
  });

  it("is a usage error with an option it does not know", () => {
    const run = runCli(["fmt", "--write"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("valet --write finns inte för fmt.");
  });
});

describe("fmt round-trips the real content", () => {
  // Every file of the real content scrambled into another form of the same data: keys reversed,
  // texts in single quotes or plain, lists flush and flow, through yaml's own printer.
  const folder = join(scratch, "real");
  cpSync(join(repositoryRoot, "content"), join(folder, "content"), { recursive: true });
  const files = contentFiles(join(folder, "content"));
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const end = text.indexOf("\n---\n", 4);
    const document = parseDocument(text.slice(4, end + 1));
    let toggle = false;
    const flip = () => {
      toggle = !toggle;
      return toggle;
    };
    visit(document, {
      Map(_key, map) {
        map.items.reverse();
      },
      Seq(_key, seq) {
        // An empty list stays [] : yaml would print it flush under its key, which does not parse.
        if (isSeq(seq)) seq.flow = seq.items.length === 0 || (seq.items.every(isScalar) && flip());
      },
      Scalar(_key, scalar) {
        if (typeof scalar.value === "string") scalar.type = flip() ? "QUOTE_SINGLE" : "PLAIN";
      },
    });
    if (!isMap(document.contents)) throw new Error(`${file}: no mapping`);
    writeFileSync(file, `---\n${document.toString({ indentSeq: false, lineWidth: 0 })}---\n\n\n${text.slice(end + 5).replace(/^\n/, "")}\n\n`);
  }

  it("gives back every file byte for byte, and the export is the same", () => {
    const scrambled = runCli(["fmt", "--check"], { cwd: folder });
    expect(scrambled.status).toBe(1);
    const run = runCli(["fmt"], { cwd: folder });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Formaterade ${files.length} av ${files.length} filer.`);
    for (const file of files) {
      expect(readFileSync(file, "utf8"), file).toBe(readFileSync(join(repositoryRoot, file.slice(folder.length + 1)), "utf8"));
    }
    expect(runCli(["export"], { cwd: folder }).stdout).toBe(runCli(["export"]).stdout);
  });
});
