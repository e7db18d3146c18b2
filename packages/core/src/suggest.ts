import { distance } from "fastest-levenshtein";

/**
 * The candidate nearest to what was written, when it is close enough to be a likely typo
 * (at most a third of the characters differ), else "".
 */
export function nearest(written: string, candidates: Iterable<string>): string {
  return nearestAll(written, candidates)[0] ?? "";
}

/**
 * Every candidate at the least distance from what was written, in the candidates' order, when
 * that distance makes a likely typo; more than one is a tie that no one can settle by spelling.
 * Empty when nothing is close enough, or when what was written is itself a candidate.
 */
export function nearestAll(written: string, candidates: Iterable<string>): string[] {
  let best: string[] = [];
  let least = Number.POSITIVE_INFINITY;
  const allowed = Math.max(1, Math.floor(written.length / 3));
  for (const candidate of new Set(candidates)) {
    // The distance is at least the difference in length: a candidate that cannot be near is not
    // measured, so that a megabyte written where an id belongs costs no time per id of the corpus.
    if (Math.abs(written.length - candidate.length) > Math.min(least, allowed)) continue;
    const d = distance(written, candidate);
    if (d < least) {
      least = d;
      best = [candidate];
    } else if (d === least) best.push(candidate);
  }
  if (least === 0) return [];
  return least <= allowed ? best : [];
}
