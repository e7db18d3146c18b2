import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));
const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `styrdok` command as a separate process. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: resolve(repositoryRoot, options.cwd ?? "."),
    encoding: "utf8",
    // Only what the CLI needs: a developer's STYRDOK_LANG or GITHUB_STEP_SUMMARY must not change the results.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1", ...options.env },
    timeout: 60_000,
    // The JSON export of real content is megabytes; the default 1 MiB would cut the process off.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: "error" | "warning";
  code: string;
  message: string;
  suggestions: string[];
  path?: Array<string | number>;
}

export function validateJson(paths: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const run = runCli(["validate", ...paths, "--format", "json"], options);
  return { run, report: JSON.parse(run.stdout) as { files: number; errors: number; warnings: number; findings: JsonFinding[] } };
}
