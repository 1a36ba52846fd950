import type { Rename } from '../stats/record.js';
export interface DataCommitCounts {
    /** Datums this commit computed (new against its parent). */
    processed: number;
    /** Datums whose record it carried over. */
    reused: number;
    failed: number;
    /** Datums not computed yet: a later run of the same input finishes them. */
    pending: number;
    /** Records an older stats engine made, kept until they are computed again. */
    outdated: number;
    rows: number;
    invalid: number;
    /** Sums over the rows: the dataset's size at this commit, for history and trends without reading its files. */
    lines: number;
    deps: number;
}
export interface DataCommitFacts {
    inputCommit: string;
    mode: string;
    counts: DataCommitCounts;
    /** Why the run stopped before every datum was computed (quota, time, cancel), if it did. */
    stopped?: string;
    /** The part of the run this commit's job computed (`K/N`), when the run was split over a matrix. */
    shard?: string;
    /** The datums the run computed again by request (a forced re-run), though they could be reused. */
    forced?: string[];
    /** Read back from a message that lists only some of them: how many there were in all. */
    forcedTotal?: number;
    /** Rows this commit changed because the stats engine changed, not their source. */
    engineChanged?: number;
    /** Input names GitHub now knows under another name. */
    renamed?: Rename[];
    /** Read back from a message that lists only some of them: how many there were in all. */
    renamedTotal?: number;
    /** The Tusk release and the stats engine version that made this commit (absent on older commits). */
    tuskVersion?: string;
    engine?: number;
}
export declare const INPUT_COMMIT_TRAILER = "Tusk-Input-Commit";
export declare function formatDataCommitMessage(facts: DataCommitFacts): string;
/** The facts of a data commit, or null for a commit that Tusk did not make. */
export declare function parseDataCommitMessage(message: string): DataCommitFacts | null;
