import type { StatsRecord } from '../stats/record.js';
import { type DataCommitFacts } from '../store/data-commit-message.js';
import type { FileChange, RepoBackend } from '../store/repo-backend.js';
import { type DataBranchAbout } from './data-readme.js';
/** A commit's data, as its views need it. */
export interface ViewedData {
    records: readonly StatsRecord[];
    facts: DataCommitFacts;
    inputPaths: readonly string[] | null;
}
/**
 * The generated files of each data commit: README.md and the chart. Drawing them on top of a
 * commit needs its recent history and whose README.md it holds: read only for a commit this store
 * did not write itself (a run's first commit, or after another run moved the branch), and the
 * README.md only when the history cannot tell.
 */
export declare class BranchViews {
    private readonly backend;
    private readonly branch;
    private readonly about;
    private readonly warn;
    /** What this store knows of the last commit it read or wrote (sha null: no branch yet). */
    private known;
    private toldOfReadme;
    constructor(backend: RepoBackend, branch: string, about: DataBranchAbout, warn: (message: string) => void);
    /** The files to commit on top of `tip`, and what to call once the commit is made (its SHA). */
    render(tip: string | null, data: ViewedData): Promise<{
        changes: FileChange[];
        wrote: (sha: string) => void;
    }>;
    private baseAt;
    /** Whether the README.md at `commit` is one that Tusk did not write. */
    private readmeAt;
}
