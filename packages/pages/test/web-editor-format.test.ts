// The web editor's file format: what the editor saves changes only what the editor changed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BODY_FIELD, fromFile, ORIGINAL_FIELD, toFile } from "../src/web-editor-format.ts";

const contentRoot = join(import.meta.dirname, "../../../content");
const contentFiles = readdirSync(contentRoot, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".md"))
  .sort();

/** What the editor hands back: the values it read, as a copy it may change. */
function opened(text: string): Record<string, unknown> {
  return structuredClone(fromFile(text));
}

function changedLines(before: string, after: string): { before: string[]; after: string[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b.length).toBe(a.length);
  const indexes = a.map((_, index) => index).filter((index) => a[index] !== b[index]);
  return { before: indexes.map((index) => a[index]!), after: indexes.map((index) => b[index]!) };
}

const sample = [
  "---",
  "# Kapitlet i källan heter så här.",
  "type: chapter",
  "id: test-kapitel",
  'title: "Insatser"',
  "label: 4",
  "measures:",
  "  - id: test-insats-1",
  "    kind: effort",
  '    text: "samverkan utvecklas" # ordagrant',
  "    responsible: [polismyndigheten, region-dalarna]",
  "    timeframe:",
  '      from: "2015"',
  "  - id: test-insats-2",
  "    kind: effort",
  "    text: 'stöd ges'",
  "    note: |",
  "      Två rader",
  "      anteckning.",
  "  - id: test-insats-3",
  "    kind: effort",
  "    text: utbildning ges",
  "---",
  "",
  "# Insatser",
  "",
  "- samverkan utvecklas",
  "",
].join("\n");

describe("the web editor's file format", () => {
  it("writes every content file back byte for byte when nothing was changed", () => {
    expect(contentFiles.length).toBeGreaterThan(50);
    for (const file of contentFiles) {
      const text = readFileSync(join(contentRoot, file), "utf8");
      expect(toFile(opened(text)), file).toBe(text);
    }
  });

  it("changes only the measure's text, in its own quoting, when that text is edited", () => {
    const content = opened(sample);
    (content.measures as Record<string, unknown>[])[0]!.text = 'samverkan "utvecklas" vidare';
    (content.measures as Record<string, unknown>[])[1]!.text = "stöd ges alltid";
    (content.measures as Record<string, unknown>[])[2]!.text = "utbildning: ges";
    const saved = toFile(content);
    expect(changedLines(sample, saved)).toEqual({
      before: ['    text: "samverkan utvecklas" # ordagrant', "    text: 'stöd ges'", "    text: utbildning ges"],
      after: ['    text: "samverkan \\"utvecklas\\" vidare" # ordagrant', "    text: 'stöd ges alltid'", '    text: "utbildning: ges"'],
    });
    expect(parse(saved.split("---")[1]!).measures[2].text).toBe("utbildning: ges");
  });

  it("takes what the editor fills in for fields the file leaves out, and numbers shown as text, for no change", () => {
    const content = opened(sample);
    // Sveltia fills every configured field the file lacks with an empty value and shows a number
    // in a text field as text.
    Object.assign(content, { appendix: false, goals: [], note: "", label: "4", templateFields: { a: "" } });
    Object.assign((content.measures as Record<string, unknown>[])[0]!, { partners: [], status: "", timeframe: { from: "2015", to: "" } });
    expect(toFile(content)).toBe(sample);
  });

  it("keeps the keys the editor does not hold, and the body when the collection has no body field", () => {
    const content = opened(sample);
    delete content.label;
    delete content[BODY_FIELD];
    delete (content.measures as Record<string, unknown>[])[1]!.note;
    expect(toFile(content)).toBe(sample);
  });

  it("removes a measure in the middle without moving any other measure's values, keeping the comments", () => {
    const content = opened(sample);
    (content.measures as unknown[]).splice(1, 1);
    const saved = toFile(content);
    const data = parse(saved.split("---")[1]!);
    expect(data.measures.map((measure: { id: string }) => measure.id)).toEqual(["test-insats-1", "test-insats-3"]);
    expect(data.measures[0]).toEqual({ id: "test-insats-1", kind: "effort", text: "samverkan utvecklas", responsible: ["polismyndigheten", "region-dalarna"], timeframe: { from: "2015" } });
    expect(data.measures[1]).toEqual({ id: "test-insats-3", kind: "effort", text: "utbildning ges" });
    expect(saved).toContain("# Kapitlet i källan heter så här.");
    expect(saved).toContain("# ordagrant");
    expect(saved).toContain("responsible: [polismyndigheten, region-dalarna]");
    expect(saved.endsWith("# Insatser\n\n- samverkan utvecklas\n")).toBe(true);
  });

  it("adds a measure as the content writes one, and clears an optional field by removing it", () => {
    const content = opened(sample);
    (content.measures as unknown[]).push({ id: "test-insats-4", kind: "activity", text: "ny insats", goals: [], note: "" });
    (content.measures as Record<string, unknown>[])[0]!.timeframe = { from: "" };
    const saved = toFile(content);
    // Ids and enumeration values plain, text in double quotes, as the content writes them.
    expect(saved).toContain('  - id: test-insats-4\n    kind: activity\n    text: "ny insats"\n---');
    expect(parse(saved.split("---")[1]!).measures[0].timeframe).toBeUndefined();
    expect(saved).toContain("# Kapitlet i källan heter så här.");
  });

  it("writes a changed block scalar (|) as a block scalar and leaves the rest", () => {
    const content = opened(sample);
    (content.measures as Record<string, unknown>[])[1]!.note = "Tre rader\nav\nanteckning.\n";
    const saved = toFile(content);
    expect(saved).toBe(sample.replace("      Två rader\n      anteckning.\n", "      Tre rader\n      av\n      anteckning.\n"));
  });

  it("replaces the body only when it was edited, and keeps the frontmatter's bytes then", () => {
    const content = opened(sample);
    content[BODY_FIELD] = "# Insatser\n\n- samverkan utvecklas\n- stöd ges";
    const saved = toFile(content);
    expect(saved).toBe(sample.replace("- samverkan utvecklas\n", "- samverkan utvecklas\n- stöd ges\n"));
    // The editor's text area may drop the last line end: that is no change.
    const trimmed = opened(sample);
    trimmed[BODY_FIELD] = String(trimmed[BODY_FIELD]).trimEnd();
    expect(toFile(trimmed)).toBe(sample);
  });

  it("keeps a byte-order mark and CRLF line ends", () => {
    const crlf = `\uFEFF${sample.replaceAll("\n", "\r\n")}`;
    const content = opened(crlf);
    (content.measures as Record<string, unknown>[])[0]!.text = "samverkan ökar";
    const saved = toFile(content);
    expect(saved).toBe(crlf.replace('"samverkan utvecklas"', '"samverkan ökar"'));
    (content.measures as unknown[]).pop();
    const structural = toFile(content);
    expect(structural.startsWith("\uFEFF---\r\n")).toBe(true);
    expect(structural.replaceAll("\r\n", "").includes("\n")).toBe(false);
  });

  it("never writes the original text it carries", () => {
    const content = opened(sample);
    expect(content[ORIGINAL_FIELD]).toBe(sample);
    (content.measures as unknown[]).pop();
    expect(toFile(content)).not.toContain(ORIGINAL_FIELD);
  });

  it("refuses a file whose frontmatter cannot be read, in Swedish", () => {
    expect(() => fromFile("---\ntitle: [oavslutad\n---\n")).toThrow(/Frontmattern går inte att läsa/);
    expect(() => fromFile("bara text\n")).toThrow(/saknar frontmatter/);
  });
});
