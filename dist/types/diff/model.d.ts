/**
 * The data diff (docs/contract.md §7 the bot, §8.8 `tusk diff`): one model behind the bot's comment, the job
 * summary and `tusk diff`. Rows are those of `stats/results`: the records without an error.
 */
import type { InvalidLine } from '../names/input-file.js';
import { type Rename, type StatsRecord } from '../stats/record.js';
/** One data commit's side of a comparison; `invalid` may be empty (a base has none to report). */
export interface DataSide {
    records: StatsRecord[];
    invalid: InvalidLine[];
}
/** A line of `stats/results`. */
export interface Row {
    repo: string;
    deps: number;
    lines: number;
}
export interface Change {
    before: number;
    after: number;
    delta: number;
}
/** A repository in both sides whose deps or lines differ; `repo` is the after side's spelling. */
export interface ChangedRow {
    repo: string;
    deps: Change;
    lines: Change;
}
export interface FailedDatum {
    repo: string;
    error: string;
}
export interface Totals {
    repositories: number;
    deps: number;
    lines: number;
}
export interface DataDiff {
    added: Row[];
    removed: Row[];
    changed: ChangedRow[];
    /** Rows in both sides with the same numbers; a case-only rename is the same row. */
    unchanged: number;
    /** Changed rows of the same source commit made by different engine versions: the engine changed them, not the source. */
    engineChanged: number;
    totals: {
        before: Totals;
        after: Totals;
    };
    /** The after side's records with an error. */
    failed: FailedDatum[];
    /** The after side's datums not computed yet (a run stopped early): neither rows nor failures. */
    pending: string[];
    /** The after side's input names that GitHub now serves under another name. */
    renamed: Rename[];
    /** The after side's invalid input lines. */
    invalid: InvalidLine[];
}
export interface DiffCounts {
    added: number;
    removed: number;
    changed: number;
}
/** Compares two data commits. Pure: the result depends on neither side's order. */
export declare function diffData(before: DataSide, after: DataSide): DataDiff;
/** True when the diff changes no data: no row added, removed or changed, no failure, nothing pending, no invalid line. */
export declare function isEmpty(diff: DataDiff): boolean;
/** The row counts the action reports as outputs. */
export declare function counts(diff: DataDiff): DiffCounts;
