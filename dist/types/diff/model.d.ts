/**
 * The data diff (SPEC §3 "The bot", §5 `tusk diff`): one model behind the bot's comment, the job
 * summary and `tusk diff`. Rows are those of `stats/results`: the records without an error.
 */
import type { InvalidLine } from '../names/input-file.js';
import { type StatsRecord } from '../stats/record.js';
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
    totals: {
        before: Totals;
        after: Totals;
    };
    /** The after side's records with an error. */
    failed: FailedDatum[];
    /** The after side's datums not computed yet (a run stopped early): neither rows nor failures. */
    pending: string[];
    /** The after side's invalid input lines. */
    invalid: InvalidLine[];
}
export interface DiffCounts {
    added: number;
    removed: number;
    changed: number;
}
/** The rows of `stats/results` for a set of records, in the data files' order. */
export declare function resultRows(records: StatsRecord[]): Row[];
/** Compares two data commits. Pure: the result depends on neither side's order. */
export declare function diffData(before: DataSide, after: DataSide): DataDiff;
/** The after side's rows rebuilt from the before side's and the diff (unchanged rows keep their spelling). */
export declare function applyDiff(beforeRows: Row[], diff: DataDiff): Row[];
/** True when the diff changes no data: no row added, removed or changed, no failure, nothing pending, no invalid line. */
export declare function isEmpty(diff: DataDiff): boolean;
/** The row counts the action reports as outputs. */
export declare function counts(diff: DataDiff): DiffCounts;
