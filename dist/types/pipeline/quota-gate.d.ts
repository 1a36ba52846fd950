import type { ApiQuota } from '../github/api-quota.js';
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
export declare function quotaGate(quota: ApiQuota | null, options: {
    concurrency: number;
    commitsUseApi: boolean;
}): QuotaGate;
