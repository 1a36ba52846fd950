import type { ApiQuota } from '../github/api-quota.js';

/**
 * Requests kept back from datums for the commits a run must still make: a final commit (tree,
 * commit, ref) and, after a lost race, a second read of the branch and a second try; or the
 * bot's comment (its pull request, its comments, the write).
 */
const COMMIT_RESERVE = 12;
/** What a checkpoint commit spends. */
const CHECKPOINT_REQUESTS = 3;

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
