// The content cache seen from the command line: a second run answers from it and says the same,
// an edit is seen at once, and STYRDOK_CACHE turns it off or moves it.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repositoryRoot, runCli, validateJson } from "./run-cli.ts";

const scratch = mkdtempSync(join(tmpdir(), "styrdok-cli-cache-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function copyOfContent(name: string): string {
  const folder = join(scratch, name);
  cpSync(join(repositoryRoot, "content"), join(folder, "content"), { recursive: true });
  return folder;
}

describe("the content cache of styrdok validate", () => {
  it("answers a second run from .styrdok-cache beside the content (STYRDOK_CACHE=1 too), with the same findings and the same export", () => {
    const folder = copyOfContent("twice");
    const env = { STYRDOK_TODAY: "2026-01-01" };
    const cold = validateJson([], { cwd: folder, env });
    expect(cold.run.status).toBe(0);
    expect(readdirSync(join(folder, ".styrdok-cache"))).toContain(".gitignore");
    const pack = () => {
      const name = readdirSync(join(folder, ".styrdok-cache")).find((entry) => entry.endsWith(".v8"))!;
      const { mtimeMs, size } = statSync(join(folder, ".styrdok-cache", name));
      return { name, mtimeMs, size };
    };
    const written = pack();
    const warm = validateJson([], { cwd: folder, env: { ...env, STYRDOK_CACHE: "1" } });
    expect(warm.report).toEqual(cold.report);
    // Another process found every file in the cache: it had nothing to write.
    expect(pack()).toEqual(written);
    const exported = runCli(["export"], { cwd: folder, env });
    const uncached = runCli(["export"], { cwd: folder, env: { ...env, STYRDOK_CACHE: "off" } });
    expect(exported.status).toBe(0);
    expect(exported.stdout).toBe(uncached.stdout);
  });

  it("sees an edit on the next run", () => {
    const folder = copyOfContent("edit");
    expect(validateJson([], { cwd: folder }).report.errors).toBe(0);
    const file = join(folder, "content/documents/stockholm-strategi-2020/index.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^kind: .*$/m, "kind: strategi"));
    const { run, report } = validateJson([], { cwd: folder });
    expect(run.status).toBe(1);
    expect(report.findings.map((finding) => `${finding.file} ${finding.code}`)).toContain("content/documents/stockholm-strategi-2020/index.md schema-enum");
    expect(report).toEqual(validateJson([], { cwd: folder, env: { STYRDOK_CACHE: "off" } }).report);
  });

  it("is not kept with STYRDOK_CACHE=off, and kept in the folder STYRDOK_CACHE names", () => {
    const folder = copyOfContent("off");
    expect(validateJson([], { cwd: folder, env: { STYRDOK_CACHE: "off" } }).run.status).toBe(0);
    expect(existsSync(join(folder, ".styrdok-cache"))).toBe(false);
    const elsewhere = join(scratch, "elsewhere");
    expect(validateJson([], { cwd: folder, env: { STYRDOK_CACHE: elsewhere } }).run.status).toBe(0);
    expect(existsSync(join(folder, ".styrdok-cache"))).toBe(false);
    expect(readdirSync(elsewhere).some((name) => name.endsWith(".v8"))).toBe(true);
  });
});
