/**
 * The totals of recent data commits, read off their trailers (no data file read): what the data
 * branch's chart and the bot's trend show.
 */
import { type DataCommitFacts } from '../store/data-commit-message.js';
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
export declare const TOTALS_SERIES: readonly [{
    readonly key: "repositories";
    readonly title: "Repositories";
    readonly color: "#0969da";
}, {
    readonly key: "lines";
    readonly title: "Lines";
    readonly color: "#1a7f37";
}, {
    readonly key: "deps";
    readonly title: "Deps";
    readonly color: "#8250df";
}];
export type TotalsSeries = (typeof TOTALS_SERIES)[number];
/** How many data commits a trend goes back: one history request on GitHub, and a readable chart. */
export declare const TREND_COMMITS = 30;
/** The point of a data commit with these facts. */
export declare function trendPoint(dataCommit: string | null, facts: DataCommitFacts): TrendPoint;
/** The data commits among `commits` (newest first, as history gives them), as points oldest first; commits Tusk did not make are left out. */
export declare function trendOfCommits(commits: readonly CommitInfo[]): TrendPoint[];
/** `points` with `next` after them, keeping the last `TREND_COMMITS`. */
export declare function extendTrend(points: readonly TrendPoint[], next: TrendPoint): TrendPoint[];
