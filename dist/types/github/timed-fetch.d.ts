import type { ApiQuota } from './api-quota.js';
/** A request that got no answer, or a download that got no data, for too long. */
export declare class RequestTimeout extends Error {
    name: string;
}
export interface TimedFetchOptions {
    /** The longest wait for a response, and then for each piece of its body. */
    timeoutMs: number;
    /** Counts the requests against the API quota (API requests only). */
    quota?: ApiQuota;
}
/**
 * fetch with a timeout on every request that measures silence, not length: no response, or no
 * new bytes of the body, for `timeoutMs` ends it. A long download goes on as long as bytes flow;
 * a stalled one is cut off instead of holding the run until the job is killed.
 */
export declare function timedFetch(options: TimedFetchOptions): typeof fetch;
