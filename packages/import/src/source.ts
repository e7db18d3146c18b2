// Reading what an editor hands in: a PDF (through pdf.js, bundled by unpdf: no browser, no
// binary) or the text `pdftotext` makes of one. The result is the source's lines with where each
// stood, or the problems that stop an import. Nothing here guesses at structure.
import type { ImportProblem } from "./problems.ts";

/** One line of the source, as read. */
export interface SourceLine {
  text: string;
  /** Where an editor finds it: the line in the text file, or the line within its PDF page. */
  line: number;
  /** The page, where the source says (a PDF's pages, a text file's form feeds). */
  page?: number;
  /** Whether `line` counts within the page (a PDF) rather than within the file. */
  lineOnPage?: boolean;
}

export interface SourceText {
  format: "pdf" | "text";
  lines: SourceLine[];
  /** Whether `page` is known for every line: from a PDF, or a text file with form feeds. */
  pagesKnown: boolean;
  /** The number of pages, where known. */
  pages?: number;
  /** Pages of a PDF that have no text (scanned or images only). */
  pagesWithoutText: number[];
  /** The title a PDF's metadata gives, where it gives one. */
  title?: string;
}

export type ReadResult = { ok: true; source: SourceText } | { ok: false; problems: ImportProblem[] };

/** Limits that keep a hostile or mistaken file from taking the machine: far above any styrdokument. */
export const LIMITS = {
  /** Bytes of a PDF. The largest seed's PDF is a few MB. */
  pdfBytes: 100 * 1024 * 1024,
  pdfPages: 2000,
  /** Characters of text, from either kind of file. The longest seed is 250,000. */
  textChars: 10 * 1024 * 1024,
};

function failure(...problems: ImportProblem[]): ReadResult {
  return { ok: false, problems };
}

/** A PDF announces itself at its start, whatever the file is called (readers allow a few bytes before it). */
export function isPdf(bytes: Uint8Array): boolean {
  return /%PDF-\d/.test(new TextDecoder("latin1").decode(bytes.subarray(0, 64)));
}

/** Formats that are neither PDF nor text, by their first bytes: zip (docx, xlsx, odt), images, old Office. */
const BINARY_MAGIC = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0xd0, 0xcf, 0x11, 0xe0],
  [0x1f, 0x8b],
];

/** Binary data: a known format's magic number, or NUL bytes where UTF-16 would not have them. */
function isBinary(bytes: Uint8Array): boolean {
  if (BINARY_MAGIC.some((magic) => magic.every((byte, index) => bytes[index] === byte))) return true;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && bytes.subarray(0, 65536).includes(0);
}

export async function readSource(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length === 0) return failure({ code: "import-empty", params: {} });
  if (isPdf(bytes)) return readPdf(bytes);
  if (isBinary(bytes)) return failure({ code: "import-binary", params: {} });
  // A file called .pdf that is text is read as the text it is.
  return readText(bytes);
}

/** Text as `pdftotext` gives it: UTF-8 (or UTF-16 with its byte-order mark), pages apart by form feeds where it kept them. */
export function readText(bytes: Uint8Array): ReadResult {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return failure({ code: "import-encoding", params: { guess: guessEncoding(bytes) }, place: placeOfBadByte(bytes) });
    }
  }
  const nul = text.indexOf("\0");
  if (nul !== -1) return failure({ code: "import-binary", params: {}, place: placeOf(text, nul) });
  if (text.length > LIMITS.textChars) return failure({ code: "import-too-large", params: { size: text.length, limit: LIMITS.textChars, unit: "chars" } });
  if (text.trim() === "") return failure({ code: "import-empty", params: {} });
  const pagesKnown = text.includes("\f");
  const lines: SourceLine[] = [];
  let page = 1;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const parts = raw.split("\f");
    // A form feed ends a page; the text after it is the next page's first line.
    for (let part = 0; part < parts.length; part++) {
      if (part > 0) page++;
      if (part === parts.length - 1 || parts[part] !== "") lines.push({ text: parts[part]!, line: index + 1, ...(pagesKnown ? { page } : {}) });
    }
  });
  return { ok: true, source: { format: "text", lines, pagesKnown, ...(pagesKnown ? { pages: page } : {}), pagesWithoutText: [] } };
}

async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > LIMITS.pdfBytes) return failure({ code: "import-too-large", params: { size: bytes.length, limit: LIMITS.pdfBytes, unit: "bytes" } });
  const { getDocumentProxy } = await import("unpdf");
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes the buffer over; the caller's bytes stay theirs.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, stopAtErrors: false });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException") return failure({ code: "import-pdf-encrypted", params: {} });
    return failure({ code: "import-pdf-corrupt", params: { reason: error instanceof Error ? error.message : String(error) } });
  }
  try {
    if (pdf.numPages > LIMITS.pdfPages) return failure({ code: "import-too-large", params: { size: pdf.numPages, limit: LIMITS.pdfPages, unit: "pages" } });
    const lines: SourceLine[] = [];
    const pagesWithoutText: number[] = [];
    let chars = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      let pageText: string;
      try {
        pageText = pageTextOf(await (await pdf.getPage(number)).getTextContent());
      } catch (error) {
        return failure({ code: "import-pdf-corrupt", params: { reason: `page ${number}: ${error instanceof Error ? error.message : String(error)}` } });
      }
      chars += pageText.length;
      if (chars > LIMITS.textChars) return failure({ code: "import-too-large", params: { size: chars, limit: LIMITS.textChars, unit: "chars" } });
      if (pageText.trim() === "") pagesWithoutText.push(number);
      pageText.split("\n").forEach((text, index) => {
        lines.push({ text, line: index + 1, page: number, lineOnPage: true });
      });
    }
    if (pdf.numPages === 0) return failure({ code: "import-empty", params: {} });
    if (pagesWithoutText.length === pdf.numPages) return failure({ code: "import-pdf-no-text", params: { pages: pdf.numPages } });
    const info = (await pdf.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === "string" && info.Title.trim() !== "" ? info.Title.replace(/\s+/g, " ").trim() : undefined;
    return { ok: true, source: { format: "pdf", lines, pagesKnown: true, pages: pdf.numPages, pagesWithoutText, ...(title ? { title } : {}) } };
  } finally {
    await pdf.cleanup?.();
    await pdf.loadingTask?.destroy?.();
  }
}

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

/** A page's text in the order pdf.js reads it, a line per line of print. */
function pageTextOf(content: { items: unknown[] }): string {
  let text = "";
  let lastY: number | undefined;
  let lastHeight = 0;
  for (const raw of content.items) {
    const item = raw as TextItem;
    if (typeof item.str !== "string") continue;
    const y = item.transform?.[5];
    // A footnote number set higher than its line belongs to the word before it ("utsatt.1").
    const raised = /^\d{1,3}$/.test(item.str) && lastY !== undefined && y !== undefined && y > lastY && y - lastY < lastHeight;
    if (raised && text.endsWith("\n")) text = text.slice(0, -1);
    // Items on another baseline start a line even when pdf.js did not mark the end of the last one.
    else if (!raised && lastY !== undefined && y !== undefined && Math.abs(y - lastY) > 2 && text !== "" && !text.endsWith("\n")) text += "\n";
    text += item.str;
    if (item.hasEOL && !raised) text += "\n";
    if (y !== undefined && !raised) {
      lastY = y;
      lastHeight = item.height ?? lastHeight;
    }
  }
  return text;
}

function placeOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  return { line, column: index - before.lastIndexOf("\n") };
}

function placeOfBadByte(bytes: Uint8Array): { line: number; column: number } {
  // The lenient decoder puts U+FFFD where the strict one gave up.
  const text = new TextDecoder("utf-8").decode(bytes);
  const index = text.indexOf("\uFFFD");
  return placeOf(text, index === -1 ? 0 : index);
}

/** Windows-1252 and Latin-1 write å, ä, ö as single bytes; that is the usual other encoding of Swedish text. */
function guessEncoding(bytes: Uint8Array): string {
  const swedish = [0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6];
  let count = 0;
  for (const byte of bytes.subarray(0, 65536)) if (swedish.includes(byte)) count++;
  return count > 0 ? "windows-1252" : "";
}
