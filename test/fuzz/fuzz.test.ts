// The fuzzers' bounded run, part of `npm test`: every property of properties.ts with its few
// runs and a fixed seed, so that a run is the same every time and never flakes. The longer run
// with a random seed is `pnpm task:fuzz` (run.ts); what either finds is kept in regressions.test.ts.
import fc from "fast-check";
import { describe, it } from "vitest";
import { asProperty, fuzzSeed, properties, runsOf } from "./properties.ts";

describe("fuzzing", () => {
  for (const fuzz of properties) {
    it(fuzz.name, { timeout: 300_000 }, async () => {
      // A run that waits longer than this has hung: the Markdown workers' deadline (10 s) stops a hostile body well before.
      await fc.assert(asProperty(fuzz), { numRuns: runsOf(fuzz), seed: fuzzSeed, timeout: 60_000 });
    });
  }
});
