import { type DataDiff } from '../diff/model.js';
import { type CommitPipelineResult } from '../pipeline/commit-pipeline.js';
import type { PipelineLog } from '../pipeline/pipeline-log.js';
import type { StatsRecord } from '../stats/record.js';
import { DataStore, type DataCommit } from '../store/data-store.js';
import { type RepoBackend } from '../store/repo-backend.js';
export interface TuskClientOptions {
    /** The source branch (default: the checked-out branch locally, the default branch on GitHub). */
    branch?: string;
    /** The data branch; `{branch}` stands for the source branch. */
    dataBranch?: string;
    /** Paths or globs of the input files. */
    input?: string[];
    log?: PipelineLog;
}
export interface GitHubConnection {
    token?: string;
    /** The REST API's root (default https://api.github.com). */
    baseUrl?: string;
}
export interface PutResult {
    /** The commits made on the source branch: one, one a name (`each`), or none when nothing was new. */
    commits: string[];
    added: string[];
}
export interface RunOptions {
    /** A folder of `owner/repo` directories or `owner/repo.tar.gz` tarballs; default: GitHub. */
    sources?: string;
    concurrency?: number;
}
/**
 * Tusk's client, like Pachyderm's: put names, run the pipeline, read data at any version, follow
 * provenance and diff versions, on GitHub or on a local git repository, with the same rules.
 */
export declare class TuskClient {
    readonly backend: RepoBackend;
    private readonly options;
    private readonly connection;
    private readonly workTree;
    private readonly octokit;
    private constructor();
    /** A client for the git repository at `path`. */
    static local(path: string, options?: TuskClientOptions & GitHubConnection): TuskClient;
    /** A client for `owner/repo` on GitHub. */
    static github(fullName: string, options?: TuskClientOptions & GitHubConnection): TuskClient;
    private static octokitFor;
    private get log();
    private get inputPatterns();
    /** The source branch commands act on. */
    branch(): Promise<string>;
    /** The data branch of the source branch. */
    store(): Promise<DataStore>;
    private storeFor;
    /** Adds names to the input file on the source branch: one commit, or one a name with `each`. */
    put(names: string[], options?: {
        file?: string;
        each?: boolean;
    }): Promise<PutResult>;
    /** Runs the pipeline (the Action's `commit` mode) on the source branch's head. */
    run(options?: RunOptions): Promise<CommitPipelineResult>;
    /** The data commits, newest first. */
    history(limit?: number): Promise<DataCommit[]>;
    /** The data commit `at` names (default: the data branch's head), or made from `inputCommit`. */
    dataCommit(at?: {
        at?: string;
        inputCommit?: string;
    }): Promise<DataCommit>;
    private dataCommitIn;
    /** A data file's text at a data commit. */
    get(path: string, at?: {
        at?: string;
        inputCommit?: string;
    }): Promise<string>;
    /** The records at a data commit. */
    records(at?: {
        at?: string;
        inputCommit?: string;
    }): Promise<StatsRecord[]>;
    /** The data diff between two data commits, as the bot shows it. */
    diff(a: string, b: string): Promise<{
        diff: DataDiff;
        from: DataCommit;
        to: DataCommit;
    }>;
    private sources;
    /** `run` reads the committed input: say so when the checked-out files differ from it. */
    private warnAboutWorkTree;
}
