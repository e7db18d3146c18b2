// Two builds of the same commit publish the same bytes: the shared build (test/site/setup.ts) and
// a second one made later, into another folder, started from another folder, in another time
// zone and locale, and with nothing kept from earlier builds (STYRDOK_BUILD_CACHE empty: the
// history and the web editor's bundle are computed afresh). Every file of site/dist is compared:
// the pages, the search index, the data files, the web editor. Neither holds a path of the machine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { differences, filesOf } from "../folder-bytes.ts";
import { repositoryRoot } from "../paths.ts";
import { TEST_TODAY } from "./setup.ts";

const siteDir = inject("siteDir");
const scratch = mkdtempSync(join(tmpdir(), "styrdok-again-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the site built twice", () => {
  it("is the same bytes, file for file, with no path of the machine in it", () => {
    const again = join(scratch, "en annan mapp", "dist");
    const build = spawnSync(process.execPath, [join(repositoryRoot, "site/scripts/build.ts"), again], {
      cwd: scratch,
      encoding: "utf8",
      // The day is the build's one input besides the commit: which documents are in force.
      env: { ...process.env, STYRDOK_TODAY: TEST_TODAY, STYRDOK_BUILD_CACHE: join(scratch, "tom cache"), TZ: "Pacific/Kiritimati", LANG: "C", LC_ALL: "C" },
      timeout: 300_000,
    });
    if (build.status !== 0) throw new Error(`The second build failed:\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
    const [first, second] = [filesOf(siteDir), filesOf(again)];
    expect(first.size).toBeGreaterThan(1000);
    expect(differences(first, second)).toEqual([]);
    const leaks = [...first, ...second].filter(([, bytes]) => [repositoryRoot, siteDir, scratch, tmpdir()].some((path) => bytes.includes(path))).map(([path]) => path);
    expect(leaks).toEqual([]);
    // It did compute them afresh.
    expect(readdirSync(join(scratch, "tom cache")).sort()).toEqual(["styrdok-admin", "styrdok-history"]);
  }, 360_000);
});
