// Markdown parsing, isolated: one processor for the whole project, and a pool of worker threads
// that parse with a deadline. micromark is super-linear on some hostile inputs (thousands of
// nested brackets or list levels, tables of thousands of columns); a worker that misses its
// deadline is stopped, so such a file becomes a finding instead of a hung run.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

export const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).freeze();

export type ParseOutcome = { tree: Root } | { failure: "timeout"; seconds: number } | { failure: "error"; reason: string };

export interface ParsePoolOptions {
  /** How long one file may take to parse before it is given up. */
  timeoutMs?: number;
  /**
   * Texts up to this length without the marks of known slow input are parsed in this thread,
   * which saves starting workers in the usual run; everything else goes to a worker.
   */
  inThreadLimit?: number;
  /** Parallel workers; defaults to the machine's parallelism, at most 4. */
  workers?: number;
}

export const DEFAULT_PARSE_TIMEOUT_MS = 10_000;
export const DEFAULT_IN_THREAD_LIMIT = 256 * 1024;

/**
 * The marks of input micromark is slow on: many brackets (nested or unclosed links cost
 * quadratic time), deeply indented lines (nested lists), many table cells. Real chapters have
 * a few hundred brackets and shallow lists.
 */
export function looksExpensive(text: string): boolean {
  let brackets = 0;
  let pipes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x5b /* [ */ && ++brackets > 4000) return true;
    if (code === 0x7c /* | */ && ++pipes > 20000) return true;
  }
  return /^[ \t]{48,}\S/m.test(text) || /^(?:[ \t]*>){24}/m.test(text);
}

function parseHere(text: string): ParseOutcome {
  try {
    return { tree: markdownProcessor.parse(text) as Root };
  } catch (error) {
    // Deep nesting can exhaust the stack; V8 recovers from that, and it is the file's fault.
    return { failure: "error", reason: error instanceof Error ? error.message : String(error) };
  }
}

const workerUrl = new URL("./markdown-worker.ts", import.meta.url);

/** A worker that has loaded its modules, so that start-up does not count against a deadline. */
function startWorker(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl);
    worker.once("message", () => resolve(worker));
    worker.once("error", reject);
  });
}

/**
 * Parses many Markdown texts: small ones here, large ones in worker threads with a deadline.
 * Results keep the input order.
 */
export async function parseMarkdown(texts: string[], options: ParsePoolOptions = {}): Promise<ParseOutcome[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  const limit = options.inThreadLimit ?? DEFAULT_IN_THREAD_LIMIT;
  const outcomes: ParseOutcome[] = new Array(texts.length);
  const queue: number[] = [];
  texts.forEach((text, index) => {
    if (text.length <= limit && !looksExpensive(text)) outcomes[index] = parseHere(text);
    else queue.push(index);
  });
  let next = 0;
  const size = Math.min(options.workers ?? Math.min(availableParallelism(), 4), queue.length);

  const runLane = async (): Promise<void> => {
    let worker: Worker | undefined;
    try {
      while (next < queue.length) {
        const index = queue[next++]!;
        worker ??= await startWorker();
        const current = worker;
        outcomes[index] = await new Promise<ParseOutcome>((resolve) => {
          const timer = setTimeout(() => {
            cleanup();
            void current.terminate();
            worker = undefined;
            resolve({ failure: "timeout", seconds: timeoutMs / 1000 });
          }, timeoutMs);
          const onMessage = (message: { tree?: Root; error?: string }) => {
            cleanup();
            resolve(message.tree ? { tree: message.tree } : { failure: "error", reason: message.error ?? "?" });
          };
          const onError = (error: Error) => {
            cleanup();
            worker = undefined;
            resolve({ failure: "error", reason: error.message });
          };
          const cleanup = () => {
            clearTimeout(timer);
            current.off("message", onMessage);
            current.off("error", onError);
          };
          current.on("message", onMessage);
          current.on("error", onError);
          current.postMessage(texts[index]);
        });
      }
    } finally {
      await worker?.terminate();
    }
  };

  await Promise.all(Array.from({ length: Math.max(0, size) }, runLane));
  return outcomes;
}
