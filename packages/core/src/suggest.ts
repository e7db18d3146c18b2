import { closest, distance } from "fastest-levenshtein";

/**
 * The candidate nearest to what was written, when it is close enough to be a likely typo
 * (at most a third of the characters differ), else "".
 */
export function nearest(written: string, candidates: Iterable<string>): string {
  const list = [...candidates];
  if (list.length === 0) return "";
  const best = closest(written, list);
  if (best === written) return "";
  return distance(written, best) <= Math.max(1, Math.floor(written.length / 3)) ? best : "";
}
