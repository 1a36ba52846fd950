/**
 * A data commit's message: a summary line, then git trailers that make it self-describing:
 * provenance (`Tusk-Input-Commit`) and the run's counts, which `tusk log` shows.
 */
export interface DataCommitCounts {
    processed: number;
    reused: number;
    failed: number;
    rows: number;
    invalid: number;
}
export interface DataCommitFacts {
    inputCommit: string;
    mode: string;
    counts: DataCommitCounts;
}
export declare const INPUT_COMMIT_TRAILER = "Tusk-Input-Commit";
export declare function formatDataCommitMessage(facts: DataCommitFacts): string;
/** The facts of a data commit, or null for a commit that Tusk did not make. */
export declare function parseDataCommitMessage(message: string): DataCommitFacts | null;
