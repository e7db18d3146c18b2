// `validate --watch` in a real process: every step waits for what the process prints, never for
// a fixed time, and the process is stopped with Ctrl-C (SIGINT) at the end.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "./run-cli.ts";

const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "styrdok-watch-"));
const processes: ChildProcess[] = [];
afterAll(() => {
  for (const child of processes) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(scratch, { recursive: true, force: true });
});

/** A watching process over a copy of the valid fixture, with what it has printed so far. */
function startWatching(name: string, lang: "sv" | "en" = "sv") {
  const cwd = join(scratch, name);
  cpSync(join(repositoryRoot, "test/fixtures/valid/plain"), join(cwd, "content"), { recursive: true });
  const child = spawn(process.execPath, [bin, "validate", "--watch", "--lang", lang], { cwd, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" } });
  processes.push(child);
  let output = "";
  const waiters: Array<() => void> = [];
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    output += chunk;
    for (const waiter of waiters.splice(0)) waiter();
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  return {
    cwd,
    child,
    exited,
    get output() {
      return output;
    },
    /** What the process prints from `from` on, once it contains `text`; fails the test after 30 s without it. */
    until(text: string | RegExp, from = 0): Promise<string> {
      return new Promise((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error(`no ${String(text)} in:\n${output.slice(from)}`)), 30_000);
        const check = () => {
          const rest = output.slice(from);
          if (typeof text === "string" ? rest.includes(text) : text.test(rest)) {
            clearTimeout(timeout);
            resolve(rest);
          } else waiters.push(check);
        };
        check();
      });
    },
  };
}

const chapter = "content/documents/exempel-strategi/01-mal.md";
/** A run's heading: a time of day, then what changed. */
const heading = /── \d\d:\d\d:\d\d {2}/;

describe("validate --watch", () => {
  it("reports a break and its fix after each save, also a save by rename, and stops with code 0 on Ctrl-C", async () => {
    const watching = startWatching("break-and-fix");
    await watching.until("Bevakar content. Avsluta med Ctrl-C.");
    const file = join(watching.cwd, chapter);
    const valid = readFileSync(file, "utf8");

    let from = watching.output.length;
    writeFileSync(file, valid.replace("[polismyndigheten]", "[polisen]"));
    const broken = await watching.until("1 fel, 1 varning i 4 filer.", from);
    expect(broken).toMatch(heading);
    expect(broken).toContain(`${chapter} ändrad`);
    expect(broken).toContain(`${chapter}:14:19  fel  reference-unresolved  Det finns ingen aktör med id "polisen". Menade du "polismyndigheten"?`);
    // The actor's file did not change, but its finding did: it is shown too.
    expect(broken).toContain('content/actors.md:4:5  varning  actor-unreferenced  Aktören "polismyndigheten"');

    // An editor's atomic save: the new text written beside the file, then renamed over it.
    from = watching.output.length;
    writeFileSync(join(watching.cwd, "content/documents/exempel-strategi/.01-mal.md.swp"), valid);
    renameSync(join(watching.cwd, "content/documents/exempel-strategi/.01-mal.md.swp"), file);
    const fixed = await watching.until("0 fel, 0 varningar i 4 filer.", from);
    expect(fixed).toContain(`${chapter}: inga fel.`);
    expect(fixed).toContain("content/actors.md: inga fel.");

    // And once more after the rename, which a watcher may have lost track of.
    from = watching.output.length;
    writeFileSync(file, valid.replace("[polismyndigheten]", "[polisen]"));
    await watching.until('id "polisen"', from);

    watching.child.kill("SIGINT");
    expect(await watching.exited).toBe(0);
  });

  it("reports the references to a deleted file's ids as unresolved, and a renamed file as removed and new", async () => {
    const watching = startWatching("deleted", "en");
    await watching.until("Watching content. Stop with Ctrl-C.");
    let from = watching.output.length;
    renameSync(join(watching.cwd, "content/actors.md"), join(watching.cwd, "content/aktorer.md"));
    const renamed = await watching.until("content/aktorer.md new", from);
    expect(renamed).toContain("content/actors.md removed");
    await watching.until("0 errors, 0 warnings in 4 files.", from);

    from = watching.output.length;
    rmSync(join(watching.cwd, "content/aktorer.md"));
    const deleted = await watching.until("errors, 0 warnings in 3 files.", from);
    expect(deleted).toContain("content/aktorer.md removed");
    expect(deleted).toContain('content/documents/exempel-strategi/index.md:13:12  error  reference-unresolved  There is no actor with the id "region-dalarna".');
    expect(deleted).toContain(`${chapter}:14:19  error  reference-unresolved  There is no actor with the id "polismyndigheten".`);
    watching.child.kill("SIGINT");
    expect(await watching.exited).toBe(0);
  });

  it("coalesces a burst of saves and ends with the latest state", async () => {
    const watching = startWatching("burst");
    await watching.until("Bevakar content.");
    const file = join(watching.cwd, chapter);
    const valid = readFileSync(file, "utf8");
    const from = watching.output.length;
    for (let save = 1; save <= 30; save++) writeFileSync(file, valid.replace("[polismyndigheten]", `[aktor-${save}]`));
    const last = await watching.until('id "aktor-30"', from);
    // A marker save after the burst: whatever the process printed before it is all the burst gave.
    writeFileSync(file, valid);
    const all = await watching.until(`${chapter}: inga fel.`, from);
    const burst = all.slice(0, all.indexOf(`${chapter}: inga fel.`));
    const runs = burst.split(heading).length - 1;
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(runs).toBeLessThan(30);
    // No run after the one that showed the last save shows an older one.
    expect(burst.slice(burst.indexOf('id "aktor-30"'))).not.toMatch(/id "aktor-(\d|[12]\d)"/);
    expect(last).toContain('id "aktor-30"');
    watching.child.kill("SIGINT");
    expect(await watching.exited).toBe(0);
  });
});
