import type { InputFile } from '../names/input-file.js';
import type { StatsRecord } from '../stats/record.js';
import { type DataCommitFacts } from './data-commit-message.js';
import type { DataBranchAbout } from '../views/data-readme.js';
import { type CommitConflict, type CommitInfo, type RepoBackend } from './repo-backend.js';
/** A commit on the data branch, with the facts its message records. */
export interface DataCommit extends DataCommitFacts {
    sha: string;
    /** Its committer date (ISO 8601, UTC), when read from the branch; a commit a run just made has none. */
    date?: string;
}
/** A commit on the data branch that Tusk did not make (a README added in the web editor, say). */
export interface ForeignCommit {
    sha: string;
    foreign: true;
    /** Its message's first line. */
    subject: string;
    date?: string;
}
export type LogEntry = DataCommit | ForeignCommit;
/** What one data commit holds; `inputFiles` null keeps the parent's projects/ as they are. */
export interface DataContent {
    inputFiles: InputFile[] | null;
    records: StatsRecord[];
}
/** The branch as a writer finds it. */
export interface BranchState {
    /** The branch's commit, which the next commit goes on top of; null before the branch exists. */
    tip: string | null;
    /** The newest data commit at or below the tip. */
    data: DataCommit | null;
    /** Commits above `data` that Tusk did not make, newest first. */
    foreign: CommitInfo[];
    /** No data commit within the commits read below the tip: perhaps no data branch at all. */
    noDataFound: boolean;
}
/** Commits of the branch as the log shows them: data commits with their facts, and the others by their subject. */
export declare function logEntries(commits: CommitInfo[]): LogEntry[];
/** The data branch: versioned input and output of the stats pipeline, on any RepoBackend. */
export declare class DataStore {
    readonly backend: RepoBackend;
    readonly branch: string;
    private readonly warn;
    /** README.md and the chart, which each commit regenerates. */
    private readonly views;
    /**
     * @param warn told of what the branch holds that Tusk did not write (bad record lines): it is
     *   left out and computed again, never a reason to stop
     * @param about where the data comes from, for the README each data commit writes (its links)
     */
    constructor(backend: RepoBackend, branch: string, warn?: (message: string) => void, about?: DataBranchAbout);
    /**
     * The data branch of `sourceBranch` (the `template`'s `{branch}`), whose README links the
     * repositories on `serverUrl`: how the action and the client both open one, so that the same
     * input makes the same data commit through either.
     */
    static forSourceBranch(backend: RepoBackend, template: string, sourceBranch: string, serverUrl: string, warn: (message: string) => void): DataStore;
    /** The branch's tip and its newest data commit, with any hand-made commits on top of it. */
    state(): Promise<BranchState>;
    /** The branch's newest data commit, or null when it has none (or does not exist yet). */
    head(): Promise<DataCommit | null>;
    /**
     * The data commit `ref` names: a SHA or ref of the data branch's repository, optionally with
     * `~N` or `^` suffixes, which are followed here so that they work on GitHub too.
     */
    dataCommit(ref: string): Promise<DataCommit>;
    /** The data commit at a full SHA (no lookup of the name: a branch head is one already). */
    private dataCommitAt;
    /** The records at a commit of the branch; lines that are not records are reported and left out. */
    records(commit: string): Promise<StatsRecord[]>;
    /** The input files a data commit keeps under projects/, at their source paths. */
    inputFiles(dataCommit: string): Promise<InputFile[]>;
    /** The paths under projects/ at a commit. */
    projectPaths(commit: string): Promise<string[]>;
    /** A data file's text at a data commit, or null when it has none. */
    readFile(dataCommit: string, path: string): Promise<string | null>;
    /**
     * The branch's commits newest first, following its (linear) history: data commits and hand-made
     * ones, however long it is. Read in windows ten times larger each time, from `window` (most
     * questions are about recent commits), each going on from where the one before stopped.
     */
    entries(window?: number): AsyncGenerator<LogEntry>;
    /** The data commits among `entries()`, newest first. */
    dataCommits(window?: number): AsyncGenerator<DataCommit>;
    /** The branch's newest `limit` commits (see entries). */
    log(limit?: number): Promise<LogEntry[]>;
    /** The newest data commit made from `inputCommit`: provenance, followed backwards through the whole history. */
    findByInputCommit(inputCommit: string): Promise<DataCommit | null>;
    /**
     * Commits `content` on top of `tip` (null: creates the branch as an orphan). Input files are
     * kept under projects/ at their source paths; input files that are gone are deleted. Other
     * files on the branch (someone's README) are kept. Each commit also regenerates README.md (unless
     * the branch holds one Tusk did not write) and the chart, which readers of data ignore.
     * `knownProjects`: the projects/ paths at `tip`, when the caller knows them (it wrote them),
     * which spares a listing.
     */
    write(tip: string | null, content: DataContent, facts: DataCommitFacts, knownProjects?: string[] | null): Promise<{
        sha: string;
    } | CommitConflict>;
}
/** The projects/ paths a commit of `inputFiles` holds. */
export declare function projectPathsOf(inputFiles: InputFile[]): string[];
