import { type GitHubClient } from '../github/octokit.js';
import { type StatsRecord } from '../stats/record.js';
import type { SourceProvider } from './source-provider.js';
/**
 * Sources from GitHub: each repository's default-branch head is resolved to a commit, then its
 * tarball is streamed straight into the stats engine.
 */
export declare class GitHubSources implements SourceProvider {
    private readonly octokit;
    private readonly maxTarballBytes;
    constructor(octokit: GitHubClient, maxTarballBytes: number);
    compute(repo: string): Promise<StatsRecord>;
    headMoved(repo: string, commit: string | null): Promise<boolean>;
    private headCommit;
    private tarball;
}
