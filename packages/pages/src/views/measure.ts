// The measure page: the measure in its document's words, its goals, who is responsible and who
// takes part, its legal basis, and the national goals it serves (its own or through its goals).
import { enumLabels, provisionLabel } from "@styrdok/core";
import { capitalized, periodText } from "../format.ts";
import { type Link, linkTo } from "../link.ts";
import type { Site } from "../site.ts";
import { placeOf } from "../urls.ts";
import { type FrameworkLinkView, frameworkLinks } from "./framework-links.ts";
import { type ContinuityLink, continuity, goalView } from "./goal.ts";

export interface MeasureView {
  measure: Link & { kind: string; text: string; leadIn?: string; group?: string; timeframe: string; frequency?: string; status?: string };
  document: Link;
  place: string;
  goals: Link[];
  responsible: Link[];
  partners: Link[];
  frameworks: FrameworkLinkView[];
  legalBasis: Array<{ source: Link; provision: string; text?: string }>;
  /** The measure of an earlier revision that this one continues, and those of later ones that continue it. */
  continues: ContinuityLink[];
  continuedIn: ContinuityLink[];
  note?: string;
}

export function measureView(site: Site, id: string): MeasureView {
  const { graph } = site;
  const node = graph.getOf("measure", id)!;
  const measure = node.item;
  const goals = measure.goals ?? [];
  const frameworks = [...frameworkLinks(graph, id), ...goals.flatMap((goal) => goalView(site, goal).frameworks.map((link) => ({ ...link, via: link.via ?? linkTo(graph, goal) })))];
  return {
    measure: {
      ...linkTo(graph, id),
      kind: capitalized(enumLabels.MeasureKind[measure.kind].title),
      text: measure.text,
      ...(measure.leadIn ? { leadIn: measure.leadIn } : {}),
      ...(measure.group ? { group: measure.group } : {}),
      timeframe: periodText(measure.timeframe),
      ...(measure.frequency ? { frequency: measure.frequency } : {}),
      ...(measure.status ? { status: capitalized(enumLabels.MeasureStatus[measure.status].title) } : {}),
    },
    document: linkTo(graph, node.document!),
    place: placeOf(node),
    goals: goals.map((goal) => linkTo(graph, goal)),
    responsible: (measure.responsible ?? []).map((actor) => linkTo(graph, actor)),
    partners: (measure.partners ?? []).map((actor) => linkTo(graph, actor)),
    frameworks: frameworks.filter((link, index) => frameworks.findIndex((other) => other.goal.id === link.goal.id) === index),
    legalBasis: (measure.legalBasis ?? []).map((citation) => ({ source: linkTo(graph, citation.source), provision: provisionLabel(citation), ...(citation.text ? { text: citation.text } : {}) })),
    ...continuity(site, id),
    ...(measure.note ? { note: measure.note } : {}),
  };
}
