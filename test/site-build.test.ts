// The site is a placeholder for now, but it must build: `npm run build` and `npm start` depend on it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "./paths.ts";

const outDir = mkdtempSync(join(tmpdir(), "styrdok-site-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("site", () => {
  it("builds a Swedish start page with Astro", () => {
    const astro = join(repositoryRoot, "site/node_modules/.bin/astro");
    const build = spawnSync(astro, ["build", "--outDir", outDir], { cwd: join(repositoryRoot, "site"), encoding: "utf8", timeout: 120_000 });
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    expect(html).toMatch(/^<!DOCTYPE html><html lang="sv">/i);
    expect(html).toContain("<h1>styrdok</h1>");
  });
});
