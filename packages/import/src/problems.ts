// What stops an import, as data: a finding code of core's and its parameters, put into words by
// core's messages like every other finding, so an editor reads them the same way.
import type { FindingParams } from "@styrdok/core";

export type ImportProblemCode = Extract<keyof FindingParams, `import-${string}`>;
export type ImportProblemParams = Pick<FindingParams, ImportProblemCode>;

export type ImportProblem = {
  [C in ImportProblemCode]: { code: C; params: FindingParams[C]; place?: { line: number; column: number } };
}[ImportProblemCode];
