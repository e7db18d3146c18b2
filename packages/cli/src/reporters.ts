// Findings → text for people (with code frames), JSON for programs, annotations for GitHub.
// The reporters are pure: they take the run's files and return strings.
import { styleText } from "node:util";
import { codeFrameColumns } from "@babel/code-frame";
import { Finding, type Lang, renderFinding, type Severity, severityOf } from "@styrdok/core";
import type { VFile } from "vfile";
import { compareMessage } from "vfile-sort";

export interface ReportedFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
  /** Replacements for the text between the start and the end, most likely first: what quick-fixes offer. */
  suggestions: string[];
  /** Where in the frontmatter the finding is, as data: keys, and list positions from 0. */
  path?: Array<string | number>;
}

/**
 * Each finding of the run with its words in the reader's language, in file order: by place, and
 * at the same place by severity, code and then the words, as vfile-sort orders messages.
 */
export function findingsOf(files: VFile[], lang: Lang): ReportedFinding[] {
  const findings: ReportedFinding[] = [];
  for (const file of files) {
    const worded = file.messages.map((message) => ({ message, reason: renderFinding(message, lang) }));
    worded.sort((a, b) => compareMessage(a.message, b.message) || a.reason.localeCompare(b.reason));
    for (const { message, reason } of worded) {
      const line = message.line ?? 1;
      const column = message.column ?? 1;
      findings.push({
        file: file.path,
        line,
        column,
        endLine: message.place && "end" in message.place ? message.place.end.line : line,
        endColumn: message.place && "end" in message.place ? message.place.end.column : column,
        severity: severityOf(message),
        code: message.ruleId ?? "unknown",
        message: reason,
        suggestions: message.expected ?? [],
        ...(message instanceof Finding && message.dataPath ? { path: message.dataPath } : {}),
      });
    }
  }
  return findings;
}

const words = {
  sv: { error: "fel", warning: "varning", errors: "fel", warnings: "varningar", files: "filer", file: "fil", in: "i", none: "Inga fel." },
  en: { error: "error", warning: "warning", errors: "errors", warnings: "warnings", files: "files", file: "file", in: "in", none: "No problems." },
};

export function summaryLine(counts: { files: number; errors: number; warnings: number }, lang: Lang): string {
  const w = words[lang];
  const errors = `${counts.errors} ${counts.errors === 1 ? w.error : w.errors}`;
  const warnings = `${counts.warnings} ${counts.warnings === 1 ? w.warning : w.warnings}`;
  return `${errors}, ${warnings} ${w.in} ${counts.files} ${counts.files === 1 ? w.file : w.files}.`;
}

/** Lines longer than this are cut around the finding so that a hostile one-line file stays readable. */
const FRAME_WIDTH = 160;

/** A code frame of the lines around a finding, clipped horizontally around its column. */
export function codeFrame(source: string, finding: Pick<ReportedFinding, "line" | "column" | "endLine" | "endColumn">): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, finding.line - 2);
  const last = Math.min(lines.length, finding.line + 2);
  const offset = Math.max(0, finding.column - 1 - FRAME_WIDTH / 2);
  const window = lines.slice(first - 1, last).map((line) => line.slice(offset, offset + FRAME_WIDTH));
  const endColumn = finding.endLine === finding.line ? Math.min(Math.max(finding.endColumn, finding.column + 1), finding.column + FRAME_WIDTH) : undefined;
  return codeFrameColumns(
    window.join("\n"),
    {
      // @babel/code-frame 8 counts columns from 0.
      start: { line: finding.line, column: finding.column - 1 - offset },
      ...(endColumn !== undefined ? { end: { line: finding.line, column: endColumn - 1 - offset } } : {}),
    },
    // Highlighting would colour the YAML as if it were JavaScript.
    { highlightCode: false, linesAbove: 2, linesBelow: 2, startLine: first },
  );
}

export function textReport(files: VFile[], lang: Lang, color: boolean): string {
  const out = findingLines(files, lang, color);
  const counts = countFindings(files);
  out.push(counts.errors + counts.warnings === 0 ? `${words[lang].none} ${summaryLine(counts, lang)}` : summaryLine(counts, lang));
  return `${out.join("\n")}\n`;
}

/** Each finding's line and code frame, as `textReport` prints them, without its summary. */
export function findingLines(files: VFile[], lang: Lang, color: boolean): string[] {
  const out: string[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (color ? styleText(style, text) : text);
  for (const finding of findingsOf(files, lang)) {
    const severity = finding.severity === "error" ? paint("red", words[lang].error) : paint("yellow", words[lang].warning);
    out.push(`${finding.file}:${finding.line}:${finding.column}  ${severity}  ${paint("dim", finding.code)}  ${finding.message}`);
    const source = String(byPath.get(finding.file)?.value ?? "");
    if (source) out.push(codeFrame(source, finding), "");
  }
  return out;
}

export function countFindings(files: VFile[]): { files: number; errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const file of files) for (const message of file.messages) severityOf(message) === "error" ? errors++ : warnings++;
  return { files: files.length, errors, warnings };
}

export function jsonReport(files: VFile[], lang: Lang): string {
  return `${JSON.stringify({ ...countFindings(files), findings: findingsOf(files, lang) }, null, 2)}\n`;
}

function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/** GitHub shows at most ten annotations of each kind per step; the rest go to the step summary. */
export const GITHUB_ANNOTATION_LIMIT = 10;

/** Annotations for GitHub; the findings beyond the limits as a step-summary table and as plain lines. */
export function githubReport(files: VFile[], lang: Lang): { annotations: string; summary: string | undefined; rest: string[] } {
  const lines: string[] = [];
  const rest: ReportedFinding[] = [];
  const shown = { error: 0, warning: 0 };
  for (const finding of findingsOf(files, lang)) {
    if (shown[finding.severity] >= GITHUB_ANNOTATION_LIMIT) {
      rest.push(finding);
      continue;
    }
    shown[finding.severity]++;
    const properties = [
      `file=${escapeProperty(finding.file)}`,
      `line=${finding.line}`,
      `col=${finding.column}`,
      `endLine=${finding.endLine}`,
      `endColumn=${finding.endColumn}`,
      `title=${escapeProperty(finding.code)}`,
    ].join(",");
    lines.push(`::${finding.severity} ${properties}::${escapeData(finding.message)}`);
  }
  const counts = countFindings(files);
  lines.push(summaryLine(counts, lang));
  let summary: string | undefined;
  if (rest.length > 0) {
    const heading =
      lang === "sv"
        ? `### styrdok: ${rest.length} fynd till (GitHub visar bara ${GITHUB_ANNOTATION_LIMIT} fel och ${GITHUB_ANNOTATION_LIMIT} varningar som anteckningar)`
        : `### styrdok: ${rest.length} more findings (GitHub shows only ${GITHUB_ANNOTATION_LIMIT} errors and ${GITHUB_ANNOTATION_LIMIT} warnings as annotations)`;
    const header = lang === "sv" ? "| Fil | Rad | Kolumn | Allvar | Kod | Meddelande |" : "| File | Line | Column | Severity | Code | Message |";
    const cell = (text: string | number) => String(text).replaceAll("|", "\\|").replace(/\r?\n/g, " ");
    summary = [
      heading,
      "",
      header,
      "|---|---|---|---|---|---|",
      ...rest.map((finding) => `| ${cell(finding.file)} | ${finding.line} | ${finding.column} | ${words[lang][finding.severity]} | ${cell(finding.code)} | ${cell(finding.message)} |`),
      "",
    ].join("\n");
  }
  return {
    annotations: `${lines.join("\n")}\n`,
    summary,
    rest: rest.map((finding) => `${finding.file}:${finding.line}:${finding.column}  ${words[lang][finding.severity]}  ${finding.code}  ${finding.message}`),
  };
}
