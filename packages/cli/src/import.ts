// `styrdok import`: a PDF, or the text pdftotext makes of one, becomes a draft document folder
// (the layout `styrdok new` writes) with its words cleaned into chapters and its goals, measures
// and responsibilities proposed for an editor to confirm. Nothing is written unless all of it
// can be: a bad file gives findings and no folder, and an existing id is never overwritten.
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, type Stats, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { dayOf, defaultContentPath, type EnumLabel, enumLabels, idWords, isWithin, type Lang, type LoadOptions, loadContent, MAX_FILE_BYTES, report, today } from "@styrdok/core";
import { clean, type ImportProblem, importReport, LIMITS, proposeCandidates, type ReadResult, readSource, registryOf, wordsOf, writeDraft } from "@styrdok/import";
import { VFile } from "vfile";
import { enumValue, isWellFormedId, listValue, type NewValues, stringValue, takenIds } from "./new.ts";
import { countFindings, summaryLine, textReport } from "./reporters.ts";

export const importOptions = {
  report: { type: "string" },
} as const;

/** What main parsed for import: `new`'s --kind, --county, --id and --title, and --report. */
export type ImportValues = NewValues & { report?: string | boolean | string[] };

export class ImportError extends Error {}

const words = {
  sv: {
    needsFile: "import behöver en fil: styrdok import strategi.pdf --kind strategi --county dalarna (en PDF, eller text från pdftotext).",
    tooManyFiles: "import tar en fil i taget.",
    noFile: (file: string) => `filen ${file} finns inte.`,
    notFile: (file: string) => `${file} är ingen fil.`,
    needsFlag: (flag: string, example: string) => `import behöver --${flag}, t.ex. --${flag} ${example}.`,
    unknownKind: (written: string, allowed: string) => `dokumentslaget "${written}" finns inte. Tillåtna: ${allowed}.`,
    unknownCounty: (written: string) => `det finns inget län "${written}". Skriv länets namn, t.ex. --county dalarna eller --county "Västernorrlands län".`,
    badId: (id: string) => `--id "${id}" är inget giltigt id: bara a–z, 0–9 och bindestreck (å, ä → a, ö → o), t.ex. "dalarna-handlingsplan-2025".`,
    idExists: (id: string, where: string) => `id:t "${id}" finns redan (${where}). import skriver aldrig över något; ange ett annat id med --id.`,
    folderExists: (folder: string) => `mappen ${folder} finns redan. import skriver aldrig över något; ange ett annat id med --id.`,
    refused: (file: string) => `Inget importerades från ${file}; ingen mapp skapades.`,
    madeErrors: "utkastet fick fel när det kontrollerades, så det togs bort igen. Det är ett fel i styrdok; fynden:",
    created: (folder: string, chapters: number) => `Skapade ${folder}/ med index.md och ${chapters} kapitel (draft: true).`,
    wroteReport: (file: string) => `Rapporten står i ${file}.`,
    reportExists: (file: string) => `${file} finns redan; import skriver aldrig över en fil. Ange en ny fil med --report.`,
    reportFolderMissing: (file: string) => `mappen för rapporten ${file} finns inte. Skapa den först, eller ange en annan fil med --report.`,
    noContent: (folder: string) => `det finns ingen mapp ${folder} här. Kör import i styrdok-arkivet (där mappen content finns).`,
    noIdWords: (id: string) => `"${id}" blir inget giltigt id. Ange ett med --id, t.ex. --id dalarna-handlingsplan-2025.`,
    chapterTooLarge: (file: string, size: number) =>
      `kapitlet ${file} skulle bli ${size} byte, mer än en innehållsfil får vara (${MAX_FILE_BYTES}). Texten saknar rubriker att dela den vid; dela upp filen och importera delarna.`,
    reportInContent: (file: string) => `rapporten kan inte ligga i mappen content (${file}), där varje .md-fil är innehåll. Lägg den utanför, t.ex. --report import-rapport.md.`,
    check: (summary: string, codes: string, folder: string) =>
      `Kontroll av utkastet: ${summary}${codes ? ` (${codes})` : ""} Varje förslag är en varning att gå igenom: npm run styrdok -- validate ${folder}`,
  },
  en: {
    needsFile: "import needs a file: styrdok import strategy.pdf --kind strategy --county dalarna (a PDF, or the text pdftotext makes of one).",
    tooManyFiles: "import takes one file at a time.",
    noFile: (file: string) => `the file ${file} does not exist.`,
    notFile: (file: string) => `${file} is not a file.`,
    needsFlag: (flag: string, example: string) => `import needs --${flag}, e.g. --${flag} ${example}.`,
    unknownKind: (written: string, allowed: string) => `there is no document kind "${written}". Allowed: ${allowed}.`,
    unknownCounty: (written: string) => `there is no county "${written}". Write the county's name, e.g. --county dalarna.`,
    badId: (id: string) => `--id "${id}" is not a valid id: only a–z, 0–9 and hyphens, e.g. "dalarna-handlingsplan-2025".`,
    idExists: (id: string, where: string) => `the id "${id}" exists already (${where}). import never overwrites anything; give another id with --id.`,
    folderExists: (folder: string) => `the folder ${folder} exists already. import never overwrites anything; give another id with --id.`,
    refused: (file: string) => `Nothing was imported from ${file}; no folder was made.`,
    madeErrors: "the draft had errors when checked, so it was taken away again. This is a bug in styrdok; the findings:",
    created: (folder: string, chapters: number) => `Created ${folder}/ with index.md and ${chapters} chapters (draft: true).`,
    wroteReport: (file: string) => `The report is in ${file}.`,
    reportExists: (file: string) => `${file} exists already; import never overwrites a file. Name a new one with --report.`,
    reportFolderMissing: (file: string) => `the folder of the report ${file} does not exist. Make it first, or name another file with --report.`,
    noContent: (folder: string) => `there is no folder ${folder} here. Run import in the styrdok repository (where the content folder is).`,
    noIdWords: (id: string) => `"${id}" makes no valid id. Give one with --id, e.g. --id dalarna-handlingsplan-2025.`,
    chapterTooLarge: (file: string, size: number) =>
      `the chapter ${file} would be ${size} bytes, more than a content file may be (${MAX_FILE_BYTES}). The text has no headings to split it at; split the file and import the parts.`,
    reportInContent: (file: string) => `the report cannot go in the content folder (${file}), where every .md file is content. Put it outside, e.g. --report import-report.md.`,
    check: (summary: string, codes: string, folder: string) =>
      `Check of the draft: ${summary}${codes ? ` (${codes})` : ""} Each proposal is a warning to go through: npm run styrdok -- validate ${folder}`,
  },
};

/** What is at a path, symbolic links not followed: a dangling link is something too. */
function lstatOf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** The draft's own warnings first, then the rest. */
function codeOrder(code: string): number {
  return code === "document-draft" ? 0 : code === "item-proposed" ? 1 : 2;
}

/** The problems of the input file as findings on it, so that they read like every other finding. */
function problemReport(path: string, problems: ImportProblem[], lang: Lang): string {
  const file = new VFile({ path });
  for (const problem of problems) {
    const finding = report(file, problem.code, problem.place ? { start: problem.place } : { start: { line: 1, column: 1 } }, problem.params as never);
    finding.fatal = true;
  }
  return textReport([file], lang, false);
}

export async function importCommand(
  args: string[],
  values: ImportValues,
  lang: Lang,
  io: { cwd: string; env: Record<string, string | undefined>; stdout: (text: string) => void; stderr: (text: string) => void },
  options: LoadOptions,
): Promise<number> {
  const w = words[lang];
  try {
    if (args.length === 0) throw new ImportError(w.needsFile);
    if (args.length > 1) throw new ImportError(w.tooManyFiles);
    const root = defaultContentPath(io.cwd);
    if (!existsSync(root)) throw new ImportError(w.noContent(relative(io.cwd, root) || root));
    const input = resolve(io.cwd, args[0]!);
    const shown = relative(io.cwd, input) || args[0]!;
    if (!existsSync(input)) throw new ImportError(w.noFile(shown));
    const stat = statSync(input);
    if (!stat.isFile()) throw new ImportError(w.notFile(shown));

    const kindWritten = stringValue(values, "kind");
    if (!kindWritten) throw new ImportError(w.needsFlag("kind", "strategi"));
    const kind = enumValue("DocumentKind", kindWritten);
    if (!kind) throw new ImportError(w.unknownKind(kindWritten, Object.keys(enumLabels.DocumentKind).join(", ")));
    const countiesWritten = listValue(values, "county") ?? [];
    if (countiesWritten.length === 0) throw new ImportError(w.needsFlag("county", "dalarna"));
    const counties = [
      ...new Set(
        countiesWritten.map((written) => {
          const county = enumValue("County", written) ?? enumValue("County", written.replace(/s? län$/i, ""));
          if (!county) throw new ImportError(w.unknownCounty(written));
          return county;
        }),
      ),
    ];
    // The report goes beside the content, never into it, and never over a file.
    const reportFile = typeof values.report === "string" ? values.report : undefined;
    const reportPath = reportFile === undefined ? undefined : resolve(io.cwd, reportFile);
    if (reportPath && lstatOf(reportPath)) throw new ImportError(w.reportExists(reportFile!));
    if (reportPath && !existsSync(dirname(reportPath))) throw new ImportError(w.reportFolderMissing(reportFile!));
    // Through symbolic links too: the content folder and the report's folder as they really are.
    if (reportPath && isWithin(realpathSync(root), join(realpathSync(dirname(reportPath)), basename(reportPath)))) throw new ImportError(w.reportInContent(reportFile!));
    const givenId = stringValue(values, "id");
    if (givenId !== undefined && !isWellFormedId(givenId)) throw new ImportError(w.badId(givenId));

    // A file far larger than any PDF is refused before it is read into memory.
    const tooLarge = stat.size > LIMITS.pdfBytes;
    const read: ReadResult = tooLarge
      ? { ok: false, problems: [{ code: "import-too-large", params: { size: stat.size, limit: LIMITS.pdfBytes, unit: "bytes" } }] }
      : await readSource(new Uint8Array(readFileSync(input)));
    if (!read.ok) {
      io.stderr(problemReport(shown, read.problems, lang));
      io.stderr(`${w.refused(shown)}\n`);
      return 1;
    }
    const source = read.source;
    const cleaned = clean(source, wordsOf(source));
    if (!cleaned.blocks.some((block) => block.kind !== "heading")) {
      io.stderr(problemReport(shown, [{ code: "import-no-text", params: {} }], lang));
      io.stderr(`${w.refused(shown)}\n`);
      return 1;
    }

    const content = await loadContent([root], options);
    const ids = takenIds(content);
    const candidates = proposeCandidates(cleaned.blocks, registryOf(content.corpus, counties));
    const title = stringValue(values, "title");
    const kindWord = idWords((enumLabels.DocumentKind as Record<string, EnumLabel>)[kind]!.title);
    const year = candidates.validity?.from?.slice(0, 4);
    const id = givenId ?? (year ? `${counties[0]}-${kindWord}-${year}` : `${counties[0]}-${kindWord}-${idWords(title ?? basename(input).replace(/\.[^.]+$/, ""), 40)}`);
    if (!isWellFormedId(id)) throw new ImportError(w.noIdWords(id));
    const existing = ids.get(id);
    if (existing) throw new ImportError(w.idExists(id, existing));
    const folder = join(root, "documents", id);
    const shownFolder = relative(io.cwd, folder);
    if (lstatOf(folder)) throw new ImportError(w.folderExists(shownFolder));

    const draft = writeDraft(source, cleaned, candidates, {
      id,
      kind,
      counties,
      ...(title ? { title } : {}),
      fileName: basename(input),
      today: dayOf(io.env.STYRDOK_TODAY) ?? today(),
      taken: new Set(ids.keys()),
    });

    for (const [name, text] of draft.files) {
      const size = Buffer.byteLength(text);
      if (size > MAX_FILE_BYTES) throw new ImportError(w.chapterTooLarge(name, size));
    }
    // All files first in a folder of their own beside the documents, then one rename: an
    // interrupted import leaves no half a document.
    const staging = join(root, "documents", `.${id}.import-${process.pid}`);
    try {
      mkdirSync(staging, { recursive: true });
      for (const [name, text] of draft.files) writeFileSync(join(staging, name), text);
      renameSync(staging, folder);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    const after = await loadContent([root], options);
    const written = after.files.filter((file) => isWithin(folder, resolve(io.cwd, file.path)));
    if (written.some((file) => file.messages.some((message) => message.fatal === true))) {
      rmSync(folder, { recursive: true, force: true });
      io.stderr(`styrdok: ${w.madeErrors}\n${textReport(written, lang, false)}`);
      return 2;
    }
    const actorNames = new Map(content.corpus.actors.map((actor) => [actor.id, actor.name]));
    const text = importReport({ fileName: basename(input), folder: shownFolder, source, cleaned, candidates, draft, actorNames });
    if (reportPath) writeFileSync(reportPath, text, { flag: "wx" });
    else io.stdout(text);
    io.stderr(`${w.created(shownFolder, draft.chapters.length)}\n`);
    if (reportFile) io.stderr(`${w.wroteReport(reportFile)}\n`);
    const counts = new Map<string, number>();
    for (const file of written) for (const message of file.messages) counts.set(message.ruleId ?? "", (counts.get(message.ruleId ?? "") ?? 0) + 1);
    io.stderr(
      `${w.check(
        summaryLine(countFindings(written), lang),
        [...counts]
          .sort(([a], [b]) => codeOrder(a) - codeOrder(b) || a.localeCompare(b))
          .map(([code, count]) => `${count} ${code}`)
          .join(", "),
        shownFolder,
      )}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      io.stderr(`styrdok: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
