// Builds the site once, exactly as `npm run build` does (site/scripts/build.ts: the pages and the
// search index), into a temporary folder, and serves it on 127.0.0.1 for every site test.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { serveDirectory } from "../../site/scripts/serve.ts";
import { repositoryRoot } from "../paths.ts";

declare module "vitest" {
  interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

/** The day the tests judge validity by, so that "in force" does not change with the calendar. */
export const TEST_TODAY = "2026-11-22";

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: join(repositoryRoot, "site"), encoding: "utf8", timeout: 300_000, env: { ...process.env, STYRDOK_TODAY: TEST_TODAY } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
}

export default async function setup(project: TestProject) {
  const siteDir = mkdtempSync(join(tmpdir(), "styrdok-site-"));
  run(process.execPath, ["scripts/build.ts", siteDir]);
  const server = await serveDirectory(siteDir);
  const address = server.address() as { port: number };
  project.provide("siteDir", siteDir);
  project.provide("siteUrl", `http://127.0.0.1:${address.port}`);
  return () => {
    server.close();
    rmSync(siteDir, { recursive: true, force: true });
  };
}
