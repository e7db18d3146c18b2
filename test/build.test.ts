// The build refuses content with errors, and a base path it cannot build links under, the way an editor can act on:
// with file, line and column, and no stack trace; and the site that was there stays as it was.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "./paths.ts";

const scratch = mkdtempSync(join(tmpdir(), "styrdok-build-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm run build (site/scripts/build.ts)", () => {
  it("stops at content with errors, prints every finding and leaves the published site untouched", () => {
    const content = join(scratch, "content");
    cpSync(join(repositoryRoot, "test/fixtures/graph"), content, { recursive: true });
    const actors = join(content, "actors.md");
    writeFileSync(actors, readFileSync(actors, "utf8").replace("kind: statlig-myndighet", "kind: myndighet"));
    const out = join(scratch, "dist");
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "<p>the site as it was</p>");

    const run = spawnSync(process.execPath, [join(repositoryRoot, "site/scripts/build.ts"), out], {
      cwd: repositoryRoot,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1", STYRDOK_CONTENT: content },
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/actors\.md:\d+:\d+ {2}fel {2}schema-enum {2}.*har värdet "myndighet", som inte är tillåtet\. Menade du "statlig-myndighet"\?/);
    expect(run.stderr).toContain("styrdok: webbplatsen byggs inte förrän felen ovan är rättade.");
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("<p>the site as it was</p>");
    expect(readdirSync(scratch).sort()).toEqual(["content", "dist"]);
  });

  it("refuses a base path it cannot build links under, with a message and no stack trace", () => {
    const out = join(scratch, "base");
    const run = spawnSync(process.execPath, [join(repositoryRoot, "site/scripts/build.ts"), out], {
      cwd: repositoryRoot,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1", STYRDOK_BASE: "/mitt arkiv" },
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('\nstyrdok: STYRDOK_BASE ska vara en sökväg som /styrdok/, av bokstäverna a–z och A–Z, siffror och . _ ~ -; "/mitt arkiv" går inte.\n');
    expect(readdirSync(scratch)).not.toContain("base");
  });
});
