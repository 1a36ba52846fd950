import { Octokit } from '@octokit/rest';
import { ApiQuota } from './api-quota.js';
export type GitHubClient = Octokit;
export interface GitHubClientOptions {
    token: string;
    /** The REST API's root, e.g. https://api.github.com or a GitHub Enterprise Server's /api/v3. */
    baseUrl: string;
    /** Where rate-limit waits are reported. */
    warn: (message: string) => void;
    /** Counts every request and reads the quota off every response (default: a quota of its own). */
    quota?: ApiQuota;
    /** No response (or no data of one) for this long ends a request. */
    requestTimeoutMs?: number;
    /** Whether the run can afford to wait this long for a rate limit to pass (its time budget, cancellation); default: a minute. */
    mayWait?: (ms: number) => boolean;
}
/** Outside a run (no budget to measure against), rate limits are waited out only this long. */
export declare function shortWaitsOnly(ms: number): boolean;
/** The pause before a retry, in units of (retry number)²: a sixtieth of the request timeout. */
export declare function retryPauseUnitMs(requestTimeoutMs: number): number;
export declare function createGitHubClient(options: GitHubClientOptions): GitHubClient;
/**
 * The commit SHA `ref` names in a repository, in one request for the bare SHA. With `ifNoneMatch`
 * (a SHA), GitHub answers 304 while `ref` still names it: a free check that a head did not move.
 */
export declare function commitSha(octokit: GitHubClient, repository: {
    owner: string;
    repo: string;
}, ref: string, ifNoneMatch?: string, signal?: AbortSignal): Promise<string>;
/** The HTTP status of an Octokit error, or undefined for other errors. */
export declare function httpStatus(error: unknown): number | undefined;
