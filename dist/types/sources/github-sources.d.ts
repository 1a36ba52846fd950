import { type GitHubClient } from '../github/octokit.js';
import { type StatsRecord } from '../stats/record.js';
import type { SourceProvider } from './source-provider.js';
/** A tarball larger than this gives its repository a record with an error (1 GiB). */
export declare const DEFAULT_MAX_TARBALL_BYTES: number;
/**
 * Sources from GitHub: each repository's default-branch head is resolved to a commit, then its
 * tarball is streamed straight into the stats engine.
 */
export declare class GitHubSources implements SourceProvider {
    private readonly octokit;
    private readonly maxTarballBytes;
    /** Heads `headMoved` found moved, taken by the `compute` that follows so it asks only once. */
    private readonly movedHeads;
    constructor(octokit: GitHubClient, maxTarballBytes: number);
    compute(repo: string): Promise<StatsRecord>;
    headMoved(repo: string, commit: string | null): Promise<boolean>;
    private headCommit;
    private tarball;
}
