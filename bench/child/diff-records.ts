import type { StatsRecord } from '../../src/stats/record.js';

/** A fake but valid commit sha for row `i`. */
function sha(i: number): string {
  return (i * 2654435761).toString(16).padStart(8, '0').repeat(5).slice(0, 40);
}

function record(i: number, deps: number, lines: number): StatsRecord {
  return { repo: `owner-${i % 211}/repo-${i}`, commit: sha(i), files: 1 + (i % 40), lines, deps, unparsed: 0, error: null };
}

/**
 * Two data commits whose diff has `rows` rows and nothing unchanged: the first half of the rows
 * changed (deps and lines differ), the second half added.
 */
export function diffSides(rows: number): { before: StatsRecord[]; after: StatsRecord[] } {
  const changed = Math.floor(rows / 2);
  const before = Array.from({ length: changed }, (_, i) => record(i, i % 30, 1_000 + i));
  const after = Array.from({ length: rows }, (_, i) => record(i, (i % 30) + 1, 1_000 + i * 3 + 7));
  return { before, after };
}
