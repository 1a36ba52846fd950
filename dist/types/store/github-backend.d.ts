import { type GitHubClient } from '../github/octokit.js';
import { type CommitConflict, type CommitInfo, type FileChange, type RepoBackend } from './repo-backend.js';
/**
 * A repository on GitHub, through the Git Data API. A commit costs a blob for each data file it
 * writes (small ones go inside the tree request), then a tree, a commit and a ref update, which is
 * a compare-and-swap.
 */
export declare class GitHubBackend implements RepoBackend {
    private readonly octokit;
    readonly owner: string;
    readonly repo: string;
    readonly description: string;
    readonly kind = "github";
    private readonly treeOfCommit;
    constructor(octokit: GitHubClient, owner: string, repo: string);
    private get coordinates();
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
    private getCommit;
    private treeOf;
    /**
     * A change as a tree entry. A data file's content is sent as a blob of its own: GitHub takes
     * blobs of up to 100 MB (the data files of 100,000 repositories need 20), but a tree request
     * with megabytes of inline content fails. So a commit costs the same requests whatever the
     * data's size. A file small by construction (a generated view) goes inline, with no request.
     */
    private treeEntry;
    /** commitFiles' writes: the tree, the commit, then the ref, moved only by a fast-forward. */
    private writeCommit;
}
