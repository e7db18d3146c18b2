// The `styrdok` command. Exit codes: 0 no errors, 1 errors in the content, 2 a usage or
// internal failure. Data goes to stdout, everything meant for people to stderr where data
// and people share a run (export).
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type Lang, toExport, validateContent } from "@styrdok/core";
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
      --format json              Exportformat (standard: json)
      --out FIL                  Skriv till FIL i stället för standard ut
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
      --format json              Export format (default: json)
      --out FILE                 Write to FILE instead of standard output
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
  },
  en: {
    unknownCommand: (name: string) => `unknown command "${name}".`,
    badOption: (detail: string) => `invalid option: ${detail}`,
    badFormat: (value: string, allowed: string) => `unknown format "${value}" (allowed: ${allowed}).`,
    badLang: (value: string) => `unknown language "${value}" (allowed: sv, en).`,
    exportRefused: "Nothing was exported because the content has errors:",
    wrote: (file: string) => `Wrote ${file}.`,
    seeHelp: "See styrdok help.",
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

async function exportCommand(paths: string[], out: string | undefined, lang: Lang, io: Io): Promise<number> {
  const result = await validate(paths, lang, io);
  if (result.errors > 0) {
    io.stderr(`${usageWords[lang].exportRefused}\n${textReport(result.files, lang, false)}`);
    return 1;
  }
  const json = JSON.stringify(toExport(result.corpus), null, 2) + "\n";
  if (out) {
    const target = resolve(io.cwd, out);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, json);
    io.stderr(`${usageWords[lang].wrote(out)} ${summaryLine(countFindings(result.files), lang)}\n`);
  } else io.stdout(json);
  return 0;
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
      case "export":
        checkFormat(values.format, ["json"], lang);
        return await exportCommand(paths, values.out, lang, io);
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
