import type { ApiQuota } from '../github/api-quota.js';

/**
 * Requests kept back from datums for the commits a run must still make: a final commit (a blob
 * for each data file, the tree with the README and chart inside it, the commit, the ref, and on a
 * commit another run made, the reads the views are drawn from and a listing of projects/) and,
 * after a lost race, a second read of the branch and a second try; or the bot's comment (its pull
 * request, its comments, the trend's history, the write, a second listing). A few to spare: running
 * out mid-commit loses the run's work, keeping a datum back only delays it.
 */
const COMMIT_RESERVE = 26;
/** What a checkpoint commit spends, at most: three blobs, the tree, the commit, the ref, the views' two reads and a listing, one to spare. */
const CHECKPOINT_REQUESTS = 10;

export interface QuotaGate {
  /** Whether a datum costing `requests` may start. */
  mayStart(requests: number): boolean;
  /** Whether a checkpoint commit may spend its requests now. */
  mayCheckpoint(): boolean;
}

/**
 * The quota's say in a run: datums start only while the commits' share stays free (when they go
 * through the API), counting every datum that may start before its request is counted (one a worker).
 */
export function quotaGate(quota: ApiQuota | null, options: { concurrency: number; commitsUseApi: boolean }): QuotaGate {
  const reserve = (options.commitsUseApi ? COMMIT_RESERVE : 0) + options.concurrency;
  return {
    mayStart: (requests) => quota === null || quota.allows(requests, reserve),
    mayCheckpoint: () => quota === null || quota.allows(CHECKPOINT_REQUESTS, reserve),
  };
}
