// The cleaned blocks and the proposals, written as a document folder in the repository's own
// layout: index.md with the document's metadata, marked as an unreviewed draft, and a chapter
// file per top-level heading with its prose in the body and its proposals in the frontmatter.
import { formatContent, idWords, markdownEscaped } from "@styrdok/core";
import { stringify } from "yaml";
import type { Candidates, Citation } from "./candidates.ts";
import { type Block, type Cleaned, FOOTNOTE_MARK, type Footnote, footnoteMark, withoutMarks } from "./clean.ts";
import type { SourceLine, SourceText } from "./source.ts";

export interface DraftOptions {
  id: string;
  kind: string;
  counties: string[];
  /** The title as the editor gave it; otherwise the first line of the first page is proposed. */
  title?: string;
  /** The file the text came from, as the editor named it. */
  fileName: string;
  /** YYYY-MM-DD. */
  today: string;
  /** Ids already in the content: chapter and item ids must not clash with them. */
  taken: Set<string>;
}

export interface DraftChapter {
  file: string;
  id: string;
  title: string;
  /** A title of styrdok's own, for text that stands before the document's first heading. */
  titleInferred?: boolean;
  label?: string;
  blocks: Block[];
  footnotes: Footnote[];
}

export interface Draft {
  /** File name (within the document's folder) → text. */
  files: Map<string, string>;
  chapters: DraftChapter[];
  title: string;
  titleProposed: boolean;
  counts: { goals: number; measures: number; responsibilities: number; paragraphs: number; listItems: number; footnotes: number };
}

/** Where an editor finds a line: "sida 4, rad 12" in a PDF, "rad 412 (sida 9)" or "rad 412" in a text file. */
export function placeOfLine(line: SourceLine): string {
  if (line.lineOnPage && line.page !== undefined) return `sida ${line.page}, rad ${line.line}`;
  return line.page !== undefined ? `rad ${line.line} (sida ${line.page})` : `rad ${line.line}`;
}

/** Prose as Markdown: the source's words, with what Markdown would read as markup escaped, and the footnote references the cleaning placed. */
function markdownText(text: string): string {
  return text
    .split(FOOTNOTE_MARK)
    .map((part, index) => (index % 2 === 1 ? `[^${part}]` : markdownEscaped(part)))
    .join("");
}

/** A title as a title is written: its first line's words, at most 200 characters, cut between words. */
function shortTitle(text: string): string {
  const words = text.replace(/\s+/g, " ").trim();
  if (words.length <= 200) return words;
  const cut = words.slice(0, 200);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 100 ? cut.lastIndexOf(" ") : 200)} …`;
}

/** Splits the blocks into chapters at each top-level heading. */
function chaptersOf(cleaned: Cleaned, options: DraftOptions, used: Set<string>): DraftChapter[] {
  const chapters: DraftChapter[] = [];
  const start = (title: string, label?: string, inferred = false) => {
    const words = idWords(title, 50) || idWords(label ?? "", 50) || "kapitel";
    let id = `${options.id}-${words}`;
    for (let n = 2; used.has(id); n++) id = `${options.id}-${words}-${n}`;
    used.add(id);
    chapters.push({ file: "", id, title, ...(label ? { label } : {}), ...(inferred ? { titleInferred: true } : {}), blocks: [], footnotes: [] });
  };
  for (const block of cleaned.blocks) {
    if (block.kind === "heading" && block.level === 1) {
      start(block.text, block.label);
      continue;
    }
    if (chapters.length === 0) start("Inledande text", undefined, true);
    chapters.at(-1)!.blocks.push(block);
  }
  if (chapters.length === 0) start("Text", undefined, true);
  const digits = Math.max(2, String(chapters.length).length);
  chapters.forEach((chapter, index) => {
    chapter.file = `${String(index + 1).padStart(digits, "0")}-${idWords(chapter.title, 40) || "kapitel"}.md`;
  });
  // A note goes with the chapter that refers to it, or else where it stood.
  for (const footnote of cleaned.footnotes) {
    const marker = footnoteMark(footnote.label);
    const home = chapters.find((chapter) => chapter.blocks.some((block) => block.text.includes(marker))) ?? chapterAt(chapters, footnote.lines[0]!) ?? chapters.at(-1)!;
    home.footnotes.push(footnote);
  }
  return chapters;
}

function chapterAt(chapters: DraftChapter[], line: SourceLine): DraftChapter | undefined {
  let found: DraftChapter | undefined;
  for (const chapter of chapters) {
    const first = chapter.blocks[0]?.lines[0];
    if (first && (first.page ?? 0) * 1e6 + first.line <= (line.page ?? 0) * 1e6 + line.line) found = chapter;
  }
  return found;
}

function bodyOf(chapter: DraftChapter): string {
  const parts: string[] = [];
  let list: string[] = [];
  let ordered = false;
  const flush = () => {
    if (list.length > 0) parts.push(list.join("\n"));
    list = [];
  };
  for (const block of chapter.blocks) {
    if (block.kind === "list-item") {
      if (list.length > 0 && ordered !== block.ordered) flush();
      ordered = block.ordered;
      // A numbered item keeps its number in the file; Markdown shows a list from its first number.
      list.push(
        block.ordered && /^\d/.test(block.marker)
          ? `${block.marker.replace(")", ".")} ${markdownText(block.text)}`
          : `- ${block.ordered ? `${markdownEscaped(block.marker)} ` : ""}${markdownText(block.text)}`,
      );
      continue;
    }
    flush();
    if (block.kind === "heading") parts.push(`${"#".repeat(block.level)} ${markdownText(block.label ? `${block.label} ${block.text}` : block.text)}`);
    else parts.push(markdownText(block.text));
  }
  flush();
  for (const footnote of chapter.footnotes) parts.push(`[^${footnote.label}]: ${markdownText(footnote.text)}`);
  return parts.join("\n\n");
}

function citationData(citations: Citation[]) {
  return citations.length > 0
    ? citations.map((citation) => ({
        source: citation.source,
        ...(citation.chapter ? { chapter: citation.chapter } : {}),
        ...(citation.section ? { section: citation.section } : {}),
        text: citation.text,
      }))
    : undefined;
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, child]) => child !== undefined)) as T;
}

/** A content file: YAML frontmatter and a Markdown body, in the canonical form `styrdok fmt` writes. */
function contentFile(data: Record<string, unknown>, body: string): string {
  const text = `---\n${stringify(data, { lineWidth: 0 })}---\n${body ? `\n${body}\n` : ""}`;
  const formatted = formatContent(text);
  return formatted.ok ? formatted.text : text;
}

export function writeDraft(source: SourceText, cleaned: Cleaned, candidates: Candidates, options: DraftOptions): Draft {
  // One set of ids for chapters and items alike: a chapter "MÅL 1" must not take "…-mal-1" from a goal.
  const used = new Set(options.taken);
  const chapters = chaptersOf(cleaned, options, used);
  const numbered = new Map<string, number>();
  const nextId = (stem: string) => {
    let n = numbered.get(stem) ?? 0;
    let id: string;
    do id = `${options.id}-${stem}-${++n}`;
    while (used.has(id));
    numbered.set(stem, n);
    used.add(id);
    return id;
  };
  const chapterOfBlock = new Map<Block, DraftChapter>();
  for (const chapter of chapters) for (const block of chapter.blocks) chapterOfBlock.set(block, chapter);
  const items = new Map<DraftChapter, { goals: unknown[]; measures: unknown[]; responsibilities: unknown[] }>();
  const itemsOf = (chapter: DraftChapter) => {
    const found = items.get(chapter) ?? { goals: [], measures: [], responsibilities: [] };
    items.set(chapter, found);
    return found;
  };
  const counts = { goals: 0, measures: 0, responsibilities: 0, paragraphs: 0, listItems: 0, footnotes: cleaned.footnotes.length };
  for (const block of cleaned.blocks) {
    if (block.kind === "paragraph") counts.paragraphs++;
    if (block.kind === "list-item") counts.listItems++;
  }
  // A proposal is written only where its text stands in a chapter's body: the validator holds verbatim fields to that.
  const home = (index: number) => chapterOfBlock.get(cleaned.blocks[index]!);
  for (const goal of candidates.goals) {
    const chapter = home(goal.block);
    if (!chapter) continue;
    counts.goals++;
    itemsOf(chapter).goals.push(withoutUndefined({ id: nextId("mal"), level: goal.level, label: goal.label, text: withoutMarks(goal.text), proposed: true, proposedFrom: placeOfLine(goal.line) }));
  }
  for (const measure of candidates.measures) {
    const chapter = home(measure.block);
    if (!chapter) continue;
    counts.measures++;
    itemsOf(chapter).measures.push(
      withoutUndefined({
        id: nextId("atgard"),
        kind: measure.kind,
        text: withoutMarks(measure.text),
        leadIn: measure.leadIn,
        group: measure.group,
        responsible: measure.responsible.length > 0 ? measure.responsible : undefined,
        legalBasis: citationData(measure.legalBasis),
        proposed: true,
        proposedFrom: placeOfLine(measure.line),
      }),
    );
  }
  for (const responsibility of candidates.responsibilities) {
    const chapter = home(responsibility.block);
    if (!chapter) continue;
    counts.responsibilities++;
    itemsOf(chapter).responsibilities.push(
      withoutUndefined({
        id: nextId("ansvar"),
        actor: responsibility.actor,
        unit: responsibility.unit,
        actorLabel: responsibility.actorLabel,
        modality: responsibility.modality,
        modalityText: responsibility.modalityText,
        text: withoutMarks(responsibility.text),
        leadIn: responsibility.leadIn,
        legalBasis: citationData(responsibility.legalBasis),
        proposed: true,
        proposedFrom: placeOfLine(responsibility.line),
      }),
    );
  }

  const firstLine = cleaned.blocks.find((block) => block.kind !== "list-item");
  const title = options.title ?? shortTitle(source.title ?? (firstLine ? withoutMarks(firstLine.text) : options.fileName));
  const titleProposed = options.title === undefined;
  const titleFrom = source.title ? "PDF:ens metadata (Title)" : firstLine ? `första textraden, ${placeOfLine(firstLine.lines[0]!)}` : "filnamnet";
  const files = new Map<string, string>();
  const gaps = source.pagesWithoutText.map((page) => ({
    id: `${options.id}-gap-sida-${page}`,
    kind: "page",
    location: `sida ${page}`,
    description: `Sidan har inget textlager i PDF:en (den är troligen inskannad eller en bild), så dess text saknas här. Skriv in den från PDF:en eller beskriv vad den innehåller.`,
  }));
  const index = withoutUndefined({
    type: "document",
    id: options.id,
    kind: options.kind,
    title,
    titleBasis: titleProposed ? "inferred" : undefined,
    titleNote: titleProposed ? `Föreslagen av styrdok import ur ${titleFrom}. Kontrollera mot källan.` : undefined,
    counties: options.counties,
    draft: true,
    status: "unknown",
    // Figures and tables may have been images: only a person who has read the PDF can say the text is complete.
    textAvailability: "partial",
    textNote: `Importerad ${options.today} med styrdok import från ${options.fileName}. Texten är rensad maskinellt och inte granskad mot källan; figurer och tabeller som var bilder saknas.`,
    note: candidates.validity ? `Giltighetstiden är föreslagen av styrdok import ur "${candidates.validity.text}" (${placeOfLine(candidates.validity.line)}); kontrollera den mot källan.` : undefined,
    validity: candidates.validity ? withoutUndefined({ from: candidates.validity.from, to: candidates.validity.to, text: candidates.validity.text }) : undefined,
    source: withoutUndefined({
      extract: /^[A-Za-z0-9_.-]+$/.test(options.fileName) ? options.fileName : undefined,
      pages: source.pages,
      note: `Importerad från ${options.fileName} (${source.format === "pdf" ? "PDF" : "text"}${source.pages ? `, ${source.pages} sidor` : ""}) med styrdok import ${options.today}.`,
    }),
    gaps: gaps.length > 0 ? gaps : undefined,
  });
  files.set("index.md", contentFile(index, ""));
  for (const chapter of chapters) {
    const found = items.get(chapter);
    const data = withoutUndefined({
      type: "chapter",
      id: chapter.id,
      title: chapter.title,
      titleBasis: chapter.titleInferred ? "inferred" : undefined,
      label: chapter.label,
      goals: found?.goals.length ? found.goals : undefined,
      measures: found?.measures.length ? found.measures : undefined,
      responsibilities: found?.responsibilities.length ? found.responsibilities : undefined,
      note: chapter.titleInferred
        ? "Rubriken är styrdok imports: texten stod före dokumentets första rubrik (ofta titelsidan). Ge kapitlet källans rubrik, eller för in texten där den hör hemma."
        : undefined,
    });
    files.set(chapter.file, contentFile(data, bodyOf(chapter)));
  }
  return { files, chapters, title, titleProposed, counts };
}
