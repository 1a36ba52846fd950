import { Octokit } from '@octokit/rest';
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
export declare function createGitHubClient(options: GitHubClientOptions): GitHubClient;
/**
 * The commit SHA `ref` names in a repository, in one request for the bare SHA. With `ifNoneMatch`
 * (a SHA), GitHub answers 304 while `ref` still names it: a free check that a head did not move.
 */
export declare function commitSha(octokit: GitHubClient, repository: {
    owner: string;
    repo: string;
}, ref: string, ifNoneMatch?: string): Promise<string>;
/** The HTTP status of an Octokit error, or undefined for other errors. */
export declare function httpStatus(error: unknown): number | undefined;
