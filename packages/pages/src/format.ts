// How numbers, periods, units and labels read on the site, in one place for pages and charts alike.
import { capitalized, enumLabels, type Unit } from "@styrdok/core";

// The words for readers live in core, for the CLI too; the pages take them from here.
export { capitalized };

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

/** What follows a number of each unit: "12 %", "3 kr", "10 gånger". */
export const unitSuffixes: Record<Unit, string> = {
  percent: " %",
  count: "",
  ratio: " gånger",
  sek: " kr",
  days: " dagar",
  years: " år",
  "rank-band": "",
};

/** A unit's name, as a table's unit column gives it: "procent", "kronor". */
export function unitName(unit: Unit): string {
  return enumLabels.Unit[unit].title;
}

/** A byte count as "12 kB", never "0 kB". */
export function sizeText(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("sv-SE")} kB`;
}

/** An enumerated value's label as a heading or a table starts it: "Statlig myndighet". */
export function labelFor<E extends keyof typeof enumLabels>(enumeration: E, value: keyof (typeof enumLabels)[E]): string {
  const labels: Readonly<Record<string, { title: string }>> = enumLabels[enumeration];
  return capitalized(labels[String(value)]?.title ?? String(value));
}

/** An enumerated value's plural label: "Indikatorer", "Statistiska uppgifter". */
export function pluralFor<E extends keyof typeof enumLabels>(enumeration: E, value: keyof (typeof enumLabels)[E]): string {
  const labels: Readonly<Record<string, { title: string; plural?: string }>> = enumLabels[enumeration];
  const label = labels[String(value)];
  return capitalized(label?.plural ?? label?.title ?? String(value));
}
