// `styrdok coverage`: per goal of each framework (the national strategy, the gender-equality
// goals, Agenda 2030 …), which documents' goals and measures serve it in each county, and
// which counties have nothing under it. The answer is computed in @styrdok/core.
import { countyName, csvText, type FrameworkGoalCoverage, frameworkCoverage, type Graph, type Lang, labelOf } from "@styrdok/core";

const words = {
  sv: {
    none: "inget",
    without: "Inget under målet",
    direct: (basis: string | undefined) => (basis === "inferred" ? "direkt, härlett" : "direkt, i källan"),
    viaGoal: "genom mål",
    summary: (documents: number, goals: number, measures: number) => `${documents} dokument, ${goals} mål, ${measures} åtgärder`,
    noFrameworks: "Det finns inga ramverk i innehållet.",
  },
  en: {
    none: "nothing",
    without: "Nothing under the goal",
    direct: (basis: string | undefined) => (basis === "inferred" ? "direct, inferred" : "direct, stated"),
    viaGoal: "through a goal",
    summary: (documents: number, goals: number, measures: number) => `${documents} documents, ${goals} goals, ${measures} measures`,
    noFrameworks: "There are no frameworks in the content.",
  },
};

export function frameworkIds(graph: Graph, only?: string): string[] {
  return [...graph.items.values()].filter((item) => item.type === "framework" && (!only || item.id === only)).map((item) => item.id);
}

function viaText(entry: { via: "direct" | "goal"; basis?: string }, lang: Lang): string {
  return entry.via === "direct" ? words[lang].direct(entry.basis) : words[lang].viaGoal;
}

export function coverageText(graph: Graph, frameworks: string[], lang: Lang): string {
  if (frameworks.length === 0) return `${words[lang].noFrameworks}\n`;
  const out: string[] = [];
  for (const framework of frameworks) {
    out.push(`${labelOf(graph.get(framework)!)} (${framework})`, "");
    for (const coverage of frameworkCoverage(graph, framework)) {
      out.push(`  ${labelOf(coverage.goal, 160)}`);
      for (const [county, bucket] of [...coverage.counties].sort(([a], [b]) => a.localeCompare(b))) {
        out.push(`    ${countyName(county)}: ${words[lang].summary(bucket.documents.size, bucket.goals.length, bucket.measures.length)}`);
        for (const document of bucket.documents) {
          out.push(`      ${document}  ${labelOf(graph.get(document)!, 90)}`);
          for (const entry of [...bucket.goals, ...bucket.measures]) {
            if (entry.item.document !== document) continue;
            out.push(`        ${entry.item.id}  ${labelOf(entry.item, 80)}  [${viaText(entry, lang)}]`);
          }
        }
      }
      out.push(`    ${words[lang].without}: ${coverage.countiesWithout.map(countyName).join(", ") || "–"}`, "");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function rows(_graph: Graph, framework: string, coverage: FrameworkGoalCoverage) {
  const counties = [...coverage.counties.keys(), ...coverage.countiesWithout].sort();
  return counties.map((county) => {
    const bucket = coverage.counties.get(county);
    return {
      framework,
      frameworkGoal: coverage.goal.id,
      frameworkGoalLabel: labelOf(coverage.goal, 500),
      county,
      countyName: countyName(county),
      documents: bucket ? [...bucket.documents] : [],
      goals: bucket ? bucket.goals.map((entry) => ({ id: entry.item.id, via: entry.via, ...(entry.basis ? { basis: entry.basis } : {}) })) : [],
      measures: bucket ? bucket.measures.map((entry) => ({ id: entry.item.id, via: entry.via, ...(entry.basis ? { basis: entry.basis } : {}) })) : [],
    };
  });
}

export function coverageJson(graph: Graph, frameworks: string[]): string {
  const result = frameworks.map((framework) => ({
    framework,
    name: labelOf(graph.get(framework)!, 500),
    goals: frameworkCoverage(graph, framework).map((coverage) => ({
      goal: coverage.goal.id,
      label: labelOf(coverage.goal, 500),
      counties: rows(graph, framework, coverage).map(({ county, countyName, documents, goals, measures }) => ({ county, countyName, documents, goals, measures })),
      countiesWithout: coverage.countiesWithout,
    })),
  }));
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** One row per framework goal and county, with counts: the comparison table for a spreadsheet. */
export function coverageCsv(graph: Graph, frameworks: string[]): string {
  const columns = ["framework", "frameworkGoal", "frameworkGoalLabel", "county", "countyName", "documentCount", "goalCount", "measureCount", "documents", "goals", "measures"];
  const all = frameworks.flatMap((framework) =>
    frameworkCoverage(graph, framework).flatMap((coverage) =>
      rows(graph, framework, coverage).map((row) => ({
        ...row,
        documentCount: row.documents.length,
        goalCount: row.goals.length,
        measureCount: row.measures.length,
        goals: row.goals.map((goal) => goal.id),
        measures: row.measures.map((measure) => measure.id),
      })),
    ),
  );
  return csvText({ columns, rows: all });
}
