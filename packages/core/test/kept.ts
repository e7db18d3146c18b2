// Runs as validate --watch makes them, beside fresh runs of the same files, for tests that
// require both to report and model the same.
import { join } from "node:path";
import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import { type Content, Finding, keptLoads, loadFiles, readContentFiles } from "../src/index.ts";

/** The day the runs check validity on, so that results do not depend on when a test runs. */
const TODAY = "2026-01-01";

/** Every finding with everything a reader sees of it. */
export function reportOf(result: Content): string[] {
  return result.files.flatMap((file) =>
    file.messages.map((message) => {
      const params = message instanceof Finding ? JSON.stringify(message.params) : "";
      const end = message.place && "end" in message.place ? `${message.place.end.line}:${message.place.end.column}` : "";
      return `${file.path}:${message.line}:${message.column}-${end} ${message.ruleId} ${params}`;
    }),
  );
}

/** A run of the `content` folder under `root` that keeps nothing. */
export async function freshRun(root: string): Promise<Content> {
  const content = join(root, "content");
  return loadFiles(await readContentFiles([content], { cwd: root }), { cwd: root, roots: [content], today: TODAY });
}

/**
 * Runs as validate --watch does: a file whose text is unchanged is the same file as before, with
 * the findings reading it gave, and each run keeps what it can for the next.
 */
export function keptRunner(root: string) {
  const content = join(root, "content");
  const kept = keptLoads();
  const files = new Map<string, { file: VFile; read: VFileMessage[] }>();
  const run = async (): Promise<Content> => {
    const read = (await readContentFiles([content], { cwd: root })).map((file) => {
      const before = files.get(file.path);
      if (before && before.file.value === file.value) {
        before.file.messages = [...before.read];
        return before.file;
      }
      files.set(file.path, { file, read: [...file.messages] });
      return file;
    });
    return loadFiles(read, { cwd: root, roots: [content], today: TODAY, kept });
  };
  return { run, kept };
}
