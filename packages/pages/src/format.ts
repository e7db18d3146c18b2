// How numbers, periods and units read on the site, in one place for pages and charts alike.

/** "1 åtgärd", "3 åtgärder": a count with the right form of its noun. */
export function counted(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString("sv-SE")} ${count === 1 ? singular : plural}`;
}

/** A period as a reader writes it: "2020–2026", "2020–", "2020" (one year), or the source's words. */
export function periodText(period: { from?: string; to?: string; text?: string } | undefined): string {
  if (!period) return "";
  if (period.from && period.from === period.to) return period.from;
  if (period.from || period.to) return `${period.from ?? "?"}–${period.to ?? ""}`;
  return period.text ?? "";
}

/** Units of observations: their name in a table's unit column, and their suffix after a number. */
export const units: Record<string, { name: string; suffix: string }> = {
  percent: { name: "procent", suffix: " %" },
  count: { name: "antal", suffix: "" },
  ratio: { name: "kvot", suffix: " gånger" },
  sek: { name: "kronor", suffix: " kr" },
  days: { name: "dagar", suffix: " dagar" },
  years: { name: "år", suffix: " år" },
  "rank-band": { name: "placering", suffix: "" },
};

/** A byte count as "12 kB", never "0 kB". */
export function sizeText(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("sv-SE")} kB`;
}

/** "mål" → "Mål". */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);
}
