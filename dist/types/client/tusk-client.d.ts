import { type DataDiff } from '../diff/model.js';
import { type CommitPipelineResult } from '../pipeline/commit-pipeline.js';
import type { PipelineLog } from '../pipeline/pipeline-log.js';
import type { QuotaState } from '../github/api-quota.js';
import { type RunLimits } from '../settings/run-limits.js';
import type { StatsRecord } from '../stats/record.js';
import { DataStore, type DataCommit, type LogEntry } from '../store/data-store.js';
import { type RepoBackend } from '../store/repo-backend.js';
import type { ExportRow } from '../views/table-rows.js';
import { type DataVersion } from './data-versions.js';
import { type ExportFormat, type ExportSummary } from './export-file.js';
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
    /** The web root, for source archives (default https://github.com). */
    serverUrl?: string;
    /** A request with no response, or a download with no data, for this long is given up. */
    requestTimeoutMs?: number;
}
export interface PutResult {
    /** The commits made on the source branch: one, one a name (`each`), or none when nothing was new. */
    commits: string[];
    added: string[];
}
export interface RunOptions extends Partial<Omit<RunLimits, 'requestTimeoutMs'>> {
    /** A folder of `owner/repo` directories or `owner/repo.tar.gz` tarballs; default: GitHub. */
    sources?: string;
    /** Aborting it stops the run: it commits what it finished, and leaves the rest pending. */
    signal?: AbortSignal;
    /** Datums to compute again although they could be reused: names, or every one. */
    force?: string[] | 'all';
}
/** A run's result, and the API quota as the run left it (null: it used no API), which says when a quota stop ends. */
export type ClientRunResult = CommitPipelineResult & {
    quota: QuotaState | null;
};
/**
 * Tusk's client, like Pachyderm's: put names, run the pipeline, read data at any version, follow
 * provenance and diff versions, on GitHub or on a local git repository, with the same rules.
 */
export declare class TuskClient {
    private readonly options;
    private readonly github;
    private readonly workTree;
    private access;
    /** The run under way, whose budget and cancellation rule what the client may wait for. */
    private activeRun;
    private sourceBranch;
    readonly backend: RepoBackend;
    private constructor();
    /** A client for the git repository at `path`. */
    static local(path: string, options?: TuskClientOptions & GitHubConnection): TuskClient;
    /** A client for `owner/repo` on GitHub. */
    static github(fullName: string, options?: TuskClientOptions & GitHubConnection): TuskClient;
    private connection;
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
    /**
     * Runs the pipeline (the Action's `commit` mode) on the source branch's head. It commits its
     * progress as it goes; stopped early (its time budget, `signal`, the API quota), it commits what
     * it finished and leaves the rest pending for the next run.
     */
    run(options?: RunOptions): Promise<ClientRunResult>;
    /** The data commits, newest first. */
    history(limit?: number): Promise<DataCommit[]>;
    /** The data branch's commits, newest first: data commits, and any commit Tusk did not make. */
    logEntries(limit?: number): Promise<LogEntry[]>;
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
    /** The data commits, newest first, read a page at a time however long the history is (at most `maxCount`). */
    dataCommits(options?: {
        maxCount?: number;
    }): AsyncGenerator<DataCommit>;
    /** Each data commit with its records, newest first, read as they are consumed: a few data files are held at a time. */
    versions(options?: {
        maxCount?: number;
    }): AsyncGenerator<DataVersion>;
    /** The records of `names` across data commits, newest first: each data commit's record of each name, where it has one. */
    repositoryHistory(names: string[], options?: {
        maxCount?: number;
    }): AsyncGenerator<ExportRow>;
    /** Every record of every data commit (or of the newest `maxCount`) into `file`, as one table: CSV, JSON lines or SQLite. */
    export(file: string, format: ExportFormat, options?: {
        maxCount?: number;
    }): Promise<ExportSummary>;
    /** Offline sources from `dir`, or GitHub's: archive URLs without a token (no API quota to spend), else `auto`. */
    private sources;
    /** `run` reads the committed input: say so when the checked-out files differ from it. */
    private warnAboutWorkTree;
}
