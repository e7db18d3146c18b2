// An indicator's values as a static, accessible SVG bar chart, drawn at build time. The page
// shows the same numbers in a table beside it; the chart is an aid, never the only copy.
import type { Indicator, Observation } from "@styrdok/core";
import { periodText, unitSuffixes } from "./format.ts";

export interface Chart {
  svg: string;
  /** The numbers in words, as the chart's accessible description says them. */
  description: string;
}

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** What tells the observations apart: their periods, groups, areas, or what they count. */
function labels(observations: Observation[]): string[] {
  const candidates: Array<(observation: Observation) => string | undefined> = [
    (observation) => periodText(observation.period),
    (observation) => observation.population,
    (observation) => observation.area,
    (observation) => observation.counted,
  ];
  for (const candidate of candidates) {
    const values = observations.map((observation) => candidate(observation) ?? "");
    if (values.every(Boolean) && new Set(values).size === values.length) return values;
  }
  return observations.map((observation) => observation.text);
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/**
 * A horizontal bar chart of the observations that have a number, when they share a unit. Vague
 * values are drawn hatched and labelled with the source's own words ("cirka", "minst").
 */
export function chartOf(indicator: Pick<Indicator, "id" | "text" | "observations">): Chart | undefined {
  const numeric = (indicator.observations ?? []).filter((observation) => typeof observation.value === "number" && observation.unit !== "rank-band");
  if (numeric.length === 0) return undefined;
  const unit = numeric[0]!.unit ?? "count";
  if (numeric.some((observation) => (observation.unit ?? "count") !== unit)) return undefined;
  const names = labels(numeric);
  const max = unit === "percent" ? 100 : Math.max(...numeric.map((observation) => observation.valueMax ?? observation.value!));
  // Each row: its label on a line of its own, the bar below, so that long labels are never cut.
  const row = 52;
  const width = 640;
  const barWidth = width - 120;
  const height = numeric.length * row + 8;
  const id = `chart-${indicator.id}`;
  const title = shorten(indicator.text, 160);
  const description = numeric
    .map((observation, index) => `${names[index]}: ${observation.qualifier?.text ? `${observation.qualifier.text} ` : ""}${observation.value!.toLocaleString("sv-SE")}${unitSuffixes[unit]}`)
    .join("; ");
  const bars = numeric
    .map((observation, index) => {
      const y = 4 + index * row;
      const length = max > 0 ? Math.max(2, Math.round((observation.value! / max) * barWidth)) : 2;
      const vague = Boolean(observation.qualifier);
      const value = `${observation.qualifier?.text && observation.qualifier.kind !== "rank-band" ? `${shorten(observation.qualifier.text, 14)} ` : ""}${observation.value!.toLocaleString("sv-SE")}${unitSuffixes[unit]}`;
      return [
        `<text x="0" y="${y + 14}" class="chart-label">${escapeXml(shorten(names[index]!, 90))}</text>`,
        `<rect x="0" y="${y + 20}" width="${length}" height="22" class="${vague ? "chart-bar chart-bar-vague" : "chart-bar"}"${vague ? ` fill="url(#${id}-hatch)"` : ""}/>`,
        `<text x="${length + 6}" y="${y + 36}" class="chart-value">${escapeXml(value)}</text>`,
      ].join("");
    })
    .join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" class="chart">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>` +
    `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="chart-hatch-back"/><line x1="0" y1="0" x2="0" y2="6" class="chart-hatch-line"/></pattern></defs>` +
    bars +
    `</svg>`;
  return { svg, description };
}
