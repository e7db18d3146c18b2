// From the lines a PDF's text layer gives to the blocks of a document: paragraphs, headings, list
// items and footnotes, with the page furniture dropped and said so. The rules are those the
// encoders of the first five documents applied by hand: lines joined into paragraphs, hyphens at
// line ends undone only where that makes a word, page numbers, running heads and tables of
// contents dropped, footnote numbers glued to words separated and their notes collected.
import type { SourceLine, SourceText } from "./source.ts";

export type Block = (
  | { kind: "heading"; text: string; level: 1 | 2 | 3; label?: string; lines: SourceLine[] }
  | { kind: "paragraph"; text: string; lines: SourceLine[] }
  | { kind: "list-item"; text: string; ordered: boolean; marker: string; lines: SourceLine[] }
) & {
  /** Whether the block begins a page: a heading there is likelier a chapter's. */
  startsPage?: boolean;
};

export interface Footnote {
  label: string;
  text: string;
  lines: SourceLine[];
  /** Whether the number was found glued to a word of the text before it. */
  referenced: boolean;
}

export type DropReason = "page-number" | "running-head" | "table-of-contents";

/**
 * A footnote reference as the cleaning places it in a block's text: apart from any "[^1]" the
 * source itself writes, which stays text. The draft writes it as Markdown's [^1].
 */
export function footnoteMark(label: string): string {
  return `\u0001${label}\u0002`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the marks are control characters so that no source text can hold them.
export const FOOTNOTE_MARK = /\u0001([^\u0002]+)\u0002/g;

/** A block's text without its footnote references: the words an item quotes. */
export function withoutMarks(text: string): string {
  return text.replace(FOOTNOTE_MARK, "");
}

export interface Dropped {
  reason: DropReason;
  line: SourceLine;
}

export interface Cleaned {
  blocks: Block[];
  footnotes: Footnote[];
  dropped: Dropped[];
  /** Hyphens at line ends kept because the joined word is no word ("arbets- och", "EU-kommissionen"). */
  keptHyphens: SourceLine[];
}

/** What is known of Swedish words, to undo hyphenation at line ends. */
export interface Words {
  /** A word of the dictionary (in one of its forms) or a compound of such words. */
  known(word: string): boolean;
  /** A word the document itself writes inside a line, where no line end can have broken it. */
  own(word: string): boolean;
  /**
   * Spelled right by the hunspell dictionary, with all its inflections and free compounding:
   * too lenient to guess a word break with no hyphen, right for a break with one.
   */
  spelled(word: string): boolean;
}

const BULLET = /^([•●▪■◦○·∙►➢✓\u2022\uf0b7\uf0a7\uf0d8\uf076\uf0fc*]|[-–—](?=\s))\s*/;
const ORDERED = /^(\d{1,2}|[a-z])([.)])\s+(?=\S)/;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:sida|sid\.|s\.|page)\s*)?(\d{1,4})(?:\s*(?:\(\d{1,4}\)|av\s+\d{1,4}|\/\s*\d{1,4}))?(?:\s*[-–—])?$/i;
const TOC_LINE = /(?:\.{3,}|…{2,}|(?:\s\.){3,}|_{4,})\s*\d{1,4}$/;
const LETTER = "A-Za-zÅÄÖÉÜåäöéüß";
const WORD_END = new RegExp(`([${LETTER}]{2,})-$`);
const WORD_START = new RegExp(`^([${LETTER}]+)`);
const WORD_TAIL = new RegExp(`([${LETTER}]{2,})$`);
/** A line that starts a numbered goal or measure: "Mål 2: …", "Åtgärd 3.1 …". */
const LABELLED_ITEM = /^(?:Vision|Övergripande mål|Delmål|Mål|Målområde|Insatsområde|Åtgärd|Insats|Aktivitet)\s+\d+(?:\.\d+)*[a-z]?\s*[:.–-]\s/;
const ADDRESS_LINE = /^(?:https?:\/\/|www\.)\S+$/;
const CONNECTIVE_END = /\b(FÖR|OCH|TILL|AV|I|PÅ|MED|OM|MOT|SOM|INOM|VID|ATT|EN|ETT|DEN|DET|SAMT|ELLER)$/;
const CONNECTIVE_START = /^(OCH|SAMT|ELLER|FÖR|I|AV|MED|MOT|TILL)\b/;
const SUSPENDED = /^(och|eller|samt|resp\.?|respektive|till|som|men|,)\b/i;

interface Line {
  text: string;
  source: SourceLine;
  /** The first line of a page, where pages are known or hinted at. */
  pageStart: boolean;
  /** Blank lines before it (on the same page). */
  gap: number;
  /**
   * Where the extractor ends lines with a space (pdftotext does), a line that ends in a letter
   * without one breaks a word: the PDF had a soft hyphen there, which pdftotext drops.
   */
  wordGoesOn?: boolean;
  /** pdftotext ends the last line of a paragraph with two spaces where it saw the paragraph end. */
  paragraphEnd?: boolean;
  /** A list item whose bullet pdftotext lost: one space where the bullet stood, after a lead-in. */
  lostBullet?: boolean;
}

/** The shape of a line an editor would call a heading, with its numbering. */
function headingShape(text: string): { level: 1 | 2 | 3; label?: string; title: string } | undefined {
  if (text.length > 120 || /[,;]$/.test(text)) return undefined;
  const part = /^((?:Del|Bilaga|Kapitel|Avsnitt)\s+\d{1,2})\s*[:.–-]?\s*(.*)$/i.exec(text);
  if (part && !/[.!?]$/.test(text)) return { level: 1, label: part[1]!, title: part[2] || part[1]! };
  const numbered = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(\S.*)$/.exec(text);
  if (numbered) {
    const title = numbered[2]!;
    if (/[.!?:]$/.test(title) || title.length > 100 || !/^[A-ZÅÄÖÉ]/.test(title)) return undefined;
    const depth = numbered[1]!.split(".").length;
    return { level: depth === 1 ? 1 : depth === 2 ? 2 : 3, label: numbered[1]!, title };
  }
  const letters = text.replace(new RegExp(`[^${LETTER}]`, "g"), "");
  if (letters.length >= 3 && letters === letters.toUpperCase() && letters.length / text.replace(/\s/g, "").length > 0.6 && text.length <= 90) return { level: 2, title: text };
  return undefined;
}

/** A line that reads as a title: short, capitalised, a few words, no sentence end. */
function titleLike(text: string, width: number): boolean {
  return text.length < Math.max(25, width * 0.6) && /^[A-ZÅÄÖÉ]/.test(text) && !/[.,;:!?]$/.test(text) && text.split(" ").length <= 12 && !BULLET.test(text) && !/\d{5,}/.test(text);
}

function isListStart(text: string): boolean {
  return BULLET.test(text) || ORDERED.test(text);
}

function endsSentence(text: string): boolean {
  return /[.!?:”"»)]$/.test(text);
}

function startsLower(text: string): boolean {
  return /^[a-zåäöéü(]/.test(text);
}

/** Typical full line length: lines shorter than most end a paragraph. */
function typicalWidth(lines: Line[]): number {
  const lengths = lines
    .map((line) => line.text.length)
    .filter((length) => length > 20)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)] ?? 60;
}

const FIT = 0.95;

/**
 * Lines that repeat on many pages near their top or bottom: running heads and feet. A number in
 * such a line may change from page to page only as the page number does ("Sida 3 av 12"), so
 * that "MÅL 1", "MÅL 2" … at the tops of pages stay.
 */
function runningHeads(pages: Line[][]): Set<string> {
  const counts = new Map<string, Array<{ page: number; numbers: number[] }>>();
  pages.forEach((page, pageIndex) => {
    const seen = new Set<string>();
    for (const line of [...page.slice(0, 3), ...page.slice(-3)]) {
      const key = headKey(line.text);
      if (key.length === 0 || key.length > 100 || seen.has(key)) continue;
      seen.add(key);
      const numbers = [...line.text.matchAll(/\d+/g)].map((match) => Number(match[0]));
      counts.set(key, [...(counts.get(key) ?? []), { page: pageIndex, numbers }]);
    }
  });
  const heads = new Set<string>();
  const needed = Math.max(3, Math.ceil(pages.length * 0.3));
  for (const [key, seen] of counts) {
    if (seen.length < needed) continue;
    // Each number either stays the same on every page or keeps step with the page.
    const width = seen[0]!.numbers.length;
    const steady = Array.from({ length: width }, (_, at) => {
      const values = seen.map((each) => each.numbers[at]!);
      const offsets = seen.map((each) => each.numbers[at]! - each.page);
      return new Set(values).size === 1 || new Set(offsets).size === 1;
    }).every(Boolean);
    if (steady) heads.add(key);
  }
  return heads;
}

function headKey(text: string): string {
  return text.replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * Splits the source into pages of non-blank lines, dropping page numbers and running heads.
 * Where the text has no page breaks, a standalone number that continues the page sequence is
 * taken as a page's end.
 */
function pagesOf(source: SourceText, dropped: Dropped[]): Line[][] {
  const pages: Line[][] = [];
  let page: Line[] = [];
  let gap = 0;
  let currentPage: number | undefined;
  let lastNumber = 0;
  let inList = false;
  const filled = source.lines.filter((line) => line.text.trim() !== "");
  const spacedEnds = filled.filter((line) => /\s$/.test(line.text)).length > filled.length * 0.6;
  const endPage = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    gap = 0;
  };
  for (const [lineIndex, source_] of source.lines.entries()) {
    const text = source_.text
      .replace(/[\t\u00a0\u2000-\u200a\u202f]/g, " ")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are extraction debris, and two of them mark footnotes here.
      .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, "")
      .replace(/ {2,}/g, " ")
      .trim()
      // A PDF's hyphenation point is a soft hyphen or U+2010 at the line's end: a hyphen to the cleaning.
      .replace(/[\u00ad\u2010]$/, "-")
      .replace(/\u00ad/g, "");
    if (source.pagesKnown && source_.page !== currentPage) {
      endPage();
      currentPage = source_.page;
    }
    if (text === "") {
      gap++;
      continue;
    }
    const number = PAGE_NUMBER.exec(text);
    if (number) {
      const value = Number(number[1]);
      // With known pages, a number alone at a page's top or bottom; without, one that continues the count.
      // A number among numbers is a table's, not a page's.
      const amongNumbers = /^\d[\d\s,.%]*$/.test(page.at(-1)?.text ?? "") || /^\d[\d\s,.%]*$/.test(nextText(source, lineIndex));
      const edge = source.pagesKnown
        ? page.length === 0 || isLastOnPage(source, source_)
        : value > lastNumber && value <= lastNumber + 4 && (gap > 0 || page.length === 0 || lastNumber === 0) && !amongNumbers;
      if (edge && value < 2000) {
        dropped.push({ reason: "page-number", line: source_ });
        lastNumber = value;
        if (!source.pagesKnown) endPage();
        continue;
      }
    }
    // pdftotext starts each page's first line with a space where the page had no running head,
    // and writes a space for a bullet it cannot read: after a lead-in ("… ska arbeta för att:") that is a list.
    const indented = /^ \S/.test(source_.text) && !BULLET.test(text);
    const previous = page.at(-1);
    const lostBullet: boolean = indented && !headingShape(text) && previous !== undefined && (/:$/.test(previous.text) || previous.lostBullet === true || (inList && !/^[A-ZÅÄÖ]/.test(text)));
    inList = lostBullet || (inList && !indented && startsLower(text));
    const hinted = !source.pagesKnown && indented && !lostBullet && page.length > 0;
    if (hinted) endPage();
    const wordGoesOn = spacedEnds ? /\p{L}$/u.test(source_.text) : undefined;
    const paragraphEnd = spacedEnds && /\S {2,}$/.test(source_.text);
    page.push({
      text,
      source: source_,
      pageStart: page.length === 0,
      gap: page.length === 0 ? 0 : gap,
      ...(wordGoesOn !== undefined ? { wordGoesOn } : {}),
      ...(paragraphEnd ? { paragraphEnd } : {}),
      ...(lostBullet ? { lostBullet } : {}),
    });
    gap = 0;
  }
  endPage();
  const heads = runningHeads(pages);
  if (heads.size === 0) return pages;
  return pages.map((lines) =>
    lines.filter((line, index) => {
      const atEdge = index < 3 || index >= lines.length - 3;
      const head = atEdge && heads.has(headKey(line.text));
      if (head) dropped.push({ reason: "running-head", line: line.source });
      return !head;
    }),
  );
}

/** The next line with text after the one at `index`. */
function nextText(source: SourceText, index: number): string {
  for (let at = index + 1; at < source.lines.length && at < index + 6; at++) {
    const text = source.lines[at]!.text.trim();
    if (text !== "") return text;
  }
  return "";
}

const lastLines = new WeakMap<SourceText, Map<number, number>>();

function isLastOnPage(source: SourceText, line: SourceLine): boolean {
  let last = lastLines.get(source);
  if (!last) {
    last = new Map();
    for (const each of source.lines) if (each.page !== undefined && each.text.trim() !== "") last.set(each.page, each.line);
    lastLines.set(source, last);
  }
  return line.page !== undefined && last.get(line.page) === line.line;
}

/**
 * A table of contents: lines ending in a page number after dot leaders, and the run of entries
 * under a heading "Innehåll", up to the first line that is no entry.
 */
function dropContents(pages: Line[][], dropped: Dropped[]): Line[][] {
  return pages.map((lines) => {
    let inContents = false;
    return lines.filter((line) => {
      const heading = /^(innehåll|innehållsförteckning|innehåll och läsanvisning)$/i.test(line.text);
      const entry = TOC_LINE.test(line.text) || (inContents && line.gap <= 1 && /\s\d{1,3}$/.test(line.text));
      inContents = heading || (inContents && entry);
      if (heading || entry) dropped.push({ reason: "table-of-contents", line: line.source });
      return !(heading || entry);
    });
  });
}

/** Joins a line to the next: a hyphen at the end undone where the two halves make a word. */
function joinLines(before: string, after: string, words: Words, keptHyphens: SourceLine[], at: SourceLine, wordGoesOn?: boolean): string {
  // Only the end of the text so far matters: a block can grow to thousands of lines.
  const end = before.slice(-80);
  // A web address is never joined to a word, nor its hyphen taken away.
  if (/(?:https?:|www\.|\/)\S*$/.test(end) || /^(?:https?:|www\.)/.test(after)) return `${before} ${after}`;
  if (wordGoesOn === true && /^[a-zåäöéü]/.test(after)) return `${before}${after}`;
  const hyphen = WORD_END.exec(end);
  const start = WORD_START.exec(after);
  if (hyphen && start) {
    // "arbets- och" is a shared second part, not a broken word.
    if (SUSPENDED.test(after)) return `${before} ${after}`;
    const joined = `${hyphen[1]}${start[1]}`;
    // A compound the document writes with its hyphen elsewhere keeps it ("hbtqi-personer").
    const hyphenated = words.own(`${hyphen[1]}-${start[1]}`);
    // An abbreviation before the hyphen keeps it ("EU-", "IFO-").
    const abbreviation = /[A-ZÅÄÖ].*[A-ZÅÄÖ]/.test(hyphen[1]!);
    if (/^[a-zåäöéü]/.test(start[1]!) && !abbreviation && !hyphenated && (words.own(joined) || words.known(joined) || words.spelled(joined))) return `${before.slice(0, -1)}${after}`;
    keptHyphens.push(at);
    return `${before}${after}`;
  }
  if (wordGoesOn === false) return `${before} ${after}`;
  // A soft hyphen may have gone with no trace: "förutsätt" / "ningar", "åtgärds" / "områden".
  const tail = WORD_TAIL.exec(end);
  if (tail && start && /^[a-zåäöéü]{3}/.test(start[1]!)) {
    const first = tail[1]!.toLowerCase();
    const joined = `${first}${start[1]}`;
    const brokenWord = words.own(joined) && !words.own(first);
    const noWordAlone = !words.known(first) && !words.own(first) && words.known(joined);
    // A compound's first part with its linking s is no word in running text ("åtgärds områden");
    // a genitive is ("myndighetens upptäckt").
    const linked = first.length >= 5 && first.endsWith("s") && !words.own(first) && !words.known(first) && words.known(joined);
    if (brokenWord || noWordAlone || linked) return `${before}${after}`;
  }
  return `${before} ${after}`;
}

/**
 * Whether `next` starts a new block after `line`, judged by the page's shape: a gap, a list
 * marker, a heading, or a sentence that ends on a short line.
 */
function startsBlock(previous: Line, next: Line, width: number, gapsMean: boolean, blockLines: number, blockWidth: number, after: Line | undefined): boolean | "title" {
  // A sentence that goes on in lower case after a gap is one paragraph ("utvecklar ett" / "våldsförebyggande arbete").
  const goesOn = startsLower(next.text) && !endsSentence(previous.text);
  if (gapsMean && next.gap > 0 && !goesOn) return true;
  if (next.gap >= 2 && !goesOn) return true;
  if (isListStart(next.text) || next.lostBullet || headingShape(next.text) || LABELLED_ITEM.test(next.text)) return true;
  // A web address alone on its line is debris from a note or a figure, not part of the sentence around it.
  if (ADDRESS_LINE.test(next.text) || ADDRESS_LINE.test(previous.text)) return true;
  if (headingShape(previous.text) && !startsLower(next.text)) return true;
  // A short line with no sentence end between two sentences is a heading of its own ("… mot våld." / "Ansvarsbeskrivning" / "Ett …").
  if (endsSentence(previous.text) && titleLike(next.text, width) && after && /^[”"«A-ZÅÄÖÉ]/.test(after.text) && !startsLower(next.text)) return true;
  // A sentence ends the line, and the next line's first word would have fitted after it: the
  // line did not wrap, so the paragraph ended there.
  const firstWord = next.text.split(" ")[0]!.length;
  if (
    endsSentence(previous.text) &&
    !startsLower(next.text) &&
    (previous.text.length < width * 0.8 || previous.paragraphEnd || previous.text.length + 1 + firstWord < (blockLines >= 2 ? Math.max(blockWidth, next.text.length) : width) * FIT)
  )
    return true;
  // A short line of its own, with no full stop, over a sentence: an unnumbered heading ("Inledning").
  // A line of its own with no sentence end, over a sentence that starts anew: an unnumbered heading.
  if (blockLines === 1 && titleLike(previous.text, width * 1.45) && /^[”"«A-ZÅÄÖÉ]/.test(next.text) && !isListStart(previous.text)) return "title";
  return false;
}

interface Glued {
  /** The block, and where in its text the number stands. */
  block: number;
  at: number;
  end: number;
  label: string;
}

/**
 * Where a footnote's number stands in a text: glued to the end of a word or a year
 * ("strategi1", "2018 - 20212"), or set apart by a space after a sentence or before a colon
 * ("samhällsaktörer. 3", "kan vara 15:"). The last such place; `end` is where the number ends.
 */
function gluedNumber(text: string, label: string): { at: number; end: number } | undefined {
  const n = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const patterns = [
    new RegExp(`(?<=[${LETTER}]{2}[.,:;”"»)]?|\\d\\))${n}(?=[\\s.,:;)–-]|$)`, "g"),
    new RegExp(`(?<=\\b(?:19|20)\\d\\d[.,]?)${n}(?=[\\s.,:;)]|$)`, "g"),
    new RegExp(`(?<=[${LETTER}]{2}[.!?”]) ${n}(?= [A-ZÅÄÖ]|$)`, "g"),
    new RegExp(`(?<=[${LETTER}]{2}) ${n}(?=[:])`, "g"),
  ];
  let found: { at: number; end: number } | undefined;
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      if (!found || match.index > found.at) found = { at: match.index, end: match.index + match[0].length };
    }
  }
  return found;
}

function footnoteStart(text: string): { label: string; rest: string } | undefined {
  // "1 Regeringens skrivelse …", or with the number glued to the note: "2Regional strategi …".
  const match = /^(\d{1,3})(?:\s+|(?=[A-ZÅÄÖ][a-zåäö]))(\S.*)$/.exec(text);
  if (!match || /^\d/.test(match[2]!) === true) return undefined;
  return { label: match[1]!, rest: match[2]! };
}

/**
 * Cleans a source into blocks. `words` decides where a hyphen at a line end joins a word:
 * a dictionary, with the document's own words added, does it best.
 */
export function clean(source: SourceText, words: Words): Cleaned {
  const dropped: Dropped[] = [];
  const keptHyphens: SourceLine[] = [];
  const pages = dropContents(pagesOf(source, dropped), dropped);
  for (const page of pages) for (const line of page) line.text = joinLigatures(line.text, words);
  const all = pages.flat();
  const width = typicalWidth(all);
  // Where nearly every line is followed by a blank one, a blank line says nothing.
  const withGap = all.filter((line) => line.gap > 0).length;
  const gapsMean = withGap < all.length * 0.7;
  const blocks: Block[] = [];
  const footnotes: Footnote[] = [];
  let nextFootnote = 1;
  let current: { block: Block; last: Line; width: number } | undefined;
  let note: Footnote | undefined;
  let noteLast: Line | undefined;
  const finish = () => {
    if (current) blocks.push(current.block);
    current = undefined;
  };
  for (const page of pages) {
    page.forEach((line, index) => {
      const atPageStart = index === 0;
      // A footnote: its number glued to a word of the text since the last one, near the page's foot.
      const start = footnoteStart(line.text);
      if (start && Number(start.label) >= nextFootnote && Number(start.label) <= nextFootnote + 2) {
        const marker = findMarker(blocks, current?.block, start.label);
        if (marker) {
          finish();
          note = { label: start.label, text: start.rest, lines: [line.source], referenced: true };
          noteLast = line;
          footnotes.push(note);
          nextFootnote = Number(start.label) + 1;
          return;
        }
      }
      if (note) {
        // A note goes on while its lines do not look like the page's text starting again.
        // After a web address, text in lower case is the page's text going on, not the note.
        const afterAddress = /(?:https?:|www\.)\S*$/.test(note.text);
        const goesOn = !atPageStart && ((startsLower(line.text) && !afterAddress) || (line.gap === 0 && (/^(\d|https?:|www\.)/.test(line.text) || (!endsSentence(note.text) && !afterAddress))));
        if (goesOn && !footnoteStart(line.text)) {
          // Notes set side by side come as one line: "… 2016–2020. 2 Isdal, Per. …".
          const next = new RegExp(`^(.*?[.)])\\s(${nextFootnote})\\s+(?=[A-ZÅÄÖ])(.*)$`).exec(line.text);
          if (next && findMarker(blocks, current?.block, next[2]!)) {
            note.text = joinLines(note.text, next[1]!, words, keptHyphens, line.source, noteLast?.wordGoesOn);
            note.lines.push(line.source);
            note = { label: next[2]!, text: next[3]!, lines: [line.source], referenced: true };
            noteLast = line;
            footnotes.push(note);
            nextFootnote++;
            return;
          }
          note.text = joinLines(note.text, line.text, words, keptHyphens, line.source, noteLast?.wordGoesOn);
          noteLast = line;
          note.lines.push(line.source);
          return;
        }
        note = undefined;
        // The paragraph the notes interrupted at the foot of a page goes on.
        const interrupted = blocks.at(-1);
        if (!current && startsLower(line.text) && interrupted?.kind === "paragraph" && !endsSentence(interrupted.text)) {
          blocks.pop();
          current = { block: interrupted, last: { ...line, text: interrupted.text, wordGoesOn: false }, width: line.text.length };
        }
      }
      if (current) {
        const starts = atPageStart ? undefined : startsBlock(current.last, line, width, gapsMean, current.block.lines.length, current.width, page[index + 1]);
        if (starts === "title" && current.block.kind === "paragraph") Object.assign(current.block, { kind: "heading", level: 2 });
        const continues = atPageStart
          ? // Across a page, a paragraph goes on where its sentence did not end: in lower case, or after a full line.
            !endsSentence(current.last.text) &&
            (startsLower(line.text) || current.last.text.length >= width * 0.85) &&
            !isListStart(line.text) &&
            !headingShape(line.text) &&
            current.block.kind !== "heading"
          : !starts && (current.block.kind !== "heading" || startsLower(line.text));
        // A heading in capitals goes on to the next line where one of them breaks a phrase ("MÄNNISKOHANDEL FÖR" / "SEXUELLA ÄNDAMÅL").
        const headingGoesOn =
          current.block.kind === "heading" &&
          !atPageStart &&
          headingShape(line.text)?.label === undefined &&
          isCapitals(current.block.text) &&
          isCapitals(line.text) &&
          line.gap <= 1 &&
          (CONNECTIVE_END.test(current.block.text) || CONNECTIVE_START.test(line.text));
        if (continues || headingGoesOn) {
          current.block.text = joinLines(current.block.text, line.text, words, keptHyphens, line.source, current.last.wordGoesOn);
          current.block.lines.push(line.source);
          current.last = line;
          current.width = Math.max(current.width, line.text.length);
          return;
        }
        finish();
      }
      current = { block: blockOf(line, atPageStart), last: line, width: line.text.length };
    });
  }
  finish();
  for (const block of blocks) if (block.kind === "heading") settleHeading(block);
  numberingInSequence(blocks);
  // A one-line paragraph that reads as a title, over text of its own, is a heading.
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (block.kind === "paragraph" && block.lines.length === 1 && titleLike(block.text, width) && next && next.kind !== "heading" && withoutMarks(block.text) === block.text) {
      Object.assign(block, { kind: "heading", level: 2 });
    }
  });
  const placed = placeMarkers(blocks, footnotes);
  return { blocks: placed, footnotes, dropped, keptHyphens };
}

/**
 * Text extraction splits some words where the font set "ff", "fi" or "fl" as one glyph:
 * "Knuff ar", "fl ing". The halves are joined where the whole is a word and the second half is
 * none, or where the first is the ligature alone.
 */
function joinLigatures(text: string, words: Words): string {
  return text.replace(/(?<![\p{L}])(\p{L}*(?:ff|fi|fl)) (\p{Ll}+)/gu, (whole, left: string, right: string) => {
    const joined = `${left}${right}`;
    if (/^(ff|fi|fl)$/i.test(left) || words.own(joined) || (words.known(joined) && !words.known(right) && !words.own(right))) return joined;
    return whole;
  });
}

function isCapitals(text: string): boolean {
  const letters = text.replace(new RegExp(`[^${LETTER}]`, "g"), "");
  return letters.length >= 2 && letters === letters.toUpperCase();
}

function blockOf(line: Line, pageStart: boolean): Block {
  const block = shapeOf(line, pageStart);
  if (pageStart) block.startsPage = true;
  return block;
}

function shapeOf(line: Line, pageStart: boolean): Block {
  if (line.lostBullet) return { kind: "list-item", text: line.text, ordered: false, marker: "-", lines: [line.source] };
  const bullet = BULLET.exec(line.text);
  if (bullet && line.text.length > bullet[0].length) return { kind: "list-item", text: line.text.slice(bullet[0].length), ordered: false, marker: "-", lines: [line.source] };
  const heading = headingShape(line.text);
  if (heading) return { kind: "heading", text: line.text, level: heading.level === 2 && pageStart ? 1 : heading.level, lines: [line.source] };
  const ordered = ORDERED.exec(line.text);
  if (ordered) return { kind: "list-item", text: line.text.slice(ordered[0].length), ordered: true, marker: `${ordered[1]}${ordered[2]}`, lines: [line.source] };
  return { kind: "paragraph", text: line.text, lines: [line.source] };
}

/** A heading's final title and numbering, once its lines are joined; a heading that grew into a sentence is a paragraph. */
function settleHeading(block: Block): void {
  const shape = headingShape(block.text);
  if (shape) {
    Object.assign(block, { text: shape.title, ...(shape.label ? { label: shape.label } : {}) });
    return;
  }
  const ordered = ORDERED.exec(block.text);
  if (ordered) Object.assign(block, { kind: "list-item", ordered: true, marker: `${ordered[1]}${ordered[2]}`, text: block.text.slice(ordered[0].length) });
  else if (/[.!?]$/.test(block.text)) Object.assign(block, { kind: "paragraph" });
  else return;
  delete (block as { level?: number }).level;
}

/**
 * Numbered top-level headings count 1, 2, 3 … from 1: a "7 Den regionala strategin …" between
 * 2 and 3 is a footnote or a numbered item, and stays text with its number.
 */
function numberingInSequence(blocks: Block[]): void {
  const numberOf = (block: Block | undefined) =>
    block?.kind === "heading" && block.label && /^\d+$/.test(block.label) ? Number(block.label) : block?.kind === "list-item" && block.ordered ? Number.parseInt(block.marker, 10) : undefined;
  // Numbered lines one after the other ("1. En jämn fördelning …", "2. Ekonomisk jämställdhet") are a list.
  blocks.forEach((block, index) => {
    const number = numberOf(block);
    if (block.kind !== "heading" || number === undefined) return;
    if (numberOf(blocks[index - 1]) === number - 1 || numberOf(blocks[index + 1]) === number + 1) {
      Object.assign(block, { kind: "list-item", ordered: true, marker: `${number}.` });
      delete (block as { label?: string }).label;
      delete (block as { level?: number }).level;
    }
  });
  let last: number | undefined;
  for (const block of blocks) {
    if (block.kind !== "heading" || !block.label || !/^\d+$/.test(block.label)) continue;
    const number = Number(block.label);
    if (last === undefined ? number === 1 : number === last + 1 || number === last) {
      last = number;
      continue;
    }
    Object.assign(block, { kind: "paragraph", text: `${block.label} ${block.text}` });
    delete (block as { label?: string }).label;
    delete (block as { level?: number }).level;
  }
  // With no chapter heading left, the headings that begin a page are the chapters'.
  if (!blocks.some((block) => block.kind === "heading" && block.level === 1)) {
    for (const block of blocks) if (block.kind === "heading" && block.level === 2 && block.startsPage) block.level = 1;
  }
}

/** Whether this footnote's number is glued to a word in the last blocks before it. */
function findMarker(blocks: Block[], current: Block | undefined, label: string): boolean {
  const recent = current ? [...blocks.slice(-40), current] : blocks.slice(-40);
  return recent.some((block) => gluedNumber(block.text, label) !== undefined);
}

/** Turns each footnote's glued number into a reference, at its last place before the note. */
function placeMarkers(blocks: Block[], footnotes: Footnote[]): Block[] {
  const glued: Glued[] = [];
  let searchFrom = 0;
  for (const footnote of footnotes) {
    const noteLine = footnote.lines[0]!;
    let found: Glued | undefined;
    for (let index = blocks.length - 1; index >= searchFrom; index--) {
      const block = blocks[index]!;
      if (!isBefore(block.lines[0]!, noteLine)) continue;
      const place = gluedNumber(block.text, footnote.label);
      if (place) {
        found = { block: index, ...place, label: footnote.label };
        break;
      }
    }
    if (found) {
      glued.push(found);
      searchFrom = found.block;
    } else footnote.referenced = false;
  }
  // Replace from the end of each text so that earlier offsets stay right.
  glued.sort((a, b) => b.block - a.block || b.at - a.at);
  for (const mark of glued) {
    const block = blocks[mark.block]!;
    block.text = `${block.text.slice(0, mark.at)}${footnoteMark(mark.label)}${block.text.slice(mark.end)}`;
  }
  return blocks;
}

function isBefore(a: SourceLine, b: SourceLine): boolean {
  if (a.page !== undefined && b.page !== undefined && a.page !== b.page) return a.page < b.page;
  return a.line <= b.line;
}
