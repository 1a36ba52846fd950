import { ApiQuota } from '../github/api-quota.js';
import { type GitHubClient } from '../github/octokit.js';
import type { ArchiveLimits } from '../sources/archive-stats.js';
import { GitHubSources, type DownloadMode } from '../sources/github-sources.js';
import { GitHubBackend } from '../store/github-backend.js';
export interface GitHubConnectionOptions {
    token: string;
    /** The REST API's root, e.g. https://api.github.com or a GitHub Enterprise Server's /api/v3. */
    apiUrl: string;
    /** The web root, e.g. https://github.com: where source archives are. */
    serverUrl: string;
    requestTimeoutMs: number;
    /** Whether a rate limit may be waited out for this long (a run's budget and cancellation say). */
    mayWait: (ms: number) => boolean;
    warn: (message: string) => void;
}
/** Everything a run reaches GitHub through: one client, one quota, one request timeout. */
export interface GitHubAccess {
    octokit: GitHubClient;
    quota: ApiQuota;
    backend(owner: string, repo: string): GitHubBackend;
    sources(download: DownloadMode, limits: ArchiveLimits): GitHubSources;
}
/** The one place the action and the client set up their GitHub access. */
export declare function connectGitHub(options: GitHubConnectionOptions): GitHubAccess;
