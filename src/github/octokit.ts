import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

/** Octokit with GitHub's recommended throttling and retries of transient errors (5xx, rate limits). */
const TuskOctokit: typeof Octokit = Octokit.plugin(retry, throttling);
export type GitHubClient = Octokit;

export interface GitHubClientOptions {
  token: string;
  /** The REST API's root, e.g. https://api.github.com or a GitHub Enterprise Server's /api/v3. */
  baseUrl: string;
  /** Where rate-limit waits are reported. */
  warn: (message: string) => void;
  /** How often a rate-limited request is tried again before it fails. */
  rateLimitRetries?: number;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const retries = options.rateLimitRetries ?? 3;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      if (retryCount >= retries) return false;
      options.warn(`${kind} on ${request.method} ${request.url}: retrying in ${retryAfter} s`);
      return true;
    };
  return new TuskOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'tusk',
    // Failed requests are reported by their callers, in context; the client itself logs only warnings.
    log: { debug: () => {}, info: () => {}, warn: options.warn, error: () => {} },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      // GitHub asks for a second between writes when a client makes many. A run makes three or
      // four, one after another, so they keep to one at a time without the wait.
      write: new Bottleneck.Group({ id: 'tusk-write', maxConcurrent: 1, minTime: 0 }),
    },
    // 4xx other than rate limits are answers, not transient failures.
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
  });
}

/**
 * The commit SHA `ref` names in a repository, in one request for the bare SHA. With `ifNoneMatch`
 * (a SHA), GitHub answers 304 while `ref` still names it: a free check that a head did not move.
 */
export async function commitSha(octokit: GitHubClient, repository: { owner: string; repo: string }, ref: string, ifNoneMatch?: string): Promise<string> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
    ...repository,
    ref,
    headers: { accept: 'application/vnd.github.sha', ...(ifNoneMatch ? { 'if-none-match': `"${ifNoneMatch}"` } : {}) },
  });
  return String(data).trim();
}

/** The HTTP status of an Octokit error, or undefined for other errors. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
