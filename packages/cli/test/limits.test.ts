// The stated limits (README, "Limits") that only the real command shows: what it prints for a
// megabyte in one line, and a body it stops parsing while the run goes on. The rest are tested
// in core (packages/core/test/limits.test.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, validateJson } from "./run-cli.ts";

const root = mkdtempSync(join(tmpdir(), "styrdok-limits-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const document = "---\ntype: document\nid: d\nkind: strategy\ntitle: D\ncounties: [dalarna]\nstatus: in-force\ntextAvailability: none\n---\n";

/** A content folder with document `d`, whose one chapter is `chapter`, and a file with a tab for a finding of its own. */
function contentWith(name: string, chapter: string): string {
  const folder = join(root, name);
  mkdirSync(join(folder, "documents/d"), { recursive: true });
  writeFileSync(join(folder, "documents/d/index.md"), document);
  writeFileSync(join(folder, "documents/d/01-kap.md"), chapter);
  writeFileSync(join(folder, "tabs.md"), "---\ntype: actors\nactors:\n\t- id: a\n---\n");
  return folder;
}

describe("the limits, as the command shows them", () => {
  it("prints a few hundred characters, not a megabyte, of an id a megabyte long", () => {
    const folder = contentWith("megabyte", `---\ntype: chapter\nid: ${"A".repeat(1024 * 1024)}\ntitle: Kapitel\n---\nText.\n`);
    const run = runCli(["validate", folder]);
    expect(run.status).toBe(1);
    // Two findings on the id (its form, its length) with their frames, one on the tab, the summary.
    expect(run.stdout.length).toBeLessThan(4_000);
    expect(run.stdout).toMatch(/01-kap\.md:3:5 +fel +schema-pattern +id har ett ogiltigt format: "A{200}…"/);
    expect(run.stdout).toContain("yaml-tab");
  });

  it("stops parsing a body of 100,000 footnotes at the deadline, reports it where the body starts, and goes on", () => {
    const labels = Array.from({ length: 100_000 }, (_, index) => index.toString(36));
    // Labels and texts of a few characters: 100,000 footnotes fit in a file of 2 MiB no other way.
    const body = `Text${labels.map((label) => `[^${label}]`).join("")}\n\n${labels.map((label) => `[^${label}]: x\n`).join("")}`;
    const folder = contentWith("footnotes", `---\ntype: chapter\nid: d-kap\ntitle: Kapitel\n---\n${body}`);
    // micromark takes more than a minute over them on this machine's kind: far past a deadline of 1 s.
    const { run, report } = validateJson([folder], { env: { STYRDOK_PARSE_TIMEOUT_MS: "1000" } });
    expect(run.status).toBe(1);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "markdown-too-complex", line: 6, column: 1, message: expect.stringContaining("tolkningen avbröts efter 1 s") }));
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "yaml-tab" }));
  });
});
