// The `styrdok` command. Exit codes: 0 no errors, 1 errors in the content, 2 a usage or
// internal failure. Data goes to stdout, everything meant for people to stderr where data
// and people share a run (export, show, coverage).
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  type Content,
  contentFileOf,
  contentRootOf,
  csvText,
  dayOf,
  defaultContentPath,
  diffContents,
  exportJson,
  GitError,
  idOfName,
  idOfNearestName,
  isShallow,
  isWithin,
  type Lang,
  type LoadOptions,
  loadContent,
  loadFiles,
  loadRevision,
  mergeBase,
  nearest,
  type ParseOutcome,
  readContentFiles,
  repositoryOf,
  resolveRevision,
  toCsvTables,
  today,
  toExport,
} from "@styrdok/core";
import { coverageCsv, coverageJson, coverageText, frameworkIds } from "./coverage.ts";
import { diffMarkdown, diffText } from "./diff-report.ts";
import { applyFixes, type FixOutcome, fixReport } from "./fix.ts";
import { fmtCommand } from "./fmt.ts";
import { importCommand, importOptions } from "./import.ts";
import { type NewValues, newCommand, newOptions } from "./new.ts";
import { countFindings, githubReport, jsonReport, summaryLine, textReport } from "./reporters.ts";
import { showJson, showText } from "./show.ts";
import { watchContent } from "./watch.ts";

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** Whether standard input is a terminal: `new` asks questions only when both are. */
  stdinIsTTY?: boolean;
}

class UsageError extends Error {}

const help = {
  sv: `styrdok – styrdokument som versionerad, validerad data

Användning:
  styrdok validate [sökvägar…]   Kontrollera innehållet (standard: mappen content)
      --format text|json|github  Utdataformat (standard: text)
      --fix                      Rätta det som har ett enda säkert förslag (alias → id,
                                 svenskt ord → värde, fältets titel → nyckel, felstavat id)
                                 och säg vad som ändrades och vad som lämnades
      --watch                    Kontrollera igen vid varje ändring, tills Ctrl-C
  styrdok export [sökvägar…]     Skriv ut den validerade modellen
      --format json|csv          Exportformat (standard: json)
      --out FIL|MAPP             JSON: skriv till FIL i stället för till terminalen (stdout);
                                 CSV: skriv en fil per tabell i MAPP (krävs)
  styrdok show <id> [sökvägar…]  Visa en post med alla dess relationer åt båda håll
      --format text|json         Utdataformat (standard: text)
      --as-of ÅÅÅÅ-MM-DD         Dokumentets status den dagen (standard: i dag)
  styrdok coverage [sökvägar…]   Vilka läns mål och åtgärder som tjänar varje nationellt
                                 och internationellt mål, och vilka län som saknar något
      --framework ID             Bara detta ramverk, t.ex. nationell-strategi-2017-2026
      --format text|json|csv     Utdataformat (standard: text)
  styrdok diff [rev-a] [rev-b] [sökvägar…]
                                 Semantisk jämförelse av innehållet vid två revisioner:
                                 nya, borttagna, ändrade och flyttade poster, ord för ord,
                                 och effekten per aktör och per nationellt mål. Standard:
                                 grenen mains sammanslagningsbas mot arbetskopian; en
                                 revision: den mot arbetskopian
      --format text|json|markdown  Utdataformat (standard: text; markdown för en kommentar
                                 i en pull request och $GITHUB_STEP_SUMMARY)
  styrdok fmt [sökvägar…]        Skriv om innehållsfilerna i kanonisk form (fältordning,
                                 citattecken, listor, indrag) utan att ändra ett enda värde
      --check                    Ändra inget; räkna upp filerna som inte är i kanonisk form
                                 (avslutningskod 1 om någon är det)
  styrdok new [vad]              Skapa ett nytt dokument, kapitel, mål, en åtgärd, ett ansvar,
                                 en indikator, aktör eller källa med ett nytt unikt id. I en
                                 terminal frågar den efter det som saknas; annars (eller med
                                 --yes) måste allt som krävs ges med val:
      document --kind SLAG --county LÄN --title TITEL [--valid-from DATUM] [--valid-to DATUM]
      chapter --document ID --title RUBRIK [--label NR]
      goal --document ID --chapter KAPITEL --text TEXT [--level NIVÅ] [--label NR] [--parent MÅL]
      measure --document ID --chapter KAPITEL --text TEXT [--kind SLAG] [--label NR] [--goal MÅL]
              [--responsible AKTÖR] [--partner AKTÖR]
      responsibility --document ID --chapter KAPITEL --actor AKTÖR --text TEXT [--modality ska]
      indicator --document ID --chapter KAPITEL --text TEXT [--kind SLAG] [--source KÄLLA]
      actor --name NAMN --kind SLAG [--county LÄN] [--short-name] [--alias] [--file FIL]
      source --title TITEL --kind SLAG [--number] [--year] [--url] [--publisher AKTÖR]
                                 Aktörer och källor anges med namn eller alias; --id ger ett
                                 eget id
  styrdok import <fil> --kind SLAG --county LÄN [--id ID] [--title TITEL] [--report FIL]
                                 Gör ett utkast av en PDF (eller text från pdftotext): en ny
                                 dokumentmapp med draft: true, texten rensad och uppdelad i
                                 kapitel, och föreslagna mål, åtgärder och ansvar (proposed:
                                 true) att bekräfta. Rapporten (fynd, borttaget brus, det som
                                 behöver en person) skrivs ut, eller till --report FIL
  styrdok help                   Visa denna hjälp

Gemensamma val:
      --lang sv|en               Språk för meddelanden (standard: sv)

En sökväg inne i mappen content kontrolleras mot hela innehållet, men bara dess egna fel visas.

Avslutningskod: 0 inga fel, 1 fel i innehållet, 2 felaktig användning eller internt fel.
`,
  en: `styrdok – policy documents as versioned, validated data

Usage:
  styrdok validate [paths…]      Check the content (default: the content folder)
      --format text|json|github  Output format (default: text)
      --fix                      Fix what has one sure suggestion (alias → id, Swedish
                                 word → value, a field's title → key, misspelt id) and say
                                 what was changed and what was left
      --watch                    Check again after every change, until Ctrl-C
  styrdok export [paths…]        Print the validated model
      --format json|csv          Export format (default: json)
      --out FILE|DIR             JSON: write to FILE instead of standard output;
                                 CSV: write one file per table into DIR (required)
  styrdok show <id> [paths…]     Show an item with all its relations in both directions
      --format text|json         Output format (default: text)
      --as-of YYYY-MM-DD         The document's status on that day (default: today)
  styrdok coverage [paths…]      Which counties' goals and measures serve each national and
                                 international goal, and which counties have nothing
      --framework ID             Only this framework, e.g. nationell-strategi-2017-2026
      --format text|json|csv     Output format (default: text)
  styrdok diff [rev-a] [rev-b] [paths…]
                                 Semantic comparison of the content at two revisions: items
                                 added, removed, modified and moved, word by word, and the
                                 effect per actor and per national goal. Default: the merge
                                 base with main against the working tree; one revision: it
                                 against the working tree
      --format text|json|markdown  Output format (default: text; markdown for a pull-request
                                 comment and $GITHUB_STEP_SUMMARY)
  styrdok fmt [paths…]           Rewrite the content files in canonical form (key order,
                                 quoting, lists, indentation) without changing a single value
      --check                    Change nothing; list the files not in canonical form (exit
                                 code 1 if there are any)
  styrdok new [what]             Create a new document, chapter, goal, measure,
                                 responsibility, indicator, actor or source with a fresh unique
                                 id. In a terminal it asks for what is missing; otherwise (or
                                 with --yes) everything required must be given as options:
      document --kind KIND --county COUNTY --title TITLE [--valid-from DATE] [--valid-to DATE]
      chapter --document ID --title HEADING [--label NO]
      goal --document ID --chapter CHAPTER --text TEXT [--level LEVEL] [--label NO] [--parent GOAL]
      measure --document ID --chapter CHAPTER --text TEXT [--kind KIND] [--label NO] [--goal GOAL]
              [--responsible ACTOR] [--partner ACTOR]
      responsibility --document ID --chapter CHAPTER --actor ACTOR --text TEXT [--modality must]
      indicator --document ID --chapter CHAPTER --text TEXT [--kind KIND] [--source SOURCE]
      actor --name NAME --kind KIND [--county COUNTY] [--short-name] [--alias] [--file FILE]
      source --title TITLE --kind KIND [--number] [--year] [--url] [--publisher ACTOR]
                                 Actors and sources are named by name or alias; --id gives an
                                 id of your own
  styrdok import <file> --kind KIND --county COUNTY [--id ID] [--title TITLE] [--report FILE]
                                 Draft a document from a PDF (or pdftotext's text): a new
                                 folder with draft: true, the text cleaned and split into
                                 chapters, and goals, measures and responsibilities proposed
                                 (proposed: true) for an editor to confirm. The report (what
                                 was found, dropped and needs a person) is printed, or written
                                 to --report FILE
  styrdok help                   Show this help

Common options:
      --lang sv|en               Language of messages (default: sv)

A path inside the content folder is checked against all the content, but only its own findings are shown.

Exit code: 0 no errors, 1 errors in the content, 2 wrong usage or internal failure.
`,
};

const words = {
  sv: {
    unknownCommand: (name: string, suggestion: string) => `okänt kommando "${name}".${suggestion ? ` Menade du "${suggestion}"?` : ""}`,
    unknownOption: (option: string, command: string) => `valet ${option} finns inte för ${command}.`,
    missingValue: (option: string) => `valet ${option} behöver ett värde, t.ex. ${option}=json.`,
    badFormat: (value: string, allowed: string) => `okänt format "${value}" (tillåtna: ${allowed}).`,
    badLang: (value: string) => `okänt språk "${value}" (tillåtna: sv, en).`,
    exportRefused: "Exporten görs inte eftersom innehållet har fel:",
    wrote: (file: string) => `Skrev ${file}.`,
    wroteTables: (count: number, folder: string) => `Skrev ${count} tabeller till ${folder}.`,
    cannotWrite: (path: string, reason: string) => `kunde inte skriva ${path} (${reason}).`,
    seeHelp: "Se styrdok help.",
    showNeedsId: "show behöver ett id, t.ex. styrdok show polismyndigheten.",
    badDay: (value: string) => `--as-of behöver ett datum som finns, skrivet ÅÅÅÅ-MM-DD, t.ex. --as-of 2019-06-01 (inte "${value}").`,
    unknownId: (id: string, near: string[]) => `det finns inget id "${id}".${near.length ? ` Närmaste: ${near.join(", ")}.` : ""}`,
    nameOf: (name: string, id: string) => `"${name}" är ett namn på ${id}; visar den.`,
    unknownFramework: (id: string, known: string[]) => `det finns inget ramverk "${id}" (finns: ${known.join(", ") || "inga"}).`,
    csvNeedsOut: "export --format csv behöver --out MAPP (en fil per tabell).",
    contentErrors: (count: number) => `Obs: innehållet har ${count} fel; svaret bygger bara på det som är giltigt. Kör styrdok validate.\n`,
    internal: "styrdok: internt fel",
    moreFindings: (count: number) => `${count} fynd till som GitHub inte visar som anteckningar:`,
    notRepository: (folder: string) => `${folder} ligger inte i ett git-arkiv, så det finns inga revisioner att jämföra.`,
    gitMissing: "git finns inte på den här datorn; diff behöver git.",
    unknownRevision: (name: string) => `"${name}" är varken en revision i git eller en sökväg som finns.`,
    outsideRepository: (path: string) => `${path} ligger utanför git-arkivet.`,
    noBase: "det finns ingen gren main (eller origin/main) att jämföra med. Ange en revision, t.ex. styrdok diff HEAD~1.",
    noMergeBase: (branch: string, shallow: boolean) =>
      shallow
        ? `historiken är avkortad (en grund klon), så det syns inte var grenen lämnade ${branch}. Hämta hela historiken med git fetch --unshallow, eller ange revisionerna, t.ex. styrdok diff ${branch} HEAD.`
        : `grenen och ${branch} har ingen gemensam historik. Ange en revision, t.ex. styrdok diff ${branch}.`,
    tooManyRevisions: "diff jämför högst två revisioner.",
    pathNowhere: (path: string) => `${path} finns varken i arbetskopian eller vid de revisioner som jämförs.`,
    findingsAt: (revision: string) => `Fel i innehållet vid ${revision}:`,
    workingTree: "arbetskopian",
    fixAndWatch: "--fix och --watch går inte att använda tillsammans.",
    watchFormat: "--watch skriver bara text (--format text).",
  },
  en: {
    unknownCommand: (name: string, suggestion: string) => `unknown command "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
    unknownOption: (option: string, command: string) => `the option ${option} does not exist for ${command}.`,
    missingValue: (option: string) => `the option ${option} needs a value, e.g. ${option}=json.`,
    badFormat: (value: string, allowed: string) => `unknown format "${value}" (allowed: ${allowed}).`,
    badLang: (value: string) => `unknown language "${value}" (allowed: sv, en).`,
    exportRefused: "Nothing was exported because the content has errors:",
    wrote: (file: string) => `Wrote ${file}.`,
    wroteTables: (count: number, folder: string) => `Wrote ${count} tables to ${folder}.`,
    cannotWrite: (path: string, reason: string) => `could not write ${path} (${reason}).`,
    seeHelp: "See styrdok help.",
    showNeedsId: "show needs an id, e.g. styrdok show polismyndigheten.",
    badDay: (value: string) => `--as-of needs a date that exists, written YYYY-MM-DD, e.g. --as-of 2019-06-01 (not "${value}").`,
    unknownId: (id: string, near: string[]) => `there is no id "${id}".${near.length ? ` Nearest: ${near.join(", ")}.` : ""}`,
    nameOf: (name: string, id: string) => `"${name}" is a name of ${id}; showing it.`,
    unknownFramework: (id: string, known: string[]) => `there is no framework "${id}" (known: ${known.join(", ") || "none"}).`,
    csvNeedsOut: "export --format csv needs --out DIR (one file per table).",
    contentErrors: (count: number) => `Note: the content has ${count} errors; the answer is built from what is valid only. Run styrdok validate.\n`,
    internal: "styrdok: internal error",
    moreFindings: (count: number) => `${count} more findings that GitHub does not show as annotations:`,
    notRepository: (folder: string) => `${folder} is not in a git repository, so there are no revisions to compare.`,
    gitMissing: "git is not installed on this machine; diff needs git.",
    unknownRevision: (name: string) => `"${name}" is neither a git revision nor a path that exists.`,
    outsideRepository: (path: string) => `${path} is outside the git repository.`,
    noBase: "there is no branch main (or origin/main) to compare with. Name a revision, e.g. styrdok diff HEAD~1.",
    noMergeBase: (branch: string, shallow: boolean) =>
      shallow
        ? `the history is cut off (a shallow clone), so where this branch left ${branch} cannot be seen. Fetch the whole history with git fetch --unshallow, or name the revisions, e.g. styrdok diff ${branch} HEAD.`
        : `this branch and ${branch} have no history in common. Name a revision, e.g. styrdok diff ${branch}.`,
    tooManyRevisions: "diff compares at most two revisions.",
    pathNowhere: (path: string) => `${path} exists neither in the working tree nor at the revisions compared.`,
    findingsAt: (revision: string) => `Errors in the content at ${revision}:`,
    workingTree: "the working tree",
    fixAndWatch: "--fix and --watch cannot be used together.",
    watchFormat: "--watch prints text only (--format text).",
  },
};

interface Options extends NewValues {
  report?: string;
  "git-driver"?: boolean;
  check?: boolean;
  fix?: boolean;
  watch?: boolean;
  format?: string;
  "as-of"?: string;
  out?: string;
  framework?: string;
  lang?: string;
  help?: boolean;
}

/** The options each command takes; anything else is a usage error rather than silently ignored. */
const commandOptions: Record<string, Array<keyof Options>> = {
  validate: ["format", "fix", "watch"],
  export: ["format", "out"],
  show: ["format", "as-of"],
  coverage: ["format", "framework"],
  diff: ["format", "git-driver"],
  fmt: ["check"],
  new: Object.keys(newOptions) as Array<keyof Options>,
  import: ["kind", "county", "id", "title", ...(Object.keys(importOptions) as Array<keyof Options>)],
  help: [],
};

/** What a Swedish editor may type for a command. */
const swedishCommands: Record<string, string> = {
  validera: "validate",
  kontrollera: "validate",
  exportera: "export",
  visa: "show",
  täckning: "coverage",
  jämför: "diff",
  formatera: "fmt",
  importera: "import",
  ny: "new",
  skapa: "new",
  hjälp: "help",
};

function langOf(argv: string[], env: Io["env"]): Lang {
  const index = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const value = index === -1 ? env.STYRDOK_LANG : argv[index]!.includes("=") ? argv[index]!.split("=")[1] : argv[index + 1];
  return value === "en" ? "en" : "sv";
}

const booleanOptions = new Set(["help", "git-driver", "yes", "check", "fix", "watch"]);

function parse(argv: string[], lang: Lang): { options: Options; positionals: string[]; terminator: number } {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: {
      format: { type: "string" },
      "as-of": { type: "string" },
      out: { type: "string" },
      framework: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
      "git-driver": { type: "boolean" },
      check: { type: "boolean" },
      ...newOptions,
      ...importOptions,
      fix: { type: "boolean" },
      watch: { type: "boolean" },
    },
  });
  const command = positionals[0] ?? "help";
  const allowed = new Set<string>([...(commandOptions[command] ?? []), "lang", "help"]);
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (!allowed.has(token.name)) throw new UsageError(words[lang].unknownOption(token.rawName, command));
    if (!booleanOptions.has(token.name) && token.value === undefined) throw new UsageError(words[lang].missingValue(token.rawName));
  }
  // Positionals after `--` are paths, never revisions (as in git).
  const end = tokens.find((token) => token.kind === "option-terminator");
  const terminator = end ? tokens.filter((token) => token.kind === "positional" && token.index < end.index).length : positionals.length;
  return { options: values as Options, positionals, terminator };
}

function checkFormat(value: string | undefined, allowed: string[], lang: Lang): string {
  const format = value ?? allowed[0]!;
  if (!allowed.includes(format)) throw new UsageError(words[lang].badFormat(format, allowed.join(", ")));
  return format;
}

/**
 * STYRDOK_PARSE_TIMEOUT_MS shortens or lengthens the deadline for parsing one file's Markdown;
 * STYRDOK_TODAY (YYYY-MM-DD) fixes the day validity is judged by, as it does for the site;
 * STYRDOK_CACHE turns the content cache off or moves it (see cacheOption).
 */
function load(paths: string[], io: Io, model = true): Promise<Content> {
  return loadContent(paths, loadOptions(io, model));
}

/**
 * `model`: whether the command builds the model, which places every item in its file. A file
 * read for the first time then keeps its YAML document for that; a command that only reports
 * findings keeps each file compact (see LoadOptions.keepTrees).
 */
function loadOptions(io: Io, model = true): LoadOptions {
  const timeout = Number(io.env.STYRDOK_PARSE_TIMEOUT_MS);
  const today = dayOf(io.env.STYRDOK_TODAY);
  return { cwd: io.cwd, ...(timeout > 0 ? { parse: { timeoutMs: timeout } } : {}), ...(today ? { today } : {}), cache: cacheOption(io.env.STYRDOK_CACHE), keepTrees: model };
}

/** STYRDOK_CACHE: `off` reads every file again; a folder keeps the cache there; by default it is `.styrdok-cache` beside the content folder. */
function cacheOption(value: string | undefined): boolean | string {
  if (value === undefined || value === "" || /^(on|1|true|yes)$/i.test(value)) return true;
  return /^(off|0|false|no)$/i.test(value) ? false : value;
}

/** Exit code 2 beats 1: a run that failed inside styrdok cannot vouch for the content. */
function exitCode(result: Content): number {
  return result.internalErrors > 0 ? 2 : result.errors > 0 ? 1 : 0;
}

function write(path: string, text: string, lang: Lang): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(words[lang].cannotWrite(path, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
}

async function validateCommand(paths: string[], format: string, lang: Lang, io: Io, mode: { fix?: boolean; watch?: boolean } = {}): Promise<number> {
  if (mode.fix && mode.watch) throw new UsageError(words[lang].fixAndWatch);
  if (mode.watch) {
    if (format !== "text") throw new UsageError(words[lang].watchFormat);
    return await watchContent(paths, io, { lang, color: io.isTTY && !io.env.NO_COLOR, load: loadOptions(io, false) });
  }
  // --fix asks the model which ids exist.
  let result = await load(paths, io, mode.fix === true);
  if (mode.fix) {
    // A fix can bring findings to light that a broken key or value hid: fix again until nothing more is sure.
    const options = { ...loadOptions(io), parseCache: new Map<string, ParseOutcome>() };
    const applied: FixOutcome["applied"] = [];
    let left: FixOutcome["left"] = [];
    for (let pass = 0; pass < 5; pass++) {
      const outcome = applyFixes(result.files, io.cwd, new Set(result.graph.items.keys()));
      applied.push(...outcome.applied);
      left = outcome.left;
      if (outcome.applied.length === 0) break;
      result = await loadContent(paths, options);
    }
    const report = fixReport({ applied, left }, lang);
    if (format === "text") io.stdout(`${report}\n`);
    else io.stderr(report);
  }
  if (format === "json") io.stdout(jsonReport(result.files, lang));
  else if (format === "github") {
    const { annotations, rest, summary } = githubReport(result.files, lang);
    io.stdout(annotations);
    if (summary && io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, `${summary}\n`);
    else if (rest.length > 0) io.stderr(`${words[lang].moreFindings(rest.length)}\n${rest.join("\n")}\n`);
  } else io.stdout(textReport(result.files, lang, io.isTTY && !io.env.NO_COLOR));
  return exitCode(result);
}

async function exportCommand(paths: string[], format: string, out: string | undefined, lang: Lang, io: Io): Promise<number> {
  if (format === "csv" && !out) throw new UsageError(words[lang].csvNeedsOut);
  const result = await load(paths, io);
  if (result.errors > 0) {
    io.stderr(`${words[lang].exportRefused}\n${textReport(result.files, lang, false)}`);
    return exitCode(result);
  }
  const data = toExport(result);
  if (format === "csv") {
    const folder = resolve(io.cwd, out!);
    const tables = toCsvTables(data);
    for (const [name, table] of tables) write(join(folder, name), csvText(table), lang);
    io.stderr(`${words[lang].wroteTables(tables.size, out!)} ${summaryLine(countFindings(result.files), lang)}\n`);
    return 0;
  }
  const json = exportJson(data);
  if (out) {
    write(resolve(io.cwd, out), json, lang);
    io.stderr(`${words[lang].wrote(out)} ${summaryLine(countFindings(result.files), lang)}\n`);
  } else io.stdout(json);
  return 0;
}

/** Up to five existing ids that look like the one asked for: close by spelling, or containing it. */
function nearestIds(id: string, ids: string[]): string[] {
  const containing = ids.filter((candidate) => candidate.includes(id) || id.includes(candidate));
  const close = nearest(id, ids);
  return [...new Set([...(close ? [close] : []), ...containing.sort((a, b) => a.length - b.length)])].slice(0, 5);
}

async function showCommand(args: string[], format: string, asOf: string | undefined, lang: Lang, io: Io): Promise<number> {
  const [id, ...paths] = args;
  if (!id) throw new UsageError(words[lang].showNeedsId);
  const day = asOf === undefined ? undefined : dayOf(asOf);
  if (asOf !== undefined && !day) throw new UsageError(words[lang].badDay(asOf));
  const status = { day: day ?? dayOf(io.env.STYRDOK_TODAY) ?? today(), asked: day !== undefined };
  const result = await load(paths, io);
  if (result.errors > 0) io.stderr(words[lang].contentErrors(result.errors));
  const { graph } = result;
  // An actor's name or alias stands for its id, as in validate's suggestions: "polisen" is polismyndigheten.
  const named = graph.get(id) ? id : idOfName(graph, id);
  if (!named) throw new UsageError(words[lang].unknownId(id, [...new Set([idOfNearestName(graph, id), ...nearestIds(id, [...graph.items.keys()])])].filter(Boolean).slice(0, 5)));
  if (named !== id) io.stderr(`styrdok: ${words[lang].nameOf(id, named)}\n`);
  io.stdout(format === "json" ? showJson(graph, toExport(result), named, lang, status) : showText(graph, named, lang, status));
  return result.internalErrors > 0 ? 2 : 0;
}

async function coverageCommand(paths: string[], framework: string | undefined, format: string, lang: Lang, io: Io): Promise<number> {
  const result = await load(paths, io);
  if (result.errors > 0) io.stderr(words[lang].contentErrors(result.errors));
  const { graph } = result;
  const frameworks = frameworkIds(graph, framework);
  if (framework && frameworks.length === 0) throw new UsageError(words[lang].unknownFramework(framework, frameworkIds(graph)));
  io.stdout(format === "json" ? coverageJson(graph, frameworks) : format === "csv" ? coverageCsv(graph, frameworks) : coverageText(graph, frameworks, lang));
  return result.internalErrors > 0 ? 2 : 0;
}

/** The revision `diff` compares with when none is named: where this branch left main. */
async function defaultBase(repository: string, lang: Lang): Promise<{ name: string; commit: string }> {
  const head = await resolveRevision(repository, "HEAD").catch(() => undefined);
  let unrelated: string | undefined;
  for (const name of ["main", "origin/main"]) {
    const branch = await resolveRevision(repository, name).catch(() => undefined);
    if (!branch) continue;
    const base = head ? await mergeBase(repository, head, branch) : undefined;
    if (base) return { name: base === branch ? name : `${name}…HEAD`, commit: base };
    unrelated ??= head ? name : undefined;
  }
  // A shallow clone (as CI makes by default) has the branch but not the history that joins it to HEAD.
  if (unrelated) throw new UsageError(words[lang].noMergeBase(unrelated, await isShallow(repository)));
  throw new UsageError(words[lang].noBase);
}

/**
 * `diff [rev-a] [rev-b] [paths…]`: up to two leading arguments that name revisions (and no
 * path of the working tree) are revisions; the rest, and everything after `--`, are paths.
 */
async function diffCommand(args: string[], afterTerminator: string[], format: string, lang: Lang, io: Io): Promise<number> {
  const repository = await repositoryOf(io.cwd);
  if (!repository) throw new GitError("not-a-repository", io.cwd);
  const revisions: Array<{ name: string; commit: string }> = [];
  const paths: string[] = [];
  for (const arg of args) {
    if (paths.length === 0 && !existsSync(resolve(io.cwd, arg))) {
      if (revisions.length === 2) throw new UsageError(words[lang].tooManyRevisions);
      // A range as git diff reads it: A..B is A against B, A...B where B left A against B (either end HEAD when left out).
      const range = revisions.length === 0 ? /^(.*?)(\.\.\.?)(.*)$/.exec(arg) : null;
      if (range) {
        const [, from = "", dots, to = ""] = range;
        const ends = await Promise.all([resolveRevision(repository, from || "HEAD"), resolveRevision(repository, to || "HEAD")]).catch(() => {
          throw new GitError("unknown-revision", arg);
        });
        const base = dots === "..." ? await mergeBase(repository, ends[0], ends[1]) : ends[0];
        if (!base) throw new UsageError(words[lang].noMergeBase(from || "HEAD", await isShallow(repository)));
        revisions.push({ name: dots === "..." ? `${from || "HEAD"}…${to || "HEAD"}` : from || "HEAD", commit: base }, { name: to || "HEAD", commit: ends[1] });
        continue;
      }
      revisions.push({ name: arg, commit: await resolveRevision(repository, arg) });
    } else paths.push(arg);
  }
  paths.push(...afterTerminator);
  for (const path of paths) if (!isWithin(repository, resolve(io.cwd, path))) throw new GitError("outside-repository", path);
  const existing = paths.map((path) => resolve(io.cwd, path)).filter((path) => existsSync(path));
  const roots = existing.length > 0 ? [...new Set(existing.map(contentRootOf))] : [defaultContentPath(io.cwd)];
  const before = revisions[0] ?? (await defaultBase(repository, lang));
  // No content cache: the trees the revision's files are parsed into serve the working tree's
  // unchanged files too (parseCache), and both sides' models need every file's YAML anyway.
  const options = { ...loadOptions(io), cache: false, parseCache: new Map<string, ParseOutcome>() };
  const beforeContent = await loadRevision(repository, before.commit, roots, options);
  const after = revisions[1];
  const afterContent = after ? await loadRevision(repository, after.commit, roots, options) : await loadContent(roots, options);
  const scope = paths.map((path) => resolve(io.cwd, path));
  // A path that only one revision has (a document deleted) is fine; one that none has is a typo.
  const known = [...beforeContent.files, ...afterContent.files].map((file) => resolve(io.cwd, file.path));
  for (const [index, path] of scope.entries()) if (!existsSync(path) && !known.some((file) => isWithin(path, file))) throw new UsageError(words[lang].pathNowhere(paths[index]!));
  const diff = diffContents(
    { ...before, content: beforeContent },
    after ? { ...after, content: afterContent } : { name: "", content: afterContent },
    scope.length > 0 ? { inScope: (file) => scope.some((path) => isWithin(path, resolve(io.cwd, file))) } : {},
  );
  reportRevisionErrors(
    [
      [beforeContent, before.name],
      [afterContent, after?.name ?? words[lang].workingTree],
    ],
    lang,
    io,
  );
  io.stdout(format === "json" ? `${JSON.stringify(diff, null, 2)}\n` : format === "markdown" ? diffMarkdown(diff, lang) : diffText(diff, lang));
  const sides = [beforeContent, afterContent];
  return sides.some((side) => side.internalErrors > 0) ? 2 : sides.some((side) => side.errors > 0) ? 1 : 0;
}

/** The findings that make a revision's content invalid, on stderr, so the diff on stdout stays data. */
function reportRevisionErrors(sides: Array<[Content, string]>, lang: Lang, io: Io): void {
  for (const [content, name] of sides) {
    if (content.errors === 0) continue;
    const files = content.files.filter((file) => file.messages.some((message) => message.fatal === true));
    io.stderr(`${words[lang].findingsAt(name)}\n${textReport(files, lang, false)}\n`);
  }
}

/**
 * git's external diff driver (`diff.styrdok.command`): git passes the path and the file's old and
 * new text as files; the rest of the content is the working tree's, so references resolve. Git
 * stops when a driver fails, so findings are shown and the exit code stays 0.
 */
async function gitDriverCommand(args: string[], lang: Lang, io: Io): Promise<number> {
  const [path, oldFile, oldHex, , newFile, newHex] = args;
  if (!path || !oldFile || !newFile) throw new UsageError(words[lang].unknownRevision(args.join(" ")));
  const absolute = resolve(io.cwd, path);
  const root = contentRootOf(existsSync(absolute) ? absolute : dirname(absolute));
  const options = { ...loadOptions(io), parseCache: new Map<string, ParseOutcome>() };
  const sideWith = async (textFile: string) => {
    const files = (await readContentFiles([root], { cwd: io.cwd })).filter((file) => resolve(io.cwd, file.path) !== absolute);
    if (textFile !== "/dev/null") files.push(contentFileOf(absolute, readFileSync(textFile), { cwd: io.cwd }));
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return loadFiles(files, { ...options, roots: [root] });
  };
  const short = (hex: string | undefined) => (hex && !/^0+$/.test(hex) && hex !== "." ? hex.slice(0, 7) : "");
  const before = { name: short(oldHex), content: await sideWith(oldFile) };
  const after = { name: short(newHex), content: await sideWith(newFile) };
  const diff = diffContents(before, after, { inScope: (file) => resolve(io.cwd, file) === absolute });
  // git shows only what the driver prints: the file's own findings belong beside its diff (those of other files are counted in it).
  const findings = [before, after].flatMap((side) => {
    const own = side.content.files.filter((file) => resolve(io.cwd, file.path) === absolute && file.messages.some((message) => message.fatal === true));
    return own.length > 0 ? [`\n${words[lang].findingsAt(side.name || words[lang].workingTree)}\n${textReport(own, lang, false)}`] : [];
  });
  io.stdout(`styrdok diff ${path}\n${diffText(diff, lang)}${findings.join("")}`);
  return 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const lang = langOf(argv, io.env);
  try {
    const { options, positionals, terminator } = parse(argv, lang);
    if (options.lang !== undefined && options.lang !== "sv" && options.lang !== "en") throw new UsageError(words[lang].badLang(options.lang));
    const [command, ...rest] = positionals;
    if (options.help || command === undefined || command === "help") {
      io.stdout(help[lang]);
      return command === undefined && !options.help ? 2 : 0;
    }
    switch (command) {
      case "validate":
        return await validateCommand(rest, checkFormat(options.format, ["text", "json", "github"], lang), lang, io, { fix: options.fix, watch: options.watch });
      case "show":
        return await showCommand(rest, checkFormat(options.format, ["text", "json"], lang), options["as-of"], lang, io);
      case "export":
        return await exportCommand(rest, checkFormat(options.format, ["json", "csv"], lang), options.out, lang, io);
      case "coverage":
        return await coverageCommand(rest, options.framework, checkFormat(options.format, ["text", "json", "csv"], lang), lang, io);
      case "diff": {
        const format = checkFormat(options.format, ["text", "json", "markdown"], lang);
        if (options["git-driver"]) return await gitDriverCommand(rest, lang, io);
        return await diffCommand(rest.slice(0, terminator - 1), rest.slice(terminator - 1), format, lang, io);
      }
      case "fmt":
        return await fmtCommand(rest, options.check === true, lang, loadOptions(io, false), io);
      case "new":
        return await newCommand(rest, options, lang, io, { ...loadOptions(io), interactive: io.isTTY && io.stdinIsTTY === true });
      case "import":
        return await importCommand(rest, options, lang, io, loadOptions(io));
      default:
        throw new UsageError(words[lang].unknownCommand(command, swedishCommands[command.toLowerCase()] ?? nearest(command, Object.keys(commandOptions))));
    }
  } catch (error) {
    if (error instanceof GitError) {
      const w = words[lang];
      const message = {
        "git-missing": w.gitMissing,
        "not-a-repository": w.notRepository(error.subject),
        "unknown-revision": w.unknownRevision(error.subject),
        "outside-repository": w.outsideRepository(error.subject),
      }[error.problem];
      io.stderr(`styrdok: ${message} ${w.seeHelp}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`styrdok: ${error.message} ${words[lang].seeHelp}\n`);
      return 2;
    }
    const detail = io.env.STYRDOK_DEBUG ? String((error as Error).stack) : String((error as Error).message ?? error);
    io.stderr(`${words[lang].internal}: ${detail}\n`);
    return 2;
  }
}
