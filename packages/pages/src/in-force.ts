// What the county page's "in force on a day" view needs both at build time (its static HTML)
// and in the browser (its script, site/src/scripts/in-force.ts): the spans of days a document is
// in force, as the page carries them in an attribute, and the sentence that announces the count.
// Nothing here imports core, so that the browser's bundle stays small.

/** A span of days (YYYY-MM-DD), open on a side where absent. */
export interface DaySpan {
  from?: string;
  to?: string;
}

/** Spans as an attribute value: "2016-01-01/2019-12-31 2024-10-01/", a side empty where open. */
export function encodeSpans(spans: readonly DaySpan[]): string {
  return spans.map((span) => `${span.from ?? ""}/${span.to ?? ""}`).join(" ");
}

export function decodeSpans(text: string): DaySpan[] {
  return text
    .split(" ")
    .filter((part) => part.includes("/"))
    .map((part) => {
      const [from, to] = part.split("/");
      return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    });
}

/** Whether a day falls in any of the spans. Days compare as text: YYYY-MM-DD sorts as time does. */
export function inSpans(spans: readonly DaySpan[], day: string): boolean {
  return spans.some((span) => (span.from === undefined || span.from <= day) && (span.to === undefined || day <= span.to));
}

/** Whether a text is a day as a date field gives it: YYYY-MM-DD, and a day that exists. */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

/** "2026-11-22" → "22 november 2026", the same in Node and in every browser. */
export function swedishDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return `${date} ${months[month! - 1]} ${year}`;
}

/** "Gällande den 22 november 2026: 3 av länets 8 dokument." */
export function inForceSummary(count: number, total: number, day: string): string {
  const how = count === 0 ? `inget av länets ${total} dokument` : `${count} av länets ${total} dokument`;
  return `Gällande den ${swedishDay(day)}: ${how}.`;
}
