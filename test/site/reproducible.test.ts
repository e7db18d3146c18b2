// Two builds of the same commit publish the same bytes: the shared build (test/site/setup.ts) and
// a second one made later, into another folder, started from another folder, in another time
// zone and locale. Every file of site/dist is compared: the pages, the search index, the data
// files, the web editor. Neither holds the path of the repository or of its own output.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
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
      env: { ...process.env, STYRDOK_TODAY: TEST_TODAY, TZ: "Pacific/Kiritimati", LANG: "C", LC_ALL: "C" },
      timeout: 300_000,
    });
    if (build.status !== 0) throw new Error(`The second build failed:\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
    const [first, second] = [filesOf(siteDir), filesOf(again)];
    expect(first.size).toBeGreaterThan(1000);
    expect(differences(first, second)).toEqual([]);
    const leaks = [...first].filter(([, bytes]) => [repositoryRoot, siteDir, scratch, tmpdir()].some((path) => bytes.includes(path))).map(([path]) => path);
    expect(leaks).toEqual([]);
  }, 360_000);
});
