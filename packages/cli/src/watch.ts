// `validate --watch`: validates once, then again after every change, re-reading only the files
// that changed. chokidar is the watcher: Node's own recursive `fs.watch` loses a file on Linux
// once an editor has saved it by writing a temporary file and renaming it over the original
// (tried with Node 24: the second such save reports nothing), and chokidar re-attaches after
// renames, deletions and new folders on every platform. Its events are only hints that a path
// may have changed: each batch re-reads the state of those paths from disk, so atomic saves,
// deletions and renames all come down to "read what is there now". Runs never overlap; a burst
// of saves is coalesced, and the last run always sees the latest state.
import { existsSync } from "node:fs";
import { lstat } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import { type Content, contentRootOf, defaultContentPath, isWithin, keptLoads, type Lang, type LoadOptions, loadFiles, readContentFiles } from "@styrdok/core";
import { watch } from "chokidar";
import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import type { Io } from "./main.ts";
import { countFindings, findingLines, findingsOf, summaryLine, textReport } from "./reporters.ts";

/** How long the watcher waits for quiet after an event: an editor's save is several events within a few milliseconds. */
const QUIET_MS = 40;

const words = {
  sv: {
    watching: (roots: string) => `Bevakar ${roots}. Avsluta med Ctrl-C.`,
    changed: "ändrad",
    added: "ny",
    removed: "borttagen",
    clean: "inga fel",
    took: (ms: number) => `Kontrollerat på ${ms} ms.`,
    missing: (path: string) => `${path} finns inte, så det finns inget att bevaka.`,
    stopped: (reason: string) => `Bevakningen avbröts (${reason}).`,
  },
  en: {
    watching: (roots: string) => `Watching ${roots}. Stop with Ctrl-C.`,
    changed: "changed",
    added: "new",
    removed: "removed",
    clean: "no problems",
    took: (ms: number) => `Checked in ${ms} ms.`,
    missing: (path: string) => `${path} does not exist, so there is nothing to watch.`,
    stopped: (reason: string) => `Watching stopped (${reason}).`,
  },
};

/** Orders paths as the walk of `readContentFiles` does: folder by folder, each sorted by name. */
function byFolders(a: string, b: string): number {
  const x = a.split(sep);
  const y = b.split(sep);
  for (let index = 0; index < Math.min(x.length, y.length); index++) {
    if (x[index] !== y[index]) return x[index]! < y[index]! ? -1 : 1;
  }
  return x.length - y.length;
}

/** The time of day a run ended, as a terminal line starts it: 14:03:07. */
function clock(): string {
  const now = new Date();
  return [now.getHours(), now.getMinutes(), now.getSeconds()].map((part) => String(part).padStart(2, "0")).join(":");
}

/** A file's findings as a run left them, and (once compared by it) what they say. */
interface Shown {
  file: VFile;
  messages: VFileMessage[];
  text?: string;
}

export interface WatchOptions {
  lang: Lang;
  color: boolean;
  load: LoadOptions;
}

/** Watches the content the paths belong to until SIGINT or SIGTERM; resolves to the exit code. */
export async function watchContent(paths: string[], io: Io, options: WatchOptions): Promise<number> {
  const { lang, color } = options;
  const w = words[lang];
  const cwd = io.cwd;
  const asked = (paths.length > 0 ? paths : [defaultContentPath(cwd)]).map((path) => resolve(cwd, path));
  const missing = asked.find((path) => !existsSync(path));
  if (missing) {
    io.stderr(`styrdok: ${w.missing(relative(cwd, missing) || missing)}\n`);
    return 2;
  }
  const roots = [...new Set(asked.map(contentRootOf))].filter((root, _, all) => !all.some((other) => other !== root && isWithin(other, root)));
  const show = (path: string) => relative(cwd, path) || ".";

  // The files as last read, by absolute path, each with the findings reading it gave (the rest
  // of a run's findings are cleared before the next run, so a kept file never shows stale ones).
  const files = new Map<string, { file: VFile; read: VFileMessage[]; reported: boolean }>();
  /** Each file's absolute path, the key it is kept by. */
  const pathOf = new WeakMap<VFile, string>();
  /** The kept files in the order of a walk of the folders, sorted again only when a file comes or goes. */
  let order: string[] | undefined;
  const keep = (file: VFile) => {
    const path = resolve(cwd, file.path);
    if (!files.has(path)) order = undefined;
    pathOf.set(file, path);
    files.set(path, { file, read: [...file.messages], reported: asked.some((ask) => isWithin(ask, path)) });
  };
  const kept = keptLoads();
  /** Whether a check has run: the content cache serves only the first. */
  let checked = false;
  let shown = new Map<string, Shown>();

  async function readAll(): Promise<void> {
    files.clear();
    order = undefined;
    for (const file of await readContentFiles(roots, { cwd })) keep(file);
  }

  /** Re-reads what is now at each changed path; false when only a whole new read can say (a symbolic link). */
  async function reread(path: string): Promise<boolean> {
    const info = await lstat(path).catch(() => undefined);
    for (const key of [...files.keys()]) {
      if (isWithin(path, key)) {
        files.delete(key);
        order = undefined;
      }
    }
    if (!info) return true;
    if (info.isSymbolicLink()) return false;
    // A file that vanished between the event and now reads as path-not-found: that is the deletion, already done.
    for (const file of await readContentFiles([path], { cwd })) if (file.messages.every((message) => message.ruleId !== "path-not-found")) keep(file);
    return true;
  }

  async function check(): Promise<{ content: Content; ms: number }> {
    const started = performance.now();
    order ??= [...files.keys()].sort(byFolders);
    const all: VFile[] = [];
    const reported: VFile[] = [];
    for (const key of order) {
      const entry = files.get(key)!;
      entry.file.messages = [...entry.read];
      all.push(entry.file);
      if (entry.reported) reported.push(entry.file);
    }
    // The content cache serves the first check; after it the kept entries do, and writing the
    // cache again after every save would cost more than a save's check.
    const content = await loadFiles(all, { ...options.load, cwd, roots, reported, kept, cache: checked ? false : options.load.cache });
    checked = true;
    return { content, ms: Math.round(performance.now() - started) };
  }

  /** Each reported file's findings, to see which files a change touched. */
  function findingsByFile(content: Content): Map<string, Shown> {
    const result = new Map<string, Shown>();
    for (const file of content.files) result.set(pathOf.get(file) ?? resolve(cwd, file.path), { file, messages: [...file.messages] });
    return result;
  }

  /**
   * Whether a file's findings differ from those shown before. A file not checked again has the
   * very same findings; only a file checked again is compared by what its findings say.
   */
  function differs(before: Shown | undefined, after: Shown): boolean {
    if (!before) return true;
    if (before.messages.length === after.messages.length && before.messages.every((message, index) => message === after.messages[index])) return false;
    // The file is the same VFile either way; its findings are compared as the reporter words them.
    before.text ??= JSON.stringify(findingsOf([{ path: before.file.path, messages: before.messages } as VFile], lang));
    after.text ??= JSON.stringify(findingsOf([after.file], lang));
    return before.text !== after.text;
  }

  await readAll();
  const first = await check();
  shown = findingsByFile(first.content);
  io.stdout(textReport(first.content.files, lang, color));

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  async function runBatch(): Promise<void> {
    const changed = [...pending];
    pending.clear();
    let whole = false;
    for (const path of changed) whole = !(await reread(path)) || whole;
    if (whole) await readAll();
    const { content, ms } = await check();
    const now = findingsByFile(content);
    const touched = new Set([...changed.filter((path) => now.has(path) || shown.has(path)), ...[...now].filter(([path, findings]) => differs(shown.get(path), findings)).map(([path]) => path)]);
    for (const path of shown.keys()) if (!now.has(path)) touched.add(path);
    const lines: string[] = [];
    const named = changed.filter((path) => now.has(path) || shown.has(path)).sort(byFolders);
    lines.push(`── ${clock()}  ${named.map((path) => `${show(path)} ${!now.has(path) ? w.removed : shown.has(path) ? w.changed : w.added}`).join(", ") || roots.map(show).join(", ")}`);
    const affected = content.files.filter((file) => touched.has(pathOf.get(file) ?? resolve(cwd, file.path)));
    lines.push(...findingLines(affected, lang, color));
    for (const file of affected) if (file.messages.length === 0) lines.push(`${file.path}: ${w.clean}.`);
    lines.push(`${summaryLine(countFindings(content.files), lang)} ${w.took(ms)}`, "");
    shown = now;
    if (!stopped) io.stdout(lines.join("\n"));
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running || stopped) return;
      running = runBatch()
        .catch((error: unknown) => io.stderr(`styrdok: ${String((error as Error).message ?? error)}\n`))
        .finally(() => {
          running = undefined;
          // Saves made during the run: one more run, after its own quiet time, ends on the latest state.
          if (pending.size > 0) schedule();
        });
    }, QUIET_MS);
  }

  // Hidden files and folders are not content (the walk skips them too): editors' swap files, git's, ours.
  const hidden = (path: string) =>
    roots.some((root) =>
      isWithin(root, path) && path !== root
        ? relative(root, path)
            .split(sep)
            .some((part) => part.startsWith("."))
        : false,
    );
  // No `atomic` grace: the quiet time below coalesces an editor's unlink and add, and chokidar's would hold back deletions by 100 ms.
  const watcher = watch(roots, { ignoreInitial: true, atomic: false, ignored: hidden });
  watcher.on("all", (_event, path) => {
    pending.add(resolve(cwd, path));
    schedule();
  });
  await new Promise<void>((ready) => watcher.once("ready", ready));
  io.stdout(`${w.watching(roots.map(show).join(", "))}\n`);

  return await new Promise<number>((done) => {
    const stop = (code: number) => {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      process.off("SIGINT", interrupt);
      process.off("SIGTERM", interrupt);
      void watcher.close().then(() => done(code));
    };
    const interrupt = () => stop(0);
    process.on("SIGINT", interrupt);
    process.on("SIGTERM", interrupt);
    watcher.on("error", (error) => {
      io.stderr(`styrdok: ${w.stopped(String((error as NodeJS.ErrnoException).code ?? error))}\n`);
      stop(2);
    });
  });
}
