// Content files in memory: parsed, validated and read the way loadContent does it, without a
// folder on disk or a worker thread, for tests of the pure stages (body, model, graph, queries).
import type { Root } from "mdast";
import { VFile } from "vfile";
import { type Body, readBody } from "../src/body.ts";
import { buildGraph, type Graph } from "../src/graph.ts";
import { markdownProcessor } from "../src/markdown.ts";
import { renderFinding } from "../src/messages.ts";
import { buildCorpus, type ContentEntry, type Corpus } from "../src/model.ts";
import { parseContentFile } from "../src/parse.ts";
import { validateFrontmatter } from "../src/schemas.ts";

/** A file parsed as the worker threads parse it (the same processor, in this thread). */
function parsedOf(path: string, text: string) {
  const file = new VFile({ path, value: text });
  return parseContentFile(file, markdownProcessor.parse(text) as Root);
}

/** An entry as loadContent makes it, valid or not, its findings on its file; undefined when the file has no usable type. */
export function anyEntryOf(path: string, text: string): ContentEntry | undefined {
  const parsed = parsedOf(path, text);
  const validated = validateFrontmatter(parsed);
  return validated && { parsed, validated, body: readBody(parsed) };
}

/**
 * A valid content entry from a file's path and text. A file the schemas refuse is a mistake in
 * the test, so it throws with the findings in words rather than leaving the entry out quietly.
 */
export function entryOf(path: string, text: string): ContentEntry {
  const entry = anyEntryOf(path, text);
  const problems = entry?.parsed.file.messages.map((message) => `${path}:${message.line}:${message.column} ${renderFinding(message, "en")}`) ?? [];
  if (!entry?.validated.valid || problems.length > 0) throw new Error(`not a valid content file: ${path}\n${problems.join("\n")}`);
  return entry;
}

/** Line and column (from 1) where `needle` first stands in `text`, `skip` characters into it. */
export function positionOf(text: string, needle: string, skip = 0): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset === -1) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  const before = text.slice(0, offset + skip).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** What the body of a file says; the frontmatter need not be valid (only the body is read). */
export function bodyOf(text: string, path = "x.md"): Body {
  return readBody(parsedOf(path, text));
}

/** A chapter file's text, from its frontmatter lines (after type, id and title) and its body. */
export function chapterText(id: string, frontmatter: string, body: string): string {
  return `---\ntype: chapter\nid: ${id}\ntitle: Kapitel\n${frontmatter}---\n${body}`;
}

/** The model and the graph of files given by path and text, in path order as loadContent gives them. */
export function modelOf(files: Record<string, string>): { corpus: Corpus; graph: Graph } {
  const entries = Object.keys(files)
    .sort()
    .map((path) => entryOf(path, files[path]!));
  const corpus = buildCorpus(entries);
  return { corpus, graph: buildGraph(corpus) };
}
