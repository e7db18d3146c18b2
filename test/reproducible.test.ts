// The same content exports the same bytes wherever and whenever it is exported: from another
// folder (a copy of content/ elsewhere, the export run from inside it), in another time zone and
// locale, with no cache and a warm one. The site's half of this is test/site/reproducible.test.ts.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../packages/cli/test/run-cli.ts";
import { differences, filesOf } from "./folder-bytes.ts";
import { repositoryRoot } from "./paths.ts";

const scratch = mkdtempSync(join(tmpdir(), "styrdok-reproducible-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("exports", () => {
  // The same content, elsewhere: a folder named content in another place, with its cache off.
  const elsewhere = join(scratch, "annan plats", "content");
  cpSync(join(repositoryRoot, "content"), elsewhere, { recursive: true });
  const here = { env: { TZ: "Europe/Stockholm", LANG: "sv_SE.UTF-8" } };
  const there = { cwd: join(elsewhere, "documents"), env: { TZ: "Pacific/Kiritimati", LANG: "C", LC_ALL: "C", STYRDOK_CACHE: "off" } };

  it("are the same JSON bytes from another folder, time zone and locale", () => {
    const [a, b] = [runCli(["export", "--format", "json"], here), runCli(["export", "--format", "json", ".."], there)];
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(a.stdout.length).toBeGreaterThan(1_000_000);
    expect(a.stdout).not.toContain(repositoryRoot);
    expect(b.stdout).not.toContain(scratch);
    expect(b.stdout === a.stdout).toBe(true);
  });

  it("are the same CSV files from another folder, time zone and locale", () => {
    const [outA, outB] = [join(scratch, "csv-a"), join(scratch, "csv-b")];
    expect(runCli(["export", "--format", "csv", "--out", outA], here).status).toBe(0);
    expect(runCli(["export", "--format", "csv", "--out", outB, ".."], there).status).toBe(0);
    const [a, b] = [filesOf(outA), filesOf(outB)];
    expect(a.size).toBeGreaterThan(10);
    expect(differences(a, b)).toEqual([]);
  });
});
