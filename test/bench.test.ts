// `npm run bench --quick` as a process: the one small run that keeps the benchmark working. It
// asserts what the benchmark reports, never how fast anything was.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { repositoryRoot } from "./paths.ts";

const scratch = mkdtempSync(join(tmpdir(), "styrdok-bench-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const rows = ["floor", "peer", "validate-cold", "validate-warm", "validate-no-cache", "validate-edited", "validate-one-file", "export", "diff"];

it("runs every row on a tiny corpus, prints the table and writes every figure to BENCHMARKS.json", { timeout: 600_000 }, () => {
  const out = join(scratch, "BENCHMARKS.json");
  const result = spawnSync(process.execPath, ["test/bench/run.ts", "--quick", "--out", out], { cwd: repositoryRoot, encoding: "utf8", timeout: 600_000 });
  expect(result.stderr).not.toMatch(/Error/);
  expect(result.status).toBe(0);

  for (const label of [
    "floor: read, yaml",
    "peer: remark-cli",
    "styrdok validate, cold",
    "styrdok validate, warm",
    "STYRDOK_CACHE=off",
    "that chapter edited",
    "styrdok validate <one chapter>, warm",
    "styrdok export",
    "styrdok diff HEAD",
  ]) {
    expect(result.stdout).toContain(label);
  }
  expect(result.stdout).toMatch(/\| 2 \| \d+ \| [\d.]+ \(/); // the site: pages and build time of the 2-document corpus

  const report = JSON.parse(readFileSync(out, "utf8"));
  expect(report.machine.cpus).toBeGreaterThan(0);
  expect(report.machine.node).toBe(process.version);
  expect(report.sizes).toHaveLength(1);
  const [size] = report.sizes;
  expect(size.documents).toBe(2);
  expect(size.rows.map((row: { id: string }) => row.id)).toEqual(rows);
  for (const row of size.rows) {
    expect(row.cpuMs.median, row.id).toBeGreaterThan(0);
    expect(row.maxRssKiB.median, row.id).toBeGreaterThan(0);
    expect(row.cpuVsFloor, row.id).toBeGreaterThan(0);
  }
  expect(size.rows.find((row: { id: string }) => row.id === "floor").cpuVsFloor).toBe(1);
  expect(size.site.pages).toBeGreaterThan(100);
  expect(size.site.cpuMsPerPage).toBeGreaterThan(0);
  expect(size.site.pagefindBytes).toBeGreaterThan(0);
  expect(size.site.firstResultMs.median).toBeGreaterThan(0);
});
