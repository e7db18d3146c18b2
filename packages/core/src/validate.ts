// The pipeline: files → parsed files → schema-valid frontmatter → corpus → corpus checks.
// Everything a run finds is a message on the VFile it concerns; nothing is thrown.
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { compareMessage } from "vfile-sort";
import { statistics } from "vfile-statistics";
import { checkCorpus, type IdIndex } from "./checks.ts";
import { readContentFiles } from "./files.ts";
import { type Lang, report } from "./messages.ts";
import { buildCorpus, type ContentEntry, type Corpus } from "./model.ts";
import { markdownProcessor, type ParseOutcome, type ParsePoolOptions, parseMarkdown } from "./markdown.ts";
import { frontmatterPrefix, parseContentFile } from "./parse.ts";
import { validateFrontmatter } from "./schemas.ts";

export interface ValidateOptions {
  /** Paths in findings and in the model are relative to this folder. */
  cwd?: string;
  /** The language of the findings' messages. */
  lang?: Lang;
  /** Markdown parsing: deadline per file and number of worker threads. */
  parse?: ParsePoolOptions;
  /** The date that decides whether a document's validity has ended (YYYY-MM-DD); today by default. */
  today?: string;
}

export interface ValidationResult {
  /** Every file read, each carrying its findings (sorted by position). */
  files: VFile[];
  /** The model of everything that was valid. */
  corpus: Corpus;
  ids: IdIndex;
  errors: number;
  warnings: number;
}

/**
 * Schema-validates one file whose Markdown tree is already parsed. When the body could not be
 * parsed, the frontmatter alone is read, so that its findings and ids still count, and the file
 * is kept out of the model.
 */
export function loadEntry(file: VFile, lang: Lang, outcome: ParseOutcome): ContentEntry | undefined {
  try {
    let tree = "tree" in outcome ? outcome.tree : undefined;
    if (!tree) {
      const prefix = frontmatterPrefix(String(file.value));
      const body = prefix.length;
      const place = { start: { line: prefix.split("\n").length, column: 1 } };
      const detail: Record<string, string | number> = "seconds" in outcome ? { seconds: outcome.seconds } : { reason: "reason" in outcome ? outcome.reason : "" };
      report(file, "markdown-too-complex", body > 0 ? place : undefined, detail, lang);
      tree = markdownProcessor.parse(prefix) as Root;
    }
    const parsed = parseContentFile(file, lang, tree);
    const validated = validateFrontmatter(parsed, lang);
    if (!validated) return undefined;
    return { parsed, validated: "tree" in outcome ? validated : { ...validated, valid: false } };
  } catch (error) {
    report(file, "internal-error", undefined, { reason: error instanceof Error ? error.message : String(error) }, lang);
    return undefined;
  }
}

/** Validates a content tree (or several) and builds its model. */
export async function validateContent(paths: string[], options: ValidateOptions = {}): Promise<ValidationResult> {
  const cwd = options.cwd ?? process.cwd();
  const lang = options.lang ?? "sv";
  const files = await readContentFiles(paths, { cwd, lang });
  const readable = files.filter((file) => file.data.source?.readable);
  const outcomes = await parseMarkdown(
    readable.map((file) => String(file.value)),
    options.parse,
  );
  const entries = readable.map((file, index) => loadEntry(file, lang, outcomes[index]!)).filter((entry) => entry !== undefined);
  const corpus = buildCorpus(entries);
  const ids = checkCorpus(entries, corpus, lang, options.today ? { today: options.today } : {});
  for (const file of files) file.messages.sort(compareMessage);
  const counts = statistics(files);
  return { files, corpus, ids, errors: counts.fatal, warnings: counts.warn };
}
