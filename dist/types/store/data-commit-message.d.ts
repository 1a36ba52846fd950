/**
 * A data commit's message: a summary line, then git trailers that make it self-describing:
 * provenance (`Tusk-Input-Commit`), the run's counts, which `tusk log` shows, and for a partial
 * commit how many datums are pending and why the run stopped.
 */
export interface DataCommitCounts {
    /** Datums this commit computed (new against its parent). */
    processed: number;
    /** Datums whose record it carried over. */
    reused: number;
    failed: number;
    /** Datums not computed yet: a later run of the same input finishes them. */
    pending: number;
    rows: number;
    invalid: number;
}
export interface DataCommitFacts {
    inputCommit: string;
    mode: string;
    counts: DataCommitCounts;
    /** Why the run stopped before every datum was computed (quota, time, cancel), if it did. */
    stopped?: string;
}
export declare const INPUT_COMMIT_TRAILER = "Tusk-Input-Commit";
export declare function formatDataCommitMessage(facts: DataCommitFacts): string;
/** The facts of a data commit, or null for a commit that Tusk did not make. */
export declare function parseDataCommitMessage(message: string): DataCommitFacts | null;
