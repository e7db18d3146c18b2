// `validate --fix`: applies the suggestions findings carry as data (`Finding.expected`) where
// exactly one is offered and the code says what kind of text the finding points at. Each fix
// replaces exactly the source range of its finding, so every other byte of the file (line
// endings, a byte-order mark, comments, the body) stays as it was, and a fix that would change
// anything in the frontmatter's data but the one value or key is refused.
import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { type Code, Finding, frontmatterPrefix, type Lang, markdownProcessor, parseContentFile } from "@styrdok/core";
import { VFile } from "vfile";

/**
 * The codes whose suggestion replaces the text at the finding's place, and what that text is:
 * a value (an id, an enumerated value, a content type) or a key (a field's name). Other codes
 * with suggestions are left to the editor: `file-unexpected` suggests a new file name, and
 * `link-unresolved` a target for a link whose text is more than the id. `schema-pattern` is fixed
 * only where it is a reference (see `isReferenceByName`): an actor's name written where its id
 * belongs ("Region Dalarna" → region-dalarna).
 */
export const fixableCodes: Partial<Record<Code, "value" | "key">> = {
  "reference-unresolved": "value",
  "schema-enum": "value",
  "type-unknown": "value",
  "schema-unknown-field": "key",
  "type-missing": "key",
};

/**
 * A `schema-pattern` finding whose suggestion is an id that exists, at a place that is not an
 * `id:` of its own: the editor wrote a name for an existing item. Respelling a declared id
 * instead would break everything that refers to it, so that is left to the editor.
 */
function isReferenceByName(finding: Finding, declaredIds: ReadonlySet<string>): boolean {
  return finding.code === "schema-pattern" && finding.dataPath?.at(-1) !== "id" && finding.expected?.length === 1 && declaredIds.has(finding.expected[0]!);
}

/** Why a suggestion was not applied. */
export type LeftReason = "tie" | "not-fixable" | "not-plain" | "changes-more" | "unparseable" | "changed-on-disk" | "overlaps" | "cannot-write";

export interface AppliedFix {
  file: string;
  line: number;
  column: number;
  code: string;
  before: string;
  after: string;
}

export interface LeftFix {
  file: string;
  line: number;
  column: number;
  code: string;
  written: string;
  suggestions: string[];
  reason: LeftReason;
}

export interface FixOutcome {
  applied: AppliedFix[];
  left: LeftFix[];
}

interface Candidate {
  finding: Finding;
  kind: "value" | "key";
  written: string;
  suggestion: string;
  start: number;
  end: number;
}

/** What the finding says was written at its place: the id, value or key it is about. */
function writtenOf(finding: Finding): string | undefined {
  const params = finding.params as Readonly<Record<string, unknown>>;
  const written = finding.code === "reference-unresolved" ? params.id : finding.code === "schema-unknown-field" ? params.field : finding.code === "type-missing" ? params.written : params.value;
  return typeof written === "string" ? written : undefined;
}

/** Offsets of the start of each line of a text (lines end at \n; a CRLF's \r stays in its line). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
  return starts;
}

/** The frontmatter's data as core reads it, or undefined when its YAML does not parse cleanly. */
function frontmatterData(text: string): Record<string, unknown> | undefined {
  const prefix = frontmatterPrefix(text);
  if (!prefix) return undefined;
  const scratch = new VFile({ path: "fix.md", value: prefix });
  const parsed = parseContentFile(scratch, markdownProcessor.parse(prefix) as Parameters<typeof parseContentFile>[1]);
  return scratch.messages.some((message) => message.fatal === true) ? undefined : parsed.frontmatter?.data;
}

/** The frontmatter's data with only the one value or key changed: what a fix must produce. */
function expectedData(data: Record<string, unknown>, candidate: Candidate): Record<string, unknown> | undefined {
  const copy = structuredClone(data);
  const path = candidate.finding.dataPath ?? [];
  if (candidate.kind === "key") {
    const owner = path.reduce<unknown>((node, step) => (node as Record<string | number, unknown> | undefined)?.[step], copy);
    if (!owner || typeof owner !== "object" || Array.isArray(owner)) return undefined;
    const record = owner as Record<string, unknown>;
    if (!Object.hasOwn(record, candidate.written) || Object.hasOwn(record, candidate.suggestion)) return undefined;
    record[candidate.suggestion] = record[candidate.written];
    delete record[candidate.written];
    return copy;
  }
  if (path.length === 0) return undefined;
  const owner = path.slice(0, -1).reduce<unknown>((node, step) => (node as Record<string | number, unknown> | undefined)?.[step], copy);
  const last = path.at(-1)!;
  if (!owner || typeof owner !== "object" || (owner as Record<string | number, unknown>)[last] !== candidate.written) return undefined;
  (owner as Record<string | number, unknown>)[last] = candidate.suggestion;
  return copy;
}

/** Deep equality of plain YAML data, blind to the order of keys (a renamed key moves in the object, not in the file). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * The replacement text for the range, or undefined when the range holds something other than
 * the written value plainly or in simple quotes (a folded scalar, an escape): then the fix is
 * not made, since what the editor wrote cannot be kept exactly.
 */
function replacementFor(slice: string, candidate: Candidate): string | undefined {
  if (slice === candidate.written) return candidate.suggestion;
  const quote = slice[0];
  if ((quote === '"' || quote === "'") && slice.length >= 2 && slice.at(-1) === quote && slice.slice(1, -1) === candidate.written && !/["'\\]/.test(candidate.written)) {
    return `${quote}${candidate.suggestion}${quote}`;
  }
  return undefined;
}

/** Writes a file through a temporary file beside it, so that an interrupted write never leaves half a file. */
function writeWhole(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.styrdok-fix`);
  writeFileSync(temporary, text, { mode: statSync(path).mode });
  renameSync(temporary, path);
}

/**
 * Applies the sure fixes of the findings on the given files (as a run reported them) to the
 * files on disk, and says which suggestions it left and why.
 */
export function applyFixes(files: VFile[], cwd: string, declaredIds: ReadonlySet<string> = new Set()): FixOutcome {
  const applied: AppliedFix[] = [];
  const left: LeftFix[] = [];
  for (const file of files) {
    const candidates: Candidate[] = [];
    const text = String(file.value);
    const starts = lineStarts(text);
    const offsetOf = (point: { line: number; column: number }) => (starts[point.line - 1] ?? text.length) + point.column - 1;
    const leave = (finding: Finding, reason: LeftReason) =>
      left.push({ file: file.path, line: finding.line ?? 1, column: finding.column ?? 1, code: finding.code, written: writtenOf(finding) ?? "", suggestions: [...(finding.expected ?? [])], reason });
    for (const finding of file.messages) {
      if (!(finding instanceof Finding) || !finding.expected || finding.expected.length === 0) continue;
      const kind = fixableCodes[finding.code as Code] ?? (isReferenceByName(finding, declaredIds) ? "value" : undefined);
      const written = writtenOf(finding);
      if (!kind || written === undefined || !finding.place || !("start" in finding.place)) leave(finding, "not-fixable");
      else if (finding.expected.length > 1) leave(finding, "tie");
      else candidates.push({ finding, kind, written, suggestion: finding.expected[0]!, start: offsetOf(finding.place.start), end: offsetOf(finding.place.end) });
    }
    if (candidates.length === 0) continue;
    const path = resolve(cwd, file.path);
    let disk: string;
    try {
      disk = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(readFileSync(path));
    } catch {
      for (const candidate of candidates) leave(candidate.finding, "changed-on-disk");
      continue;
    }
    const bom = disk.startsWith("\uFEFF") ? "\uFEFF" : "";
    let body = disk.slice(bom.length);
    // The checked text differs from the bytes only in lone CRs made line breaks (same length): anything more is a newer save.
    if (body.replace(/\r(?!\n)/g, "\n") !== text) {
      for (const candidate of candidates) leave(candidate.finding, "changed-on-disk");
      continue;
    }
    const yamlEnd = frontmatterPrefix(text).length;
    // From the end of the file backwards, so that each fix leaves the offsets of the ones before it valid.
    candidates.sort((a, b) => b.start - a.start || b.end - a.end);
    let changed = 0;
    let floor = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
      if (candidate.end > floor || candidate.end > yamlEnd || candidate.end <= candidate.start) {
        leave(candidate.finding, candidate.end > floor ? "overlaps" : "not-plain");
        continue;
      }
      const replacement = replacementFor(body.slice(candidate.start, candidate.end), candidate);
      if (replacement === undefined) {
        leave(candidate.finding, "not-plain");
        continue;
      }
      const next = body.slice(0, candidate.start) + replacement + body.slice(candidate.end);
      const before = frontmatterData(body.replace(/\r(?!\n)/g, "\n"));
      const after = frontmatterData(next.replace(/\r(?!\n)/g, "\n"));
      if (!after) {
        leave(candidate.finding, "unparseable");
        continue;
      }
      const expected = before && expectedData(before, candidate);
      if (!expected || !sameData(expected, after)) {
        leave(candidate.finding, "changes-more");
        continue;
      }
      body = next;
      floor = candidate.start;
      changed++;
      applied.push({ file: file.path, line: candidate.finding.line ?? 1, column: candidate.finding.column ?? 1, code: candidate.finding.code, before: candidate.written, after: candidate.suggestion });
    }
    if (changed === 0) continue;
    try {
      writeWhole(path, bom + body);
    } catch {
      const mine = applied.splice(applied.length - changed, changed);
      for (const fix of mine) left.push({ ...fix, written: fix.before, suggestions: [fix.after], reason: "cannot-write" });
    }
  }
  return { applied, left };
}

const words = {
  sv: {
    changed: (count: number, files: number) => `Rättade ${count} ${count === 1 ? "fynd" : "fynd"} i ${files} ${files === 1 ? "fil" : "filer"}:`,
    nothing: "Inget att rätta automatiskt.",
    left: (count: number) => `Lämnade ${count} ${count === 1 ? "förslag" : "förslag"} orörda:`,
    reasons: {
      tie: (suggestions: string[]) => `flera förslag är lika troliga (${suggestions.join(", ")}); välj själv`,
      "not-fixable": (suggestions: string[]) => `förslaget ${suggestions.join(", ")} rättas inte automatiskt för den här sortens fynd`,
      "not-plain": () => "värdet är inte skrivet som ett enkelt värde på en rad",
      "changes-more": () => "rättelsen skulle ändra mer än värdet",
      unparseable: () => "filen skulle inte gå att läsa efter rättelsen",
      "changed-on-disk": () => "filen ändrades medan den kontrollerades",
      overlaps: () => "en annan rättelse på samma ställe gjordes först",
      "cannot-write": () => "filen gick inte att skriva",
    } satisfies Record<LeftReason, (suggestions: string[]) => string>,
  },
  en: {
    changed: (count: number, files: number) => `Fixed ${count} ${count === 1 ? "finding" : "findings"} in ${files} ${files === 1 ? "file" : "files"}:`,
    nothing: "Nothing to fix automatically.",
    left: (count: number) => `Left ${count} ${count === 1 ? "suggestion" : "suggestions"} alone:`,
    reasons: {
      tie: (suggestions: string[]) => `several suggestions are equally likely (${suggestions.join(", ")}); choose one yourself`,
      "not-fixable": (suggestions: string[]) => `the suggestion ${suggestions.join(", ")} is not applied automatically for this kind of finding`,
      "not-plain": () => "the value is not written as a plain value on one line",
      "changes-more": () => "the fix would change more than the value",
      unparseable: () => "the file could not be read after the fix",
      "changed-on-disk": () => "the file changed while it was checked",
      overlaps: () => "another fix at the same place was made first",
      "cannot-write": () => "the file could not be written",
    } satisfies Record<LeftReason, (suggestions: string[]) => string>,
  },
};

/** What `--fix` changed (file:line, before → after) and what it left, for people. */
export function fixReport(outcome: FixOutcome, lang: Lang): string {
  const w = words[lang];
  const lines: string[] = [];
  if (outcome.applied.length === 0) lines.push(w.nothing);
  else {
    lines.push(w.changed(outcome.applied.length, new Set(outcome.applied.map((fix) => fix.file)).size));
    const applied = [...outcome.applied].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
    for (const fix of applied) lines.push(`  ${fix.file}:${fix.line}:${fix.column}  ${fix.before} → ${fix.after}  (${fix.code})`);
  }
  if (outcome.left.length > 0) {
    lines.push(w.left(outcome.left.length));
    for (const fix of outcome.left) lines.push(`  ${fix.file}:${fix.line}:${fix.column}  ${fix.written}: ${w.reasons[fix.reason](fix.suggestions)}  (${fix.code})`);
  }
  return `${lines.join("\n")}\n`;
}
