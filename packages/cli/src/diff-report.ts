// A semantic diff in words: plain text for a terminal (and git's diff driver), Markdown for a
// pull-request comment and $GITHUB_STEP_SUMMARY. Pure: a SemanticDiff in, a string out.
import { type ChangeKind, enumLabels, fieldTitle, fieldValueText, type ItemChange, type ItemType, type Lang, type SemanticDiff, typeName, type WordPart } from "@styrdok/core";

/** GitHub refuses a comment longer than 65,536 characters; leave room for the marker and the workflow's own lines. */
export const MARKDOWN_BUDGET = 60_000;

const kinds: ChangeKind[] = ["added", "removed", "renamed", "modified", "moved", "reordered"];

const words = {
  sv: {
    title: "Semantisk jämförelse av innehållet",
    workingTree: "arbetskopian",
    noChanges: "Inga semantiska ändringar: målen, åtgärderna, ansvaren och de andra posterna är desamma.",
    noChangesReadable: "Inga semantiska ändringar i det som kunde läsas.",
    changes: (count: number) => `${count} ${count === 1 ? "ändrad post" : "ändrade poster"}`,
    byDocument: "Per dokument",
    registries: "Registren (aktörer, källor, ramverk)",
    effects: "Effekter",
    actor: "Aktör",
    frameworkGoal: "Ramverksmål",
    gained: "fick",
    lost: "förlorade",
    countiesGained: "län som fick täckning",
    countiesLost: "län som förlorade all täckning",
    changeList: "Ändringar",
    document: "dokument",
    chapter: "kapitel",
    parent: "överordnad",
    none: "inget",
    previousId: (id: string) => `tidigare id ${id}`,
    renamedWarning: "id:n lovas vara stabila: kontrollera att det gamla id:t inte används någon annanstans",
    moved: "flyttad",
    from: "från",
    to: "till",
    reordered: (from: number, to: number) => `plats ${from} → ${to}`,
    renumbered: (from: string, to: string) => `numrering ${from} → ${to}`,
    renamedFiles: "Filer som bytt namn utan att innehållet ändrats (ingen semantisk ändring)",
    unreadable: "Filer som inte kunde jämföras eftersom de har fel",
    errorsAt: (count: number, revision: string) => `Innehållet har ${count} fel vid ${revision}; jämförelsen bygger på det som kunde läsas.`,
    folded: (count: number) =>
      `${count} ${count === 1 ? "ändring till visas" : "ändringar till visas"} inte här, eftersom en kommentar får vara högst 65 536 tecken. Kör \`npm run styrdok -- diff\` för hela jämförelsen.`,
    more: (count: number) => `och ${count} till`,
    tooLong: "(för lång för att visas här)",
    wasEmpty: "(saknades)",
    isEmpty: "(borttaget)",
  },
  en: {
    title: "Semantic comparison of the content",
    workingTree: "the working tree",
    noChanges: "No semantic changes: the goals, measures, responsibilities and other items are the same.",
    noChangesReadable: "No semantic changes in what could be read.",
    changes: (count: number) => `${count} ${count === 1 ? "changed item" : "changed items"}`,
    byDocument: "By document",
    registries: "The registries (actors, sources, frameworks)",
    effects: "Effects",
    actor: "Actor",
    frameworkGoal: "Framework goal",
    gained: "gained",
    lost: "lost",
    countiesGained: "counties that gained coverage",
    countiesLost: "counties that lost all coverage",
    changeList: "Changes",
    document: "document",
    chapter: "chapter",
    parent: "parent",
    none: "none",
    previousId: (id: string) => `formerly ${id}`,
    renamedWarning: "ids are promised to be stable: check that the old id is not used elsewhere",
    moved: "moved",
    from: "from",
    to: "to",
    reordered: (from: number, to: number) => `position ${from} → ${to}`,
    renumbered: (from: string, to: string) => `numbering ${from} → ${to}`,
    renamedFiles: "Files renamed with their content unchanged (no semantic change)",
    unreadable: "Files that could not be compared because they have errors",
    errorsAt: (count: number, revision: string) => `The content has ${count} errors at ${revision}; the comparison is built from what could be read.`,
    folded: (count: number) =>
      `${count} more ${count === 1 ? "change is" : "changes are"} not shown here, as a comment may hold at most 65,536 characters. Run \`npm run styrdok -- diff\` for the whole comparison.`,
    more: (count: number) => `and ${count} more`,
    tooLong: "(too long to show here)",
    wasEmpty: "(absent)",
    isEmpty: "(removed)",
  },
};

type Words = (typeof words)["sv"];

/** A kind of change in words, from its title in schemas/diff.schema.json: "ändrad", "ändrade", "modified". */
function kindWord(kind: ChangeKind, lang: Lang, count = 1): string {
  const label = enumLabels.ChangeKind[kind];
  if (lang === "en") return label.en ?? kind;
  return count === 1 ? label.title : (label.plural ?? label.title);
}

/** A revision as a reader names it: "main (1a2b3c4)", or the working tree. */
function revisionName(revision: SemanticDiff["before"], w: Words): string {
  if (!revision.commit) return revision.name || w.workingTree;
  const short = revision.commit.slice(0, 7);
  return revision.name && !revision.commit.startsWith(revision.name) ? `${revision.name} (${short})` : short;
}

function countsText(counts: Partial<Record<ChangeKind, number>>, lang: Lang): string {
  return kinds
    .filter((kind) => counts[kind])
    .map((kind) => `${counts[kind]} ${kindWord(kind, lang, counts[kind])}`)
    .join(", ");
}

function total(counts: Partial<Record<ChangeKind, number>>): number {
  return kinds.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
}

/** How many unchanged words a comparison keeps around each change; the rest is "…". */
const CONTEXT_WORDS = 8;

/** Shortens the unchanged runs of a comparison to their ends, so a changed word in a long chapter shows with its context only. */
export function trimContext(parts: WordPart[]): WordPart[] {
  return parts.map((part, index) => {
    if (part.op !== "equal") return part;
    const tokens = part.text.split(/(\s+)/);
    const wordCount = tokens.filter((token) => token.trim()).length;
    if (wordCount <= CONTEXT_WORDS * 2) return part;
    const keep = CONTEXT_WORDS * 2; // tokens include the spaces between words
    const first = index === 0;
    const last = index === parts.length - 1;
    const head = first ? "" : tokens.slice(0, keep).join("");
    const tail = last ? "" : tokens.slice(-keep).join("");
    return { op: "equal", text: `${head}${head ? " " : ""}…${tail ? " " : ""}${tail}` };
  });
}

/**
 * A changed run with the spaces at its ends outside its marks, so that an inserted word reads
 * "ska {+alltid+} anmäla" and not "ska {+alltid +}anmäla".
 */
function marked(text: string, mark: (core: string) => string): string {
  const [, lead = "", core = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  return core ? `${lead}${mark(core)}${trail}` : text;
}

/** A field as readers know it: its title in the schemas ("ansvariga"), the chapter's text, or its key in English. */
function fieldName(type: ItemType, field: string, lang: Lang): string {
  if (field === "body") return lang === "sv" ? "brödtext" : "body text";
  if (lang === "en") return field;
  return fieldTitle(type, field).toLowerCase();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ");
}

/**
 * A value that is not prose, compactly: in Swedish with the schemas' words (nested fields by their
 * titles, enumerated values in Swedish, ids as they are), in English as data; cut at 200 characters.
 */
function valueText(type: ItemType, field: string, value: unknown, lang: Lang): string {
  const text =
    lang === "sv"
      ? fieldValueText(type, field, value, () => undefined)
      : typeof value === "string"
        ? value
        : Array.isArray(value) && value.every((entry) => typeof entry === "string")
          ? value.join(", ")
          : JSON.stringify(value);
  const flat = oneLine((text ?? "").replace(/\n/g, "; "));
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}

function placementText(placement: { document?: string; chapter?: string; parent?: string }, w: Words): string {
  const parts: string[] = [];
  if (placement.document) parts.push(`${w.document} ${placement.document}`);
  if (placement.chapter) parts.push(`${w.chapter} ${placement.chapter}`);
  if (placement.parent) parts.push(`${w.parent} ${placement.parent}`);
  return parts.join(", ") || w.none;
}

/** The headline facts of a change besides its fields: where it moved, its new id, its place and number. */
function changeNotes(change: ItemChange, w: Words): string[] {
  const notes: string[] = [];
  if (change.previousId) notes.push(`${w.previousId(change.previousId)}: ${w.renamedWarning}`);
  if (change.moved) notes.push(`${w.moved} ${w.from} ${placementText(change.moved.from, w)} ${w.to} ${placementText(change.moved.to, w)}`);
  if (change.renumbered) notes.push(w.renumbered(change.renumbered.from ?? "–", change.renumbered.to ?? "–"));
  if (change.reordered) notes.push(w.reordered(change.reordered.from, change.reordered.to));
  return notes;
}

// ————— Plain text —————

function textWords(parts: WordPart[]): string {
  return trimContext(parts)
    .map((part) => (part.op === "equal" ? oneLine(part.text) : marked(oneLine(part.text), (core) => (part.op === "delete" ? `[-${core}-]` : `{+${core}+}`))))
    .join("");
}

function textFields(change: ItemChange, lang: Lang, w: Words): string[] {
  return change.fields.map((field) => {
    const name = fieldName(change.type, field.field, lang);
    if (field.words) return `${name}: ${textWords(field.words)}`;
    if (field.referencesAdded || field.referencesRemoved) {
      const added = (field.referencesAdded ?? []).map((id) => `+ ${id}`);
      const removed = (field.referencesRemoved ?? []).map((id) => `− ${id}`);
      return `${name}: ${[...removed, ...added].join(", ")}`;
    }
    const before = "before" in field ? valueText(change.type, field.field, field.before, lang) : w.wasEmpty;
    const after = "after" in field ? valueText(change.type, field.field, field.after, lang) : w.isEmpty;
    return `${name}: ${before} → ${after}`;
  });
}

/** The diff as plain text, Swedish or English: the summary first, then each change. */
export function diffText(diff: SemanticDiff, lang: Lang): string {
  const w = words[lang];
  const lines: string[] = [`${w.title}: ${revisionName(diff.before, w)} → ${revisionName(diff.after, w)}`];
  for (const side of ["before", "after"] as const) if (diff[side].errors > 0) lines.push(w.errorsAt(diff[side].errors, revisionName(diff[side], w)));
  const count = total(diff.summary.byKind);
  if (count === 0) lines.push("", diff.unreadable.length > 0 ? w.noChangesReadable : w.noChanges);
  else {
    lines.push(`${w.changes(count)}: ${countsText(diff.summary.byKind, lang)}`, "", `${w.byDocument}:`);
    for (const entry of diff.summary.byDocument) lines.push(`  ${entry.document ? `${entry.label} (${entry.document})` : w.registries}: ${countsText(entry.counts, lang)}`);
  }
  const effects = effectLines(diff, lang);
  if (effects.length > 0) lines.push("", `${w.effects}:`, ...effects.map((line) => `  ${line}`));
  if (diff.changes.length > 0) {
    lines.push("", `${w.changeList}:`);
    for (const change of diff.changes) {
      const where = change.after ?? change.before;
      lines.push(`  ${kindWord(change.kind, lang)}  ${typeName(change.type, lang)} ${change.id}${where ? `  ${where.file}:${where.line}:${where.column}` : ""}`);
      lines.push(`      ${oneLine(change.label)}`);
      for (const note of changeNotes(change, w)) lines.push(`      ${note}`);
      for (const field of textFields(change, lang, w)) lines.push(`      ${field}`);
    }
  }
  lines.push(...fileNotes(diff, w, (text) => text));
  return `${lines.join("\n")}\n`;
}

/** How many items an effect lists by id before it only counts the rest. */
const EFFECT_ITEMS = 8;

function effectLines(diff: SemanticDiff, lang: Lang, code: (id: string) => string = (id) => id, text: (words: string) => string = oneLine): string[] {
  const w = words[lang];
  const list = (items: Array<{ type: ItemType; id: string }>) => {
    const named = items.slice(0, EFFECT_ITEMS).map((item) => `${typeName(item.type, lang)} ${code(item.id)}`);
    return items.length > EFFECT_ITEMS ? `${named.join(", ")} ${w.more(items.length - EFFECT_ITEMS)}` : named.join(", ");
  };
  const gainedAndLost = (effect: { gained: Array<{ type: ItemType; id: string }>; lost: Array<{ type: ItemType; id: string }> }) => [
    ...(effect.gained.length ? [`${w.gained} ${list(effect.gained)}`] : []),
    ...(effect.lost.length ? [`${w.lost} ${list(effect.lost)}`] : []),
  ];
  const lines: string[] = [];
  for (const effect of diff.effects.actors) lines.push(`${w.actor} ${text(effect.label)} (${code(effect.actor)}): ${gainedAndLost(effect).join("; ")}`);
  for (const effect of diff.effects.frameworkGoals) {
    const parts = [
      ...gainedAndLost(effect),
      ...(effect.countiesGained.length ? [`${w.countiesGained}: ${effect.countiesGained.join(", ")}`] : []),
      ...(effect.countiesLost.length ? [`${w.countiesLost}: ${effect.countiesLost.join(", ")}`] : []),
    ];
    lines.push(`${w.frameworkGoal} ${text(effect.label)} (${code(effect.frameworkGoal)}): ${parts.join("; ")}`);
  }
  return lines;
}

function fileNotes(diff: SemanticDiff, w: Words, code: (text: string) => string, text: (words: string) => string = (words) => words): string[] {
  const lines: string[] = [];
  if (diff.unreadable.length > 0) {
    lines.push("", `${w.unreadable}:`);
    for (const file of diff.unreadable) lines.push(`  ${code(file.file)} (${text(revisionName(diff[file.side], w))})`);
  }
  if (diff.renamedFiles.length > 0) {
    lines.push("", `${w.renamedFiles}:`);
    for (const file of diff.renamedFiles) lines.push(`  ${code(file.from)} → ${code(file.to)}`);
  }
  return lines;
}

// ————— Markdown —————

/** Text from the content, safe inside Markdown and GitHub's HTML: it can neither format nor inject anything. */
export function escapeMarkdown(text: string): string {
  return unlink(
    escapeHtml(text)
      .replace(/([\\`*_[\]{}()#+!|~$])/g, "\\$1")
      .replace(/^([-=])/, "\\$1"),
  );
}

/** Text from the content inside HTML that GitHub does not read as Markdown (a <summary>). */
function escapeHtml(text: string): string {
  return oneLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * GitHub makes links of `@name` (a mention, which notifies that user), `#12`, bare URLs, www.
 * addresses and e-mail addresses in the text it renders, escaped or not: an invisible space
 * after the sign that starts each keeps them text. Give HTML-escaped text.
 */
function unlink(html: string): string {
  return html
    .replace(/#(?=\d)/g, "#&#8203;")
    .replace(/@(?=[\p{L}\p{N}_])/gu, "@&#8203;")
    .replace(/:(?=\/\/)/g, ":&#8203;")
    .replace(/\b(www)\./gi, "$1&#8203;.");
}

function codeSpan(text: string): string {
  // Ids are ASCII kebab-case; anything else (a file name) is stripped of backticks rather than escaped.
  return `\`${oneLine(text).replace(/`/g, "'")}\``;
}

function markdownWords(parts: WordPart[]): string {
  return trimContext(parts)
    .map((part) => (part.op === "equal" ? escapeMarkdown(part.text) : marked(escapeMarkdown(part.text), (core) => (part.op === "delete" ? `<del>${core}</del>` : `<ins>${core}</ins>`))))
    .join("");
}

/** A changed item in Markdown; `headOnly` for one too long for the comment: its kind, id and label. */
function markdownChange(change: ItemChange, lang: Lang, headOnly = false): string {
  const w = words[lang];
  const fields = change.fields.map((field) => {
    const name = escapeMarkdown(fieldName(change.type, field.field, lang));
    if (field.words) return `- **${name}**: ${markdownWords(field.words)}`;
    if (field.referencesAdded || field.referencesRemoved) {
      const removed = (field.referencesRemoved ?? []).map((id) => `<del>${codeSpan(id)}</del>`);
      const added = (field.referencesAdded ?? []).map((id) => `<ins>${codeSpan(id)}</ins>`);
      return `- **${name}**: ${[...removed, ...added].join(" ")}`;
    }
    const before = "before" in field ? `<del>${escapeMarkdown(valueText(change.type, field.field, field.before, lang))}</del>` : w.wasEmpty;
    const after = "after" in field ? `<ins>${escapeMarkdown(valueText(change.type, field.field, field.after, lang))}</ins>` : w.isEmpty;
    return `- **${name}**: ${before} → ${after}`;
  });
  const notes = changeNotes(change, w).map((note) => `- ${escapeMarkdown(note)}`);
  const head = `**${kindWord(change.kind, lang)}** · ${escapeMarkdown(typeName(change.type, lang))} ${codeSpan(change.id)}: ${escapeMarkdown(change.label)}`;
  if (headOnly) return `- ${head} ${w.tooLong}\n`;
  const body = [...notes, ...fields].join("\n");
  if (!body) return `- ${head}\n`;
  // Long before/after texts fold, so the comment's summary stays readable. GitHub reads no Markdown inside <summary>.
  const summary = `<b>${kindWord(change.kind, lang)}</b> · ${escapeHtml(typeName(change.type, lang))} <code>${escapeHtml(change.id)}</code>: ${unlink(escapeHtml(change.label))}`;
  if (body.length > 800) return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>\n`;
  return `- ${head}\n${body
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n")}\n`;
}

/**
 * The diff as Markdown for a pull-request comment and $GITHUB_STEP_SUMMARY: the summary first
 * (counts per kind of change and per document), the effects on actors and framework goals, then
 * each changed item by document. It stays within `budget` characters and says what it left out.
 */
export function diffMarkdown(diff: SemanticDiff, lang: Lang, budget = MARKDOWN_BUDGET): string {
  const w = words[lang];
  const head: string[] = [`### ${w.title}`, "", `${codeSpan(revisionName(diff.before, w))} → ${codeSpan(revisionName(diff.after, w))}`, ""];
  for (const side of ["before", "after"] as const) if (diff[side].errors > 0) head.push(`> ${escapeMarkdown(w.errorsAt(diff[side].errors, revisionName(diff[side], w)))}`, "");
  const count = total(diff.summary.byKind);
  if (count === 0) head.push(diff.unreadable.length > 0 ? w.noChangesReadable : w.noChanges, "");
  else {
    head.push(`**${w.changes(count)}**: ${countsText(diff.summary.byKind, lang)}`, "");
    head.push(`| ${w.byDocument} | ${kinds.map((kind) => kindWord(kind, lang, 2)).join(" | ")} |`, `|---|${kinds.map(() => "---:").join("|")}|`);
    for (const entry of diff.summary.byDocument) {
      const name = entry.document ? `${escapeMarkdown(entry.label)} ${codeSpan(entry.document)}` : escapeMarkdown(w.registries);
      head.push(`| ${name} | ${kinds.map((kind) => entry.counts[kind] ?? "").join(" | ")} |`);
    }
    head.push("");
  }
  const allEffects = effectLines(diff, lang, codeSpan, escapeMarkdown).map((line) => `- ${line}`);
  // A change that touches thousands of items must still leave room for the changes themselves.
  const effects: string[] = [];
  for (const line of allEffects) {
    if (effects.join("\n").length + line.length > budget / 3) {
      effects.push(`- … ${allEffects.length - effects.length}`);
      break;
    }
    effects.push(line);
  }
  if (effects.length > 0) {
    const block = effects.join("\n");
    head.push(effects.length > 10 ? `<details><summary>${w.effects} (${effects.length})</summary>\n\n${block}\n\n</details>` : `#### ${w.effects}\n\n${block}`, "");
  }
  const tail = fileNotes(diff, w, codeSpan, escapeMarkdown).map((line) => (line.startsWith("  ") ? `- ${line.trim()}` : line));
  let text = head.join("\n");
  const tailText = tail.length ? `\n${tail.join("\n")}\n` : "";
  if (diff.changes.length > 0) {
    text += `\n#### ${w.changeList}\n`;
    let document: string | undefined | null = null;
    let shown = 0;
    for (const change of diff.changes) {
      const heading =
        change.document !== document ? `\n##### ${change.document ? `${escapeMarkdown(documentLabel(diff, change.document))} ${codeSpan(change.document)}` : escapeMarkdown(w.registries)}\n\n` : "";
      const rest = diff.changes.length - shown;
      const fits = (entry: string) => text.length + entry.length + tailText.length + w.folded(rest).length + 10 <= budget;
      // A change too long for the comment on its own still says which item changed.
      let entry = `${heading}${markdownChange(change, lang)}`;
      if (!fits(entry)) entry = `${heading}${markdownChange(change, lang, true)}`;
      if (!fits(entry)) break;
      text += entry;
      document = change.document;
      shown++;
    }
    if (shown < diff.changes.length) text += `\n> ${w.folded(diff.changes.length - shown)}\n`;
  }
  return `${text}${tailText}`;
}

function documentLabel(diff: SemanticDiff, document: string): string {
  return diff.summary.byDocument.find((entry) => entry.document === document)?.label ?? document;
}
