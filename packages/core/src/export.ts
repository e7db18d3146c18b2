// The public data contract (schemas/export.schema.json): the validated corpus as one plain
// JSON object. Items are flattened (id, type, file, line, column, document, chapter, then the
// content's own fields) and listed in file order, so the same content always gives the same bytes.
import type {
  ExportActor,
  ExportChapter,
  ExportDocument,
  ExportFramework,
  ExportFrameworkGoal,
  ExportGoal,
  ExportIndicator,
  ExportMeasure,
  ExportResponsibility,
  ExportSource,
  StyrdokExport,
} from "./generated/content-types.ts";
import type { Graph } from "./graph.ts";
import { type Corpus, type Origin, supersedingRelations } from "./model.ts";
import { statusPeriodsOf } from "./queries.ts";

/** What the export is made from: the model and its graph (see `Content`, which has both). */
export interface ExportInput {
  corpus: Corpus;
  graph: Graph;
  /** A file's path as the export gives it; as the model gives it when absent. */
  exportPath?: (file: string) => string;
}

function without<T extends { origin: Origin; id: string }>(item: T): Omit<T, "origin" | "id"> {
  const { origin: _origin, id: _id, ...rest } = item;
  return rest;
}

/** Relations the export already states as fields of each item (document, chapter, framework). */
const structural = new Set(["document", "chapter", "framework"]);

export function toExport({ corpus, graph, exportPath = (file) => file }: ExportInput): StyrdokExport {
  const head = <T extends string>(type: T, id: string, origin: Origin) => ({ id, type, file: exportPath(origin.file), line: origin.line, column: origin.column });
  const inDocument = <T extends string>(type: T, item: { id: string; origin: Origin }) => ({
    ...head(type, item.id, item.origin),
    document: item.origin.document!,
    chapter: item.origin.chapter ?? null,
  });
  const supersededBy = new Map<string, string[]>();
  for (const document of corpus.documents) {
    for (const relation of document.relations ?? []) {
      if (supersedingRelations.has(relation.relation)) supersededBy.set(relation.document, [...(supersededBy.get(relation.document) ?? []), document.id]);
    }
  }
  const successors = new Map<string, string[]>();
  for (const actor of corpus.actors) for (const predecessor of actor.predecessors ?? []) successors.set(predecessor, [...(successors.get(predecessor) ?? []), actor.id]);

  const documents: ExportDocument[] = corpus.documents.map((document) => {
    const { chapters, ...rest } = without(document);
    return {
      ...head("document", document.id, document.origin),
      ...rest,
      validFrom: document.validity?.from ?? null,
      validTo: document.validity?.to ?? null,
      supersedes: [...new Set((document.relations ?? []).filter((relation) => supersedingRelations.has(relation.relation)).map((relation) => relation.document))],
      supersededBy: supersededBy.get(document.id) ?? [],
      statusPeriods: exportedPeriods(graph, document.id),
      chapters: chapters.map((chapter) => chapter.id),
    };
  });

  const chapters: ExportChapter[] = corpus.chapters.map((chapter) => {
    const { tree: _tree, text: _text, document: _document, mentions: _mentions, places: _places, ...rest } = without(chapter);
    return { ...head("chapter", chapter.id, chapter.origin), document: chapter.document, ...rest };
  });

  const goals: ExportGoal[] = corpus.goals.map((goal) => ({
    ...inDocument("goal", goal),
    ...without(goal),
    parent: goal.parent ?? null,
    frameworkGoals: (goal.frameworkGoals ?? []).map((link) => link.goal),
    frameworkGoalLinks: goal.frameworkGoals ?? [],
  }));

  const measures: ExportMeasure[] = corpus.measures.map((measure) => ({
    ...inDocument("measure", measure),
    ...without(measure),
    goals: measure.goals ?? [],
    frameworkGoals: (measure.frameworkGoals ?? []).map((link) => link.goal),
    frameworkGoalLinks: measure.frameworkGoals ?? [],
    responsible: measure.responsible ?? [],
    partners: measure.partners ?? [],
    indicators: measure.indicators ?? [],
    legalBasis: measure.legalBasis ?? [],
  }));

  const responsibilities: ExportResponsibility[] = corpus.responsibilities.map((responsibility) => ({
    ...inDocument("responsibility", responsibility),
    ...without(responsibility),
    targetGroups: responsibility.targetGroups ?? [],
    phases: responsibility.phases ?? [],
    legalBasis: responsibility.legalBasis ?? [],
    goals: responsibility.goals ?? [],
  }));

  const indicators: ExportIndicator[] = corpus.indicators.map((indicator) => ({
    ...inDocument("indicator", indicator),
    ...without(indicator),
    goals: indicator.goals ?? [],
    sources: indicator.sources ?? [],
    observations: indicator.observations ?? [],
  }));

  const actors: ExportActor[] = corpus.actors.map((actor) => ({
    ...head("actor", actor.id, actor.origin),
    ...without(actor),
    counties: actor.counties ?? [],
    parent: actor.parent ?? null,
    members: actor.members ?? [],
    predecessors: actor.predecessors ?? [],
    successors: successors.get(actor.id) ?? [],
  }));

  const sources: ExportSource[] = corpus.sources.map((source) => ({ ...head("source", source.id, source.origin), ...without(source) }));

  const frameworks: ExportFramework[] = corpus.frameworks.map((framework) => ({
    ...head("framework", framework.id, framework.origin),
    ...without(framework),
    goals: framework.goals.map((goal) => goal.id),
  }));

  const frameworkGoals: ExportFrameworkGoal[] = corpus.frameworkGoals.map((goal) => ({
    ...head("framework-goal", goal.id, goal.origin),
    ...without(goal),
    parent: goal.parent ?? null,
  }));

  return {
    format: "styrdok-export",
    version: 1,
    documents,
    chapters,
    goals,
    measures,
    responsibilities,
    indicators,
    definitions: corpus.definitions.map((definition) => ({ ...inDocument("definition", definition), ...without(definition), sources: definition.sources ?? [] })),
    events: corpus.events.map((event) => ({ ...inDocument("event", event), ...without(event), actors: event.actors ?? [] })),
    templates: corpus.templates.map((template) => ({ ...inDocument("template", template), ...without(template) })),
    actors,
    sources,
    frameworks,
    frameworkGoals,
    relations: graph.relations
      .filter((relation) => !structural.has(relation.field))
      .map(({ origin, ...relation }) => ({ ...relation, file: exportPath(origin.file), line: origin.line, column: origin.column })),
    gaps: corpus.gaps.map((gap) => ({ ...inDocument("gap", gap), ...without(gap) })),
    sourceErrors: corpus.sourceErrors.map((error) => ({ ...inDocument("source-error", error), ...without(error) })),
  };
}

/**
 * A document's status over all time (validity.ts) as the export gives it: every period with both
 * ends, null where open, so that a consumer finds the status on any day without our rules.
 */
function exportedPeriods(graph: Graph, documentId: string): ExportDocument["statusPeriods"] {
  const periods = statusPeriodsOf(graph, documentId)!.map((period) => ({
    status: period.status,
    from: period.from ?? null,
    to: period.to ?? null,
    basis: period.basis,
    ...(period.supersededBy ? { supersededBy: period.supersededBy.map((successor) => ({ document: successor.document, from: successor.from ?? null })) } : {}),
  }));
  return [periods[0]!, ...periods.slice(1)];
}

/** The export as the JSON text that `styrdok export` writes and the site offers for download. */
export function exportJson(data: StyrdokExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
