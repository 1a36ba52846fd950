import { type CommitConflict, type CommitInfo, type FileChange, type RepoBackend } from './repo-backend.js';
/** A repository on disk, through git's plumbing; `update-ref` with an old value is the compare-and-swap. */
export declare class LocalGitBackend implements RepoBackend {
    readonly path: string;
    readonly description: string;
    readonly kind = "local";
    private readonly git;
    constructor(path: string);
    defaultBranch(): Promise<string>;
    branchHead(branch: string): Promise<string | null>;
    resolveCommit(ref: string): Promise<string>;
    listFiles(commit: string): Promise<string[]>;
    readFile(commit: string, path: string): Promise<string | null>;
    commitInfo(sha: string): Promise<CommitInfo>;
    history(head: string, limit: number): Promise<CommitInfo[]>;
    isAncestor(ancestor: string, descendant: string): Promise<boolean>;
    commitFiles(branch: string, parent: string | null, changes: FileChange[], message: string): Promise<{
        sha: string;
    } | CommitConflict>;
    /** Builds a tree from `parent`'s with `changes` applied, in a private index so the work tree is untouched. */
    private writeTree;
    /**
     * Writes each content as a blob, by one git process for all of them: each is put in a file in
     * `dir` first, and git hashes them as they are (--no-filters: no attributes or line-ending
     * conversion of the user's apply to data).
     */
    private writeBlobs;
    private readCommits;
}
