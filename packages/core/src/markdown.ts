// Markdown parsing, isolated: one processor for the whole project, and a pool of worker threads
// that parse with a deadline. micromark is super-linear on some hostile inputs (thousands of
// nested brackets, list markers or emphasis runs); a worker that misses its deadline is
// stopped, so such a file becomes a finding instead of a hung run. Every text goes through
// the pool: a deadline that only some inputs get is no deadline.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Nodes, Root, Yaml } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

export const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).freeze();

/** The same Markdown without frontmatter: for a body whose frontmatter was split off before. */
export const bodyProcessor = unified().use(remarkParse).use(remarkGfm).freeze();

/** Frontmatter as remark-frontmatter reads it: its fences, the YAML between them, and the line the closing fence is on. */
const frontmatterPattern = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?=\r?\n|$)/;

type Point = NonNullable<Root["position"]>["start"];

/**
 * A content file's Markdown tree, as `markdownProcessor.parse` gives it, for less: the
 * frontmatter (most of a content file's bytes) is split off by a pattern instead of being
 * tokenised by micromark, its node made from the match, and only the body is parsed, its
 * positions then moved to where the body stands in the file.
 */
export function parseContentMarkdown(text: string): Root {
  // micromark reads NUL as U+FFFD, and a lone CR as a line ending, in the frontmatter too; a text
  // with either is parsed whole.
  const match = text.includes("\0") ? null : frontmatterPattern.exec(text);
  if (!match || /\r(?!\n)/.test(match[0])) return markdownProcessor.parse(text) as Root;
  const fence = match[0];
  const fenceLine = fence.split("\n").length;
  const fenceEnd = { line: fenceLine, column: fence.length - fence.lastIndexOf("\n"), offset: fence.length };
  const yaml: Yaml = { type: "yaml", value: match[1] ?? "", position: { start: { line: 1, column: 1, offset: 0 }, end: fenceEnd } };
  const lineEnding = /^\r?\n/.exec(text.slice(fence.length))?.[0] ?? "";
  const bodyStart = fence.length + lineEnding.length;
  // micromark drops a byte-order mark that starts the text it is given, which the body alone would.
  if (text.charCodeAt(bodyStart) === 0xfeff) return markdownProcessor.parse(text) as Root;
  if (bodyStart === text.length)
    return { type: "root", children: [yaml], position: { start: yaml.position!.start, end: lineEnding ? { line: fenceLine + 1, column: 1, offset: bodyStart } : fenceEnd } };
  const body = bodyProcessor.parse(text.slice(bodyStart)) as Root;
  const move = (point: Point): Point => ({ line: point.line + fenceLine, column: point.column, offset: point.offset! + bodyStart });
  const stack: Nodes[] = [...body.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) node.position = { start: move(node.position.start), end: move(node.position.end) };
    if ("children" in node) stack.push(...node.children);
  }
  return { type: "root", children: [yaml, ...body.children], position: { start: { line: 1, column: 1, offset: 0 }, end: move(body.position!.end) } };
}

/** How deeply a body's Markdown may nest: far beyond any real document, well within what rendering can take. */
export const MAX_BODY_DEPTH = 100;

/** Where a body's text starts: after its frontmatter, as `parseContentMarkdown` splits it off. */
function bodyStartOf(text: string): number {
  return frontmatterPattern.exec(text)?.[0].length ?? 0;
}

/**
 * The first line of a body whose quotes and list items, opened one inside the other at the
 * line's start (`> > >`, `- - -`, `1. 1. 1.`), nest its tree deeper than `limit`, found by a
 * linear scan before any parser sees the text: micromark spends stack and memory on each level,
 * and ten thousand of them took 2 GB and then overflowed its stack.
 * `depth` counts as the tree does (a quote one level, a list and its item two, a line's text in
 * its paragraph two more) and never more than the tree will: markers that a thematic break or a
 * code block makes text are not counted, nor a number other than 1 where it may continue a
 * paragraph (after a line of text, unless a list item opens before it on its line). `offset` is
 * where the marker that crosses the limit stands.
 */
export function excessiveContainers(text: string, limit: number): { depth: number; offset: number } | undefined {
  let fence: { char: string; length: number } | undefined;
  let afterBlank = true;
  for (let lineStart = bodyStartOf(text); lineStart < text.length; ) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    // Where the line's trailing thematic break (`* * *`, `- - -`) starts: its markers are a rule, not lists.
    let ruleStart = lineEnd;
    let ruleChar = "";
    let ruleMarks = 0;
    for (let at = lineEnd - 1; at >= lineStart; at--) {
      const char = text[at]!;
      if (char === " " || char === "\t" || char === "\r") continue;
      if (!"-*_".includes(char) || (ruleChar !== "" && char !== ruleChar)) break;
      ruleChar = char;
      ruleMarks++;
      ruleStart = at;
    }
    if (ruleMarks < 3) ruleStart = lineEnd;
    let at = lineStart;
    let depth = 0;
    let crossed = -1;
    let inItem = false;
    for (;;) {
      let indent = 0;
      while (text[at] === " " && indent < 4) {
        at++;
        indent++;
      }
      if (indent > 3 || at >= ruleStart) break;
      const markerAt = at;
      const char = text[at]!;
      const ordered = /^(\d{1,9})[.)][ \t]/.exec(text.slice(at, at + 12));
      if (char === ">") {
        depth += 1;
        at += text[at + 1] === " " ? 2 : 1;
        inItem = false;
      } else if ("-+*".includes(char) && (text[at + 1] === " " || text[at + 1] === "\t")) {
        depth += 2;
        at += 2;
        inItem = true;
      } else if (ordered && (ordered[1] === "1" || afterBlank || inItem)) {
        depth += 2;
        at += ordered[0].length;
        inItem = true;
      } else break;
      if (crossed === -1 && depth + 2 > limit) crossed = markerAt;
    }
    const rest = text.slice(at, lineEnd).trimEnd();
    afterBlank = rest === "" && depth === 0;
    const opening = /^(`{3,}|~{3,})/.exec(rest)?.[1];
    if (fence) {
      // A code block's lines are text, whatever they start with; only its closing fence ends it.
      if (opening && opening[0] === fence.char && opening.length >= fence.length && rest.slice(opening.length).trim() === "") fence = undefined;
    } else {
      if (opening) fence = { char: opening[0]!, length: opening.length };
      // What the line holds inside its containers: a paragraph and its text, or a single node where that is all it can be sure of.
      const inside = rest === "" ? 0 : opening || at >= ruleStart || /^[#<[ \t]/.test(rest) ? 1 : 2;
      if (crossed !== -1 && depth + inside > limit) return { depth: depth + inside, offset: crossed };
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

export type ParseOutcome =
  | { tree: Root }
  | { failure: "timeout"; seconds: number }
  | { failure: "error"; reason: string }
  /** Nested deeper than MAX_BODY_DEPTH, as the lines' markers show without parsing (see `excessiveContainers`). */
  | { failure: "depth"; depth: number; offset: number };

export interface ParsePoolOptions {
  /** How long one file may take to parse before it is given up. */
  timeoutMs?: number;
  /** Parallel workers; defaults to the machine's parallelism, at most 4. */
  workers?: number;
}

export const DEFAULT_PARSE_TIMEOUT_MS = 10_000;
/** How long a worker may take to load its modules before the pool gives up on it. */
const START_TIMEOUT_MS = 60_000;

const workerUrl = new URL("./markdown-worker.ts", import.meta.url);

/** Idle workers, kept between runs so that a process that validates many times starts them once. */
const idle: Worker[] = [];
/** Workers started ahead of need (see `warmUpParsers`). */
const starting: Array<Promise<Worker>> = [];

function defaultLanes(): number {
  return Math.min(availableParallelism() - 1, 4) || 1;
}

/**
 * Starts the workers before there is anything to parse, so that their start-up overlaps with
 * reading the files and compiling the schemas.
 */
export function warmUpParsers(workers = defaultLanes()): void {
  for (let count = idle.length + starting.length; count < workers; count++) {
    const start = startWorker();
    start.catch(() => undefined);
    starting.push(start);
  }
}

/** A worker that has loaded its modules, so that start-up does not count against a deadline. */
function startWorker(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl);
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error("the Markdown worker did not start"));
    }, START_TIMEOUT_MS);
    worker.once("message", () => {
      clearTimeout(timer);
      // Ready and idle: it must not keep the process alive (parsing refs it again).
      worker.unref();
      resolve(worker);
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function parseIn(worker: Worker, text: string, timeoutMs: number): Promise<{ outcome: ParseOutcome; reusable: boolean }> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      cleanup();
      void worker.terminate();
      resolve({ outcome: { failure: "timeout", seconds: timeoutMs / 1000 }, reusable: false });
    }, timeoutMs);
    const onMessage = (message: { tree?: Root; error?: string }) => {
      cleanup();
      resolve({ outcome: message.tree ? { tree: message.tree } : { failure: "error", reason: message.error ?? "?" }, reusable: true });
    };
    const onError = (error: Error) => {
      cleanup();
      resolve({ outcome: { failure: "error", reason: error.message }, reusable: false });
    };
    const cleanup = () => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
    };
    worker.ref();
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.postMessage(text);
  });
}

/**
 * Parses many Markdown texts in worker threads, each with a deadline; results keep the input
 * order. With `onParsed`, each text's outcome is handed to it as it arrives, after the worker has
 * been given its next text, so that the caller's work on one file overlaps the parsing of the
 * next; the outcomes are then not returned (the array is empty).
 */
export async function parseMarkdown(texts: string[], options: ParsePoolOptions = {}, onParsed?: (index: number, outcome: ParseOutcome) => void): Promise<ParseOutcome[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  const outcomes: ParseOutcome[] = new Array(texts.length);
  let next = 0;
  const lanes = Math.min(options.workers ?? defaultLanes(), texts.length);

  const runLane = async (): Promise<void> => {
    while (next < texts.length) {
      const index = next++;
      const nested = excessiveContainers(texts[index]!, MAX_BODY_DEPTH);
      if (nested) {
        const failure: ParseOutcome = { failure: "depth", ...nested };
        if (onParsed) handled.push(Promise.resolve().then(() => onParsed(index, failure)));
        else outcomes[index] = failure;
        continue;
      }
      let worker: Worker;
      try {
        worker = idle.pop() ?? (await (starting.shift() ?? startWorker()));
      } catch (error) {
        const failure: ParseOutcome = { failure: "error", reason: error instanceof Error ? error.message : String(error) };
        if (onParsed) handled.push(Promise.resolve().then(() => onParsed(index, failure)));
        else outcomes[index] = failure;
        continue;
      }
      const { outcome, reusable } = await parseIn(worker, texts[index]!, timeoutMs);
      // A caller that takes each tree as it comes gets no array of them all: held to the end, every tree of the corpus would be alive at once.
      if (!onParsed) outcomes[index] = outcome;
      if (reusable) {
        // An idle worker must not keep the process alive.
        worker.unref();
        idle.push(worker);
      }
      // After this lane has posted its next text: the worker parses while the caller works.
      if (onParsed) {
        handled.push(
          new Promise<void>((done, fail) =>
            setImmediate(() => {
              try {
                onParsed(index, outcome);
                done();
              } catch (error) {
                fail(error);
              }
            }),
          ),
        );
      }
    }
  };

  const handled: Array<Promise<void>> = [];
  await Promise.all(Array.from({ length: lanes }, runLane));
  await Promise.all(handled);
  return outcomes;
}
