/** Trend points and facts for the view tests. */
import type { DataCommitFacts } from '../../src/store/data-commit-message.js';
import type { TrendPoint } from '../../src/views/trend.js';

export function sha(n: number, digit = 'a'): string {
  return `${n.toString(16).padStart(7, '0')}${digit.repeat(33)}`;
}

/** A known history: point i has i + 1 repositories, 10 i deps and 1,000 + 37 i lines (a dip every fourth). */
export function history(count: number): TrendPoint[] {
  return Array.from({ length: count }, (_, i) => ({
    dataCommit: sha(i, 'd'),
    inputCommit: sha(i, 'e'),
    repositories: i + 1,
    deps: 10 * i,
    lines: 1000 + 37 * i - (i % 4 === 3 ? 90 : 0),
  }));
}

export function facts(counts: Partial<DataCommitFacts['counts']> = {}, inputCommit = sha(1, 'e')): DataCommitFacts {
  return {
    inputCommit,
    mode: 'commit',
    counts: { processed: 0, reused: 0, failed: 0, pending: 0, outdated: 0, rows: 0, invalid: 0, lines: 0, deps: 0, ...counts },
  };
}
