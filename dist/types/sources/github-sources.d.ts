import { type GitHubClient } from '../github/octokit.js';
import { type StatsRecord } from '../stats/record.js';
import { type ArchiveLimits } from './archive-stats.js';
import type { ComputeOptions, HeadCheck, SourceProvider } from './source-provider.js';
/**
 * How tarballs are fetched: `api`, one REST request each (private repositories too); `archive`,
 * the server's source-archive URLs (public repositories only, no API quota); `auto`, archive URLs
 * first and the API for what they do not serve.
 */
export type DownloadMode = 'auto' | 'api' | 'archive';
export declare const DOWNLOAD_MODES: readonly DownloadMode[];
export interface GitHubSourcesOptions {
    octokit: GitHubClient;
    /** The web root, e.g. https://github.com, for source-archive URLs. */
    serverUrl: string;
    download: DownloadMode;
    limits: ArchiveLimits;
    /** fetch for the archive URLs (with the run's request timeout). */
    fetch: typeof globalThis.fetch;
}
/** Sources from GitHub, by the chosen download mode; refresh's head checks are free conditional requests. */
export declare class GitHubSources implements SourceProvider {
    private readonly options;
    private readonly api;
    private readonly archives;
    /** Once the archive URLs refuse (the site's own rate limit), `auto` uses the API for the rest of the run. */
    private archivesRefused;
    constructor(options: GitHubSourcesOptions);
    /** What the next datum costs: the API's tarball request, or nothing while the archive URLs serve. */
    get apiRequestsPerDatum(): number;
    compute(repo: string, options: ComputeOptions): Promise<StatsRecord>;
    headMoved(repo: string, commit: string | null, signal: AbortSignal): Promise<HeadCheck>;
}
