// The import's report, in Swedish for the editor: what was written, what was proposed, what
// was dropped as page furniture (with page and line), and what needs a person.
import type { Candidates } from "./candidates.ts";
import type { Cleaned, DropReason } from "./clean.ts";
import { type Draft, placeOfLine } from "./draft.ts";
import type { SourceText } from "./source.ts";

const reasons: Record<DropReason, string> = {
  "page-number": "sidnummer",
  "running-head": "sidhuvud eller sidfot",
  "table-of-contents": "innehållsförteckning",
};

export interface ReportInput {
  fileName: string;
  folder: string;
  source: SourceText;
  cleaned: Cleaned;
  candidates: Candidates;
  draft: Draft;
  /** Registry names of the actors, by id. */
  actorNames: Map<string, string>;
}

export function importReport(input: ReportInput): string {
  const { source, cleaned, candidates, draft } = input;
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  push(`# Import av ${input.fileName}`, "");
  push(
    `Läst: ${source.format === "pdf" ? `PDF, ${source.pages} sidor` : `text, ${source.lines.length} rader${source.pages ? `, ${source.pages} sidor` : ""}`}.`,
    `Skrivet: ${input.folder} med ${draft.chapters.length} kapitel, ${draft.counts.paragraphs} ${draft.counts.paragraphs === 1 ? "stycke" : "stycken"}, ${draft.counts.listItems} ${draft.counts.listItems === 1 ? "listpunkt" : "listpunkter"} och ${draft.counts.footnotes} ${draft.counts.footnotes === 1 ? "fotnot" : "fotnoter"}.`,
    "",
  );
  push("## Föreslaget (proposed: true)", "");
  push(
    `- ${draft.counts.goals} mål, ${draft.counts.measures} åtgärder och ${draft.counts.responsibilities} ansvar. Varje förslag har proposedFrom: var i källan det står. Stämmer det: ta bort raden proposed: true. Annars: ta bort posten.`,
  );
  if (draft.titleProposed) push(`- Titeln "${draft.title}" är gissad (titleBasis: inferred, se titleNote). Rätta den mot källan, eller ange den med --title.`);
  if (candidates.validity) push(`- Giltighet ${candidates.validity.from}–${candidates.validity.to} efter "${candidates.validity.text}" (${placeOfLine(candidates.validity.line)}).`);
  else push("- Ingen giltighetstid hittades på de första sidorna; ange validity om källan har en.");
  push("- status: unknown tills någon har läst vad källan säger om när dokumentet gäller.");
  for (const date of candidates.dates.slice(0, 20)) push(`- Ett beslut eller datum att föra in i dates (${placeOfLine(date.line)}): "${date.text}"`);
  push("");

  push("## Aktörer", "");
  if (candidates.actors.size === 0) push("- Inga aktörer ur aktörsregistret nämns.");
  for (const [id, mention] of [...candidates.actors].sort((a, b) => b[1].count - a[1].count)) {
    push(`- ${id} (${input.actorNames.get(id) ?? mention.name}): nämns ${mention.count} ${mention.count === 1 ? "gång" : "gånger"}, första gången ${placeOfLine(mention.line)} som "${mention.name}".`);
  }
  push("");
  const legal = candidates.legal.filter((reference, index, all) => all.findIndex((other) => other.text === reference.text) === index);
  push("## Lagar och föreskrifter", "");
  if (legal.length === 0) push("- Inga hänvisningar till lagar eller föreskrifter hittades.");
  for (const reference of legal) push(`- "${reference.text}" (${placeOfLine(reference.line)}): ${reference.source ? `källan ${reference.source}` : "finns inte i källregistret"}.`);
  push("");

  push("## Behöver en person", "");
  const needs: string[] = [];
  for (const page of source.pagesWithoutText) needs.push(`- Sida ${page} har ingen text i PDF:en (inskannad eller bild); den står som en lucka i index.md.`);
  for (const mention of candidates.unknownActors)
    needs.push(
      `- "${mention.name}" (${placeOfLine(mention.line)}, ${mention.count} ${mention.count === 1 ? "gång" : "gånger"}) ser ut som en organisation men finns inte i aktörsregistret. Lägg till den med styrdok new actor om den behövs.`,
    );
  // One line per subject, most frequent first.
  const subjects = new Map<string, typeof candidates.unknownSubjects>();
  for (const subject of candidates.unknownSubjects) subjects.set(subject.subject, [...(subjects.get(subject.subject) ?? []), subject]);
  for (const [subject, sentences] of [...subjects].sort((a, b) => b[1].length - a[1].length)) {
    const first = sentences[0]!;
    const quote = first.text.length > 120 ? `${first.text.slice(0, 120)} …` : first.text;
    needs.push(`- "${subject}" har ett ansvar ${sentences.length === 1 ? "en gång" : `${sentences.length} gånger`} (först ${placeOfLine(first.line)}) men är ingen aktör i registret: "${quote}".`);
  }
  for (const chapter of draft.chapters.filter((each) => each.blocks.length === 0))
    needs.push(`- Kapitlet "${chapter.title}" (${chapter.file}) blev tomt: rubriken är kanske en fotnot eller en rad i en tabell.`);
  for (const footnote of cleaned.footnotes.filter((note) => !note.referenced))
    needs.push(`- Fotnot ${footnote.label} (${placeOfLine(footnote.lines[0]!)}): dess nummer hittades inte i texten före den; sätt [^${footnote.label}] där den hör hemma.`);
  for (const line of cleaned.keptHyphens) needs.push(`- Bindestrecket i radslutet ${placeOfLine(line)} ("${line.text.trim().slice(-30)}") är kvar: orden blev inget känt ord ihop. Kontrollera.`);
  if (needs.length === 0) needs.push("- Inget särskilt utöver förslagen ovan.");
  push(...needs, "");

  push("## Borttaget som brus", "");
  if (cleaned.dropped.length === 0) push("- Inget.");
  for (const dropped of cleaned.dropped) push(`- ${placeOfLine(dropped.line)}: ${reasons[dropped.reason]} "${dropped.line.text.trim().slice(0, 80)}"`);
  push("");
  push(
    "## Nästa steg",
    "",
    "1. Läs kapitlen mot källan och rätta det som rensningen gjorde fel.",
    "2. Gå igenom förslagen: npm run styrdok -- validate visar var och en som en varning.",
    "3. Ta bort raden draft: true i index.md när dokumentet är granskat; först då visas det på webbplatsen.",
    "4. Öppna en pull request.",
    "",
  );
  return lines.join("\n");
}
