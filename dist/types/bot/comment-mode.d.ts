import type { GitHubClient } from '../github/octokit.js';
import type { InvalidLine } from '../names/input-file.js';
import type { RunCounts, RunEnvironment } from '../pipeline/commit-pipeline.js';
import type { StopReason } from '../pipeline/run-control.js';
import type { SourceProvider } from '../sources/source-provider.js';
import type { DataStore } from '../store/data-store.js';
import type { GitHubBackend } from '../store/github-backend.js';
export interface CommentModeOptions {
    octokit: GitHubClient;
    backend: GitHubBackend;
    /** The base branch's data branch: read, never written. */
    store: DataStore;
    sources: SourceProvider;
    pullNumber: number;
    settings: {
        input: string[];
        concurrency: number;
        datumTimeoutMs: number;
    };
    env: RunEnvironment;
    /** Where commits are linked, e.g. https://github.com/owner/repo. */
    repositoryUrl: string;
}
export interface CommentModeResult {
    baseDataCommit: string | null;
    /** The comment made or updated; null when the pull request changes no data and had none. */
    commentUrl: string | null;
    counts: RunCounts;
    invalid: InvalidLine[];
    stopped: StopReason | null;
    /** The full report, for the job summary. */
    summary: string;
    /** Why the comment could not be made or updated: the step fails with it, after the report. */
    commentError: string | null;
}
/**
 * The bot (docs/contract.md §7): the pull request's input, previewed against the base data
 * branch, in one comment kept up to date. Pull request data is read through the API only: no
 * pull request code runs.
 */
export declare function runCommentMode(options: CommentModeOptions): Promise<CommentModeResult>;
