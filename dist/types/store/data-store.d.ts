import type { InputFile } from '../names/input-file.js';
import type { StatsRecord } from '../stats/record.js';
import { type DataCommitFacts } from './data-commit-message.js';
import { type CommitConflict, type RepoBackend } from './repo-backend.js';
/** A commit on the data branch, with the facts its message records. */
export interface DataCommit extends DataCommitFacts {
    sha: string;
}
/** What one data commit holds. */
export interface DataContent {
    inputFiles: InputFile[];
    records: StatsRecord[];
}
/** The data branch: versioned input and output of the stats pipeline, on any RepoBackend. */
export declare class DataStore {
    readonly backend: RepoBackend;
    readonly branch: string;
    constructor(backend: RepoBackend, branch: string);
    /** The branch's newest data commit, or null when the branch does not exist yet. */
    head(): Promise<DataCommit | null>;
    /**
     * The data commit `ref` names: a SHA or ref of the data branch's repository, optionally with
     * `~N` or `^` suffixes, which are followed here so that they work on GitHub too.
     */
    dataCommit(ref: string): Promise<DataCommit>;
    /** The data commit at a full SHA (no lookup of the name: a branch head is one already). */
    private dataCommitAt;
    records(dataCommit: string): Promise<StatsRecord[]>;
    /** The input files a data commit keeps under projects/, at their source paths. */
    inputFiles(dataCommit: string): Promise<InputFile[]>;
    /** A data file's text at a data commit, or null when it has none. */
    readFile(dataCommit: string, path: string): Promise<string | null>;
    /** Data commits newest first, following the branch's (linear) history. */
    log(limit?: number): Promise<DataCommit[]>;
    /**
     * The newest data commit made from `inputCommit`: provenance, followed backwards through the
     * whole history, in windows ten times larger each time (most questions are about recent input),
     * each going on from where the one before stopped.
     */
    findByInputCommit(inputCommit: string): Promise<DataCommit | null>;
    /**
     * Commits `content` on top of `parent` (null: creates the branch as an orphan). Input files are
     * kept under projects/ at their source paths; input files that are gone are deleted.
     */
    write(parent: DataCommit | null, content: DataContent, facts: DataCommitFacts): Promise<{
        sha: string;
    } | CommitConflict>;
}
