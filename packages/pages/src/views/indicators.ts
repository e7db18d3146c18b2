// The indicators: an indicator's page with its numbers as a chart and a table, and the list of
// every document's indicators grouped by kind.
import { enumLabels, type IndicatorKind } from "@styrdok/core";
import { type Chart, chartOf } from "../chart.ts";
import { labelFor, periodText, pluralFor, unitName } from "../format.ts";
import { type Link, linkTo } from "../link.ts";
import type { Site } from "../site.ts";
import { placeOf } from "../urls.ts";

/** Kinds that measure a goal over time, as opposed to figures a document reports once. */
export const measuringKinds: ReadonlySet<IndicatorKind> = new Set(["indicator", "development-indicator"]);

export interface IndicatorView {
  indicator: Link & { kind: string; text: string; theme?: string; dataSource?: string; note?: string };
  document: Link;
  place: string;
  goals: Link[];
  sources: Link[];
  chart?: Chart;
  rows: Array<{ label: string; value: string; unit: string; qualifier?: string; period: string; text: string }>;
}

export function indicatorView(site: Site, id: string): IndicatorView {
  const { graph } = site;
  const node = graph.getOf("indicator", id)!;
  const indicator = node.item;
  const chart = chartOf(indicator);
  return {
    indicator: {
      ...linkTo(graph, id),
      kind: labelFor("IndicatorKind", indicator.kind),
      text: indicator.text,
      ...(indicator.theme ? { theme: indicator.theme } : {}),
      ...(indicator.dataSource ? { dataSource: indicator.dataSource } : {}),
      ...(indicator.note ? { note: indicator.note } : {}),
    },
    document: linkTo(graph, node.document!),
    place: placeOf(node),
    goals: (indicator.goals ?? []).map((goal) => linkTo(graph, goal)),
    sources: (indicator.sources ?? []).map((source) => linkTo(graph, source)),
    ...(chart ? { chart } : {}),
    rows: (indicator.observations ?? []).map((observation) => ({
      label: [observation.population, observation.area, observation.counted].filter(Boolean).join(", ") || periodText(observation.period) || observation.text,
      value: observation.value === undefined ? "–" : `${observation.value.toLocaleString("sv-SE")}${observation.valueMax !== undefined ? `–${observation.valueMax.toLocaleString("sv-SE")}` : ""}`,
      unit: observation.unit ? unitName(observation.unit) : "",
      ...(observation.qualifier ? { qualifier: observation.qualifier.text ?? enumLabels.QualifierKind[observation.qualifier.kind].title } : {}),
      period: periodText(observation.period),
      text: observation.text,
    })),
  };
}

/** Per document, its indicators grouped by kind: indicators first, then reported figures and survey results. */
export function indicatorList(site: Site): Array<{ document: Link; kinds: Array<{ kind: string; indicators: Array<Link & { observations: number }> }> }> {
  const byDocument = new Map<string, Map<IndicatorKind, Array<Link & { observations: number }>>>();
  for (const node of site.graph.all("indicator")) {
    const document = node.document!;
    const kinds = byDocument.get(document) ?? byDocument.set(document, new Map()).get(document)!;
    const list = kinds.get(node.item.kind) ?? kinds.set(node.item.kind, []).get(node.item.kind)!;
    list.push({ ...linkTo(site.graph, node.id), observations: (node.item.observations ?? []).length });
  }
  const order = Object.keys(enumLabels.IndicatorKind);
  return [...byDocument].map(([document, kinds]) => ({
    document: linkTo(site.graph, document),
    kinds: [...kinds].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([kind, indicators]) => ({ kind: pluralFor("IndicatorKind", kind), indicators })),
  }));
}
