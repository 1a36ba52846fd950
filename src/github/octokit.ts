import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { formatDuration } from '../duration.js';
import { DEFAULTS } from '../defaults.js';
import { ApiQuota } from './api-quota.js';
import { timedFetch } from './timed-fetch.js';

/** Octokit with GitHub's recommended throttling and retries of transient errors (5xx, rate limits). */
const TuskOctokit: typeof Octokit = Octokit.plugin(retry, throttling);
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
export function shortWaitsOnly(ms: number): boolean {
  return ms <= 60_000;
}

/** Downloads give up on a spent quota at once: their datum stays pending for the next run. */
function isDownload(request: { url: string }): boolean {
  return /\/tarball(\/|$)/.test(request.url);
}

/** The pause before a retry, in units of (retry number)²: a sixtieth of the request timeout. */
export function retryPauseUnitMs(requestTimeoutMs: number): number {
  return Math.ceil(requestTimeoutMs / 60);
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const onLimit =
    (kind: string, maxRetries: number) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const waitMs = retryAfter * 1000;
      const mayWait = options.mayWait ?? shortWaitsOnly;
      if (retryCount >= maxRetries || (kind === 'rate limit' && isDownload(request)) || !mayWait(waitMs)) return false;
      options.warn(`${kind} on ${request.method} ${request.url}: retrying in ${formatDuration(waitMs)}`);
      return true;
    };
  return new TuskOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'tusk',
    // Failed requests are reported by their callers, in context; the client itself logs only warnings.
    log: { debug: () => {}, info: () => {}, warn: options.warn, error: () => {} },
    request: { fetch: timedFetch({ timeoutMs: options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs, quota: options.quota ?? new ApiQuota() }) },
    throttle: {
      // A spent primary quota is waited out only where the run can afford it (see mayWait).
      onRateLimit: onLimit('rate limit', 1),
      onSecondaryRateLimit: onLimit('secondary rate limit', 3),
      // GitHub asks for a second between writes when a client makes many. A run makes three or
      // four, one after another, so they keep to one at a time without the wait.
      write: new Bottleneck.Group({ id: 'tusk-write', maxConcurrent: 1, minTime: 0 }),
    },
    // 4xx other than rate limits are answers, not transient failures. Retries wait 1, 4, then 9
    // sixtieths of the request timeout (seconds at the default minute): a run that asks for quick
    // answers also gives up on a failing request sooner (docs/contract.md §6.4).
    retry: {
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
      retryAfterBaseValue: retryPauseUnitMs(options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs),
    },
  });
}

/**
 * The commit SHA `ref` names in a repository, in one request for the bare SHA. With `ifNoneMatch`
 * (a SHA), GitHub answers 304 while `ref` still names it: a free check that a head did not move.
 */
export async function commitSha(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  ref: string,
  ifNoneMatch?: string,
  signal?: AbortSignal,
): Promise<string> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
    ...repository,
    ref,
    headers: { accept: 'application/vnd.github.sha', ...(ifNoneMatch ? { 'if-none-match': `"${ifNoneMatch}"` } : {}) },
    ...(signal ? { request: { signal } } : {}),
  });
  return String(data).trim();
}

/** The HTTP status of an Octokit error, or undefined for other errors. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
