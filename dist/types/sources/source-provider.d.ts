import type { StatsRecord } from '../stats/record.js';
export interface ComputeOptions {
    /** Aborted when the datum is to be given up (its deadline, the run's time budget, cancellation). */
    signal: AbortSignal;
    /** The commit to compute at, when a refresh already learnt the new head; default: the default branch's head. */
    commit?: string;
}
/** Refresh's question about a repository: did its default branch move from the recorded commit? */
export type HeadCheck = {
    moved: false;
} | {
    moved: true;
    head: string | null;
};
/** Where the sources of repositories come from: GitHub's archives, or a local folder. */
export interface SourceProvider {
    /**
     * The record of `repo`. A definite failure (not found, too large, corrupt) is a record with an
     * error, so the other datums go on; anything that may pass on a later try (a 5xx, a timeout, a
     * dropped connection, a spent quota, an abort) is thrown, for the caller to classify.
     */
    compute(repo: string, options: ComputeOptions): Promise<StatsRecord>;
    /**
     * Refresh: whether `repo`'s default branch moved from `commit` (and where to, when known).
     * Throws when that cannot be told now (a transient failure); a repository that is gone counts
     * as moved, so that computing it records the definite answer.
     */
    headMoved(repo: string, commit: string | null, signal: AbortSignal): Promise<HeadCheck>;
    /** API requests one computed datum costs at most, for the quota: 1 through the API, 0 otherwise. */
    readonly apiRequestsPerDatum: number;
}
