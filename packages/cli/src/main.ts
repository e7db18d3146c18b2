// The `styrdok` command. Exit codes: 0 no errors, 1 errors in the content, 2 a usage or
// internal failure. Data goes to stdout, everything meant for people to stderr where data
// and people share a run (export).
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildGraph, csvText, type Lang, nearest, toCsvTables, toExport, validateContent } from "@styrdok/core";
import { coverageCsv, coverageJson, coverageText, frameworkIds } from "./coverage.ts";
import { showJson, showText } from "./show.ts";
import { githubReport, jsonReport, summaryLine, textReport, countFindings } from "./reporters.ts";

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

class UsageError extends Error {}

const help = {
  sv: `styrdok – styrdokument som versionerad, validerad data

Användning:
  styrdok validate [sökvägar…]   Kontrollera innehållet (standard: content/)
      --format text|json|github  Utdataformat (standard: text)
  styrdok export [sökvägar…]     Skriv ut den validerade modellen
      --format json|csv          Exportformat (standard: json)
      --out FIL|MAPP             JSON: skriv till FIL i stället för standard ut;
                                 CSV: skriv en fil per tabell i MAPP (krävs)
  styrdok show <id>              Visa en post med alla dess relationer åt båda håll
      --format text|json         Utdataformat (standard: text)
  styrdok coverage [ramverk]     Vilka läns mål och åtgärder som tjänar varje nationellt
                                 och internationellt mål, och vilka län som saknar något
      --format text|json|csv     Utdataformat (standard: text)
  styrdok help                   Visa denna hjälp

Gemensamma val:
      --lang sv|en               Språk för meddelanden (standard: sv)

Avslutningskod: 0 inga fel, 1 fel i innehållet, 2 felaktig användning eller internt fel.
`,
  en: `styrdok – policy documents as versioned, validated data

Usage:
  styrdok validate [paths…]      Check the content (default: content/)
      --format text|json|github  Output format (default: text)
  styrdok export [paths…]        Print the validated model
      --format json|csv          Export format (default: json)
      --out FILE|DIR             JSON: write to FILE instead of standard output;
                                 CSV: write one file per table into DIR (required)
  styrdok show <id>              Show an item with all its relations in both directions
      --format text|json         Output format (default: text)
  styrdok coverage [framework]   Which counties' goals and measures serve each national and
                                 international goal, and which counties have nothing
      --format text|json|csv     Output format (default: text)
  styrdok help                   Show this help

Common options:
      --lang sv|en               Language of messages (default: sv)

Exit code: 0 no errors, 1 errors in the content, 2 wrong usage or internal failure.
`,
};

const usageWords = {
  sv: {
    unknownCommand: (name: string) => `okänt kommando "${name}".`,
    badOption: (detail: string) => `felaktigt val: ${detail}`,
    badFormat: (value: string, allowed: string) => `okänt format "${value}" (tillåtna: ${allowed}).`,
    badLang: (value: string) => `okänt språk "${value}" (tillåtna: sv, en).`,
    exportRefused: "Exporten görs inte eftersom innehållet har fel:",
    wrote: (file: string) => `Skrev ${file}.`,
    seeHelp: "Se styrdok help.",
    showNeedsId: "show behöver ett id, t.ex. styrdok show polismyndigheten.",
    csvNeedsOut: "export --format csv behöver --out MAPP (en fil per tabell).",
    unknownFramework: (id: string, known: string[]) => `det finns inget ramverk "${id}" (finns: ${known.join(", ") || "inga"}).`,
    wroteTables: (n: number, dir: string) => `Skrev ${n} tabeller till ${dir}.`,
    unknownId: (id: string, near: string[]) => `det finns inget id "${id}".${near.length ? ` Närmaste: ${near.join(", ")}.` : ""}`,
    contentErrors: (n: number) => `Obs: innehållet har ${n} fel; svaret bygger bara på det som är giltigt. Kör styrdok validate.\n`,
  },
  en: {
    unknownCommand: (name: string) => `unknown command "${name}".`,
    badOption: (detail: string) => `invalid option: ${detail}`,
    badFormat: (value: string, allowed: string) => `unknown format "${value}" (allowed: ${allowed}).`,
    badLang: (value: string) => `unknown language "${value}" (allowed: sv, en).`,
    exportRefused: "Nothing was exported because the content has errors:",
    wrote: (file: string) => `Wrote ${file}.`,
    seeHelp: "See styrdok help.",
    showNeedsId: "show needs an id, e.g. styrdok show polismyndigheten.",
    csvNeedsOut: "export --format csv needs --out DIR (one file per table).",
    unknownFramework: (id: string, known: string[]) => `there is no framework "${id}" (known: ${known.join(", ") || "none"}).`,
    wroteTables: (n: number, dir: string) => `Wrote ${n} tables to ${dir}.`,
    unknownId: (id: string, near: string[]) => `there is no id "${id}".${near.length ? ` Nearest: ${near.join(", ")}.` : ""}`,
    contentErrors: (n: number) => `Note: the content has ${n} errors; the answer is built from what is valid only. Run styrdok validate.\n`,
  },
};

function langOf(argv: string[], env: Io["env"]): Lang {
  const index = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const value = index === -1 ? env.STYRDOK_LANG : argv[index]!.includes("=") ? argv[index]!.split("=")[1] : argv[index + 1];
  return value === "en" ? "en" : "sv";
}

function parse(argv: string[], lang: Lang) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        lang: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(usageWords[lang].badOption((error as Error).message));
  }
}

function checkFormat(value: string | undefined, allowed: string[], lang: Lang): string {
  const format = value ?? allowed[0]!;
  if (!allowed.includes(format)) throw new UsageError(usageWords[lang].badFormat(format, allowed.join(", ")));
  return format;
}

/** STYRDOK_PARSE_TIMEOUT_MS shortens or lengthens the deadline for parsing one file's Markdown. */
function validate(paths: string[], lang: Lang, io: Io) {
  const timeout = Number(io.env.STYRDOK_PARSE_TIMEOUT_MS);
  return validateContent(paths.length > 0 ? paths : ["content"], {
    cwd: io.cwd,
    lang,
    ...(timeout > 0 ? { parse: { timeoutMs: timeout } } : {}),
  });
}

async function validateCommand(paths: string[], format: string, lang: Lang, io: Io): Promise<number> {
  const result = await validate(paths, lang, io);
  if (format === "json") io.stdout(jsonReport(result.files));
  else if (format === "github") {
    const { annotations, summary } = githubReport(result.files, lang);
    io.stdout(annotations);
    if (summary && io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, summary + "\n");
  } else io.stdout(textReport(result.files, lang, io.isTTY && !io.env.NO_COLOR));
  return result.errors > 0 ? 1 : 0;
}

async function exportCommand(paths: string[], format: string, out: string | undefined, lang: Lang, io: Io): Promise<number> {
  if (format === "csv" && !out) throw new UsageError(usageWords[lang].csvNeedsOut);
  const result = await validate(paths, lang, io);
  if (result.errors > 0) {
    io.stderr(`${usageWords[lang].exportRefused}\n${textReport(result.files, lang, false)}`);
    return 1;
  }
  const data = toExport(result.corpus);
  if (format === "csv") {
    const directory = resolve(io.cwd, out!);
    mkdirSync(directory, { recursive: true });
    const tables = toCsvTables(data);
    for (const [name, table] of tables) writeFileSync(join(directory, name), csvText(table));
    io.stderr(`${usageWords[lang].wroteTables(tables.size, out!)} ${summaryLine(countFindings(result.files), lang)}\n`);
    return 0;
  }
  const json = JSON.stringify(data, null, 2) + "\n";
  if (out) {
    const target = resolve(io.cwd, out);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, json);
    io.stderr(`${usageWords[lang].wrote(out)} ${summaryLine(countFindings(result.files), lang)}\n`);
  } else io.stdout(json);
  return 0;
}

async function showCommand(args: string[], format: string, lang: Lang, io: Io): Promise<number> {
  const [id, ...paths] = args;
  if (!id) throw new UsageError(usageWords[lang].showNeedsId);
  const result = await validate(paths, lang, io);
  if (result.errors > 0) io.stderr(usageWords[lang].contentErrors(result.errors));
  const graph = buildGraph(result.corpus);
  if (!graph.get(id)) {
    throw new UsageError(usageWords[lang].unknownId(id, nearestIds(id, [...graph.items.keys()])));
  }
  io.stdout(format === "json" ? showJson(graph, id, lang) : showText(graph, id, lang));
  return 0;
}

async function coverageCommand(args: string[], format: string, lang: Lang, io: Io): Promise<number> {
  const [only, ...paths] = args;
  const result = await validate(paths, lang, io);
  if (result.errors > 0) io.stderr(usageWords[lang].contentErrors(result.errors));
  const graph = buildGraph(result.corpus);
  const frameworks = frameworkIds(graph, only);
  if (only && frameworks.length === 0) throw new UsageError(usageWords[lang].unknownFramework(only, frameworkIds(graph)));
  io.stdout(format === "json" ? coverageJson(graph, frameworks) : format === "csv" ? coverageCsv(graph, frameworks) : coverageText(graph, frameworks, lang));
  return 0;
}

/** Up to five existing ids that look like the one asked for: close by spelling, or containing it. */
function nearestIds(id: string, ids: string[]): string[] {
  const containing = ids.filter((candidate) => candidate.includes(id) || id.includes(candidate));
  const close = nearest(id, ids);
  return [...new Set([...(close ? [close] : []), ...containing.sort((a, b) => a.length - b.length)])].slice(0, 5);
}

export async function main(argv: string[], io: Io): Promise<number> {
  const lang = langOf(argv, io.env);
  try {
    const { values, positionals } = parse(argv, lang);
    if (values.lang !== undefined && values.lang !== "sv" && values.lang !== "en") throw new UsageError(usageWords[lang].badLang(values.lang));
    const [command, ...paths] = positionals;
    if (values.help || command === undefined || command === "help") {
      io.stdout(help[lang]);
      return command === undefined && !values.help ? 2 : 0;
    }
    switch (command) {
      case "validate":
        return await validateCommand(paths, checkFormat(values.format, ["text", "json", "github"], lang), lang, io);
      case "show":
        return await showCommand(paths, checkFormat(values.format, ["text", "json"], lang), lang, io);
      case "export":
        return await exportCommand(paths, checkFormat(values.format, ["json", "csv"], lang), values.out, lang, io);
      case "coverage":
        return await coverageCommand(paths, checkFormat(values.format, ["text", "json", "csv"], lang), lang, io);
      default:
        throw new UsageError(usageWords[lang].unknownCommand(command));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`styrdok: ${error.message} ${usageWords[lang].seeHelp}\n`);
      return 2;
    }
    const detail = io.env.STYRDOK_DEBUG ? String((error as Error).stack) : String((error as Error).message ?? error);
    io.stderr(lang === "sv" ? `styrdok: internt fel: ${detail}\n` : `styrdok: internal error: ${detail}\n`);
    return 2;
  }
}
