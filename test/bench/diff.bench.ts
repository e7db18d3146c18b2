// Benchmark: `styrdok diff` of one changed document against `styrdok validate` of the same
// corpus, both as the real CLI in a process of its own, runs interleaved so that the machine's
// noise falls on both alike. The issue asks for diff within 2× validate.
//
//   npm run toolchain -- pnpm task:bench-diff [documents]
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeCorpus } from "./corpus.ts";

const documents = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 5);
const bin = fileURLToPath(new URL("../../packages/cli/src/bin.ts", import.meta.url));

const repo = mkdtempSync(join(tmpdir(), "styrdok-bench-diff-"));
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" });

function timed(args: string[]): { ms: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: "1" } });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`styrdok ${args.join(" ")} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  return { ms };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

try {
  const bytes = writeCorpus(join(repo, "content"), documents);
  git("init", "-q", "-b", "main");
  git("-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "-q", "--allow-empty", "-m", "empty");
  git("add", "-A");
  git("-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "-q", "-m", "corpus");
  // One document changed in the working tree: a measure reworded and its responsible actor changed.
  const file = join(repo, "content/documents/dok-7/03-kapitel.md");
  writeFileSync(
    file,
    readFileSync(file, "utf8")
      .replace("Åtgärd 4: kommunerna utbildar personal", "Åtgärd 4: kommunerna och regionen utbildar personal")
      .replace("Åtgärd 4: kommunerna utbildar personal", "Åtgärd 4: kommunerna och regionen utbildar personal")
      .replace("responsible: [aktor-4]", "responsible: [aktor-5]"),
  );
  const check = spawnSync(process.execPath, [bin, "diff", "HEAD", "--format", "json"], { cwd: repo, encoding: "utf8", maxBuffer: 1 << 30 });
  const changes = JSON.parse(check.stdout).changes.length;
  timed(["validate"]); // warm the file cache
  const validate: number[] = [];
  const diff: number[] = [];
  for (let run = 0; run < runs; run++) {
    validate.push(timed(["validate"]).ms);
    diff.push(timed(["diff", "HEAD"]).ms);
  }
  const v = median(validate);
  const d = median(diff);
  console.log(`${documents} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${changes} changed items; ${runs} interleaved runs of each, as the CLI`);
  console.log(`validate  median ${v.toFixed(0)} ms  (min ${Math.min(...validate).toFixed(0)}, max ${Math.max(...validate).toFixed(0)})`);
  console.log(`diff HEAD median ${d.toFixed(0)} ms  (min ${Math.min(...diff).toFixed(0)}, max ${Math.max(...diff).toFixed(0)})`);
  console.log(`diff ÷ validate: ${(d / v).toFixed(2)} (the issue asks for at most 2.00)`);
} finally {
  rmSync(repo, { recursive: true, force: true });
}
