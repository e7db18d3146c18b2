// A small PDF made the way real ones are: a page printed by Chromium, with two columns, a running
// head, page numbers in the foot, words hyphenated at line ends and a footnote. The import test
// reads it back through `styrdok import`.
import type { Browser } from "playwright-core";

/** Words the print breaks with a hyphen at a line end: each has soft hyphens, and the columns are narrow. */
export const HYPHENATED = ["våldsförebyggande", "samverkansöverenskommelser", "kompetensutveckling", "barnrättsperspektivet", "myndighetsgemensamma"];

const soft = (word: string) => word.replace(/(?<=.{4})(?=.{4})/g, "\u00ad");

export const PARAGRAPHS = [
  `Den här planen visar hur länets aktörer arbetar ${soft("våldsförebyggande")} och hur de följer upp sina ${soft("samverkansöverenskommelser")} varje år i hela länet.`,
  `Polisen ska utreda brott i nära relationer skyndsamt och i nära samarbete med socialtjänsten, som ansvarar för stöd till den som är utsatt.<sup>1</sup>`,
  `Planen bygger på ${soft("kompetensutveckling")} för all personal, på ${soft("barnrättsperspektivet")} och på ${soft("myndighetsgemensamma")} rutiner för att upptäcka våld tidigt.`,
];

export const FOOTNOTE = "1 Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer.";
export const HEADER = "Handlingsplan för provlänet";

function html(): string {
  const filler = Array.from({ length: 48 }, (_, index) => `<p>Stycke ${index + 1} handlar om hur arbetet mot våld i nära relationer bedrivs i kommunerna och regionen under planens tid.</p>`).join("");
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Handlingsplan mot våld i provlänet 2025–2028</title><style>
    body { font: 11pt/1.4 "DejaVu Serif", serif; margin: 0; }
    main { column-count: 2; column-gap: 12mm; width: 150mm; hyphens: manual; }
    h1 { column-span: all; font-size: 16pt; }
    h2 { font-size: 12pt; break-after: avoid; }
    p { margin: 0 0 8pt; text-align: left; }
    .note { column-span: all; border-top: 1px solid #000; font-size: 9pt; padding-top: 4pt; }
  </style></head><body><main>
    <h1>1. Inledning</h1>
    ${PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join("")}
    <p class="note">${FOOTNOTE}</p>
    <h2>2. Uppföljning</h2>
    ${filler}
  </main></body></html>`;
}

export async function printPdf(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html(), { waitUntil: "load" });
    return await page.pdf({
      format: "A4",
      margin: { top: "25mm", bottom: "25mm", left: "25mm", right: "25mm" },
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:9pt;width:100%;text-align:center">${HEADER}</div>`,
      footerTemplate: `<div style="font-size:9pt;width:100%;text-align:center"><span class="pageNumber"></span></div>`,
    });
  } finally {
    await page.close();
  }
}
