/**
 * The totals of recent data commits, read off their trailers (no data file read): what the data
 * branch's chart and the bot's trend show.
 */
import { parseDataCommitMessage, type DataCommitFacts } from '../store/data-commit-message.js';
import type { CommitInfo } from '../store/repo-backend.js';

/** One data commit's totals: a point of the trend. */
export interface TrendPoint {
  /** null for the commit being made, whose SHA depends on what is drawn here. */
  dataCommit: string | null;
  inputCommit: string;
  repositories: number;
  deps: number;
  lines: number;
}

/** The totals a trend shows, each in a color of its own (GitHub's palette), in this order wherever they are drawn. */
export const TOTALS_SERIES = [
  { key: 'repositories', title: 'Repositories', color: '#0969da' },
  { key: 'lines', title: 'Lines', color: '#1a7f37' },
  { key: 'deps', title: 'Deps', color: '#8250df' },
] as const;

export type TotalsSeries = (typeof TOTALS_SERIES)[number];

/** How many data commits a trend goes back: one history request on GitHub, and a readable chart. */
export const TREND_COMMITS = 30;

/** The point of a data commit with these facts. */
export function trendPoint(dataCommit: string | null, facts: DataCommitFacts): TrendPoint {
  const { rows, deps, lines } = facts.counts;
  return { dataCommit, inputCommit: facts.inputCommit, repositories: rows, deps, lines };
}

/** The data commits among `commits` (newest first, as history gives them), as points oldest first; commits Tusk did not make are left out. */
export function trendOfCommits(commits: readonly CommitInfo[]): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const commit of commits) {
    const facts = parseDataCommitMessage(commit.message);
    if (facts) points.push(trendPoint(commit.sha, facts));
  }
  return points.reverse();
}

/** `points` with `next` after them, keeping the last `TREND_COMMITS`. */
export function extendTrend(points: readonly TrendPoint[], next: TrendPoint): TrendPoint[] {
  return [...points, next].slice(-TREND_COMMITS);
}
