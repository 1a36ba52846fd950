import { commitSha, httpStatus, type GitHubClient } from '../github/octokit.js';
import { isFullSha } from '../git-sha.js';
import { BlobBody } from '../github/blob-body.js';
import { explainRefusal } from '../github/permission-error.js';
import { NotFoundError, byteLengthOf, type CommitConflict, type CommitInfo, type FileChange, type RepoBackend } from './repo-backend.js';

const FILE_MODE = '100644' as const;
/** The route, as a plain string: its body is given whole, not as the typed parameters. */
const CREATE_BLOB: string = 'POST /repos/{owner}/{repo}/git/blobs';
/** GitHub's limit on one blob. */
const MAX_BLOB_BYTES = 100 * 1024 * 1024;
/** A file marked small that is larger than this goes as a blob all the same: a tree request stays small. */
const MAX_INLINE_BYTES = 1024 * 1024;

/**
 * A repository on GitHub, through the Git Data API. A commit costs a blob for each data file it
 * writes (small ones go inside the tree request), then a tree, a commit and a ref update, which is
 * a compare-and-swap.
 */
export class GitHubBackend implements RepoBackend {
  readonly description: string;
  readonly kind = 'github';
  // A commit never changes, so the tree it points at, once seen, spares commitFiles a request.
  private readonly treeOfCommit = new Map<string, string>();

  constructor(
    private readonly octokit: GitHubClient,
    readonly owner: string,
    readonly repo: string,
  ) {
    this.description = `${owner}/${repo} on GitHub`;
  }

  private get coordinates(): { owner: string; repo: string } {
    return { owner: this.owner, repo: this.repo };
  }

  async defaultBranch(): Promise<string> {
    try {
      const { data } = await this.octokit.rest.repos.get(this.coordinates);
      return data.default_branch;
    } catch (error) {
      if (httpStatus(error) === 404) throw new NotFoundError(`repository ${this.owner}/${this.repo} not found (or not visible with this token)`);
      throw error;
    }
  }

  async branchHead(branch: string): Promise<string | null> {
    try {
      const { data } = await this.octokit.rest.git.getRef({ ...this.coordinates, ref: `heads/${branch}` });
      return data.object.sha;
    } catch (error) {
      // 404: no such branch. 409: the repository is empty. Anything else is a real failure.
      if (httpStatus(error) === 404 || httpStatus(error) === 409) return null;
      throw error;
    }
  }

  async resolveCommit(ref: string): Promise<string> {
    try {
      return await commitSha(this.octokit, this.coordinates, ref);
    } catch (error) {
      if (httpStatus(error) === 404 || httpStatus(error) === 422) {
        throw new NotFoundError(`no commit "${ref}" in ${this.description}`);
      }
      throw error;
    }
  }

  async listFiles(commit: string): Promise<string[]> {
    const { data } = await this.octokit.rest.git.getTree({ ...this.coordinates, tree_sha: commit, recursive: 'true' });
    if (data.truncated) throw new Error(`the tree of ${commit} in ${this.description} is too large to list`);
    if (isFullSha(commit)) this.treeOfCommit.set(commit, data.sha);
    return data.tree.filter((entry) => entry.type === 'blob' && entry.path).map((entry) => entry.path!);
  }

  async readFile(commit: string, path: string): Promise<string | null> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({
        ...this.coordinates,
        path,
        ref: commit,
        mediaType: { format: 'raw' },
      });
      return typeof data === 'string' ? data : null;
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  }

  async commitInfo(sha: string): Promise<CommitInfo> {
    try {
      const data = await this.getCommit(sha);
      return { sha: data.sha, parents: data.parents.map((p) => p.sha), message: data.message, date: data.committer.date };
    } catch (error) {
      if (httpStatus(error) === 404 || httpStatus(error) === 422) throw new NotFoundError(`no commit "${sha}" in ${this.description}`);
      throw error;
    }
  }

  async history(head: string, limit: number): Promise<CommitInfo[]> {
    const commits: CommitInfo[] = [];
    const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listCommits, {
      ...this.coordinates,
      sha: head,
      per_page: Math.min(100, limit),
    });
    for await (const { data } of pages) {
      for (const item of data) {
        commits.push({ sha: item.sha, parents: item.parents.map((p) => p.sha), message: item.commit.message, date: item.commit.committer?.date ?? '' });
        if (commits.length >= limit) return commits;
      }
    }
    return commits;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    try {
      const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({
        ...this.coordinates,
        basehead: `${ancestor}...${descendant}`,
        per_page: 1,
      });
      return data.status === 'ahead' || data.status === 'identical';
    } catch (error) {
      if (httpStatus(error) === 404) throw new NotFoundError(`cannot compare ${ancestor} with ${descendant} in ${this.description}`);
      throw error;
    }
  }

  async commitFiles(branch: string, parent: string | null, changes: FileChange[], message: string): Promise<{ sha: string } | CommitConflict> {
    const baseTree = parent ? await this.treeOf(parent) : undefined;
    try {
      return await this.writeCommit(branch, parent, baseTree, changes, message);
    } catch (error) {
      throw explainRefusal(error, { action: `write branch ${branch} of ${this.description}`, permission: 'contents: write' });
    }
  }

  private async getCommit(sha: string) {
    const { data } = await this.octokit.rest.git.getCommit({ ...this.coordinates, commit_sha: sha });
    this.treeOfCommit.set(data.sha, data.tree.sha);
    return data;
  }

  private async treeOf(commit: string): Promise<string> {
    return this.treeOfCommit.get(commit) ?? (await this.getCommit(commit)).tree.sha;
  }

  /**
   * A change as a tree entry. A data file's content is sent as a blob of its own: GitHub takes
   * blobs of up to 100 MB (the data files of 100,000 repositories need 20), but a tree request
   * with megabytes of inline content fails. So a commit costs the same requests whatever the
   * data's size. A file small by construction (a generated view) goes inline, with no request.
   */
  private async treeEntry(change: FileChange) {
    const entry = { path: change.path, mode: FILE_MODE, type: 'blob' as const };
    const { content } = change;
    if (content === null) return { ...entry, sha: null };
    const size = byteLengthOf(content);
    if (change.small && typeof content === 'string' && size <= MAX_INLINE_BYTES) return { ...entry, content };
    if (size > MAX_BLOB_BYTES) {
      throw new Error(
        `${change.path} would be ${(size / 1e6).toFixed(0)} MB, and GitHub takes files of up to 100 MB: a data branch holds at most about 650,000 repositories`,
      );
    }
    const body = new BlobBody(typeof content === 'string' ? [Buffer.from(content)] : content);
    const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length) };
    const { data } = await this.octokit.request(CREATE_BLOB, { ...this.coordinates, headers, data: body });
    const sha = (data as { sha?: unknown } | null)?.sha;
    if (typeof sha !== 'string') throw new Error(`GitHub's answer to a new blob for ${change.path} has no sha`);
    return { ...entry, sha };
  }

  /** commitFiles' writes: the tree, the commit, then the ref, moved only by a fast-forward. */
  private async writeCommit(
    branch: string,
    parent: string | null,
    baseTree: string | undefined,
    changes: FileChange[],
    message: string,
  ): Promise<{ sha: string } | CommitConflict> {
    const tree = await this.octokit.rest.git.createTree({
      ...this.coordinates,
      ...(baseTree ? { base_tree: baseTree } : {}),
      tree: await Promise.all(changes.map((change) => this.treeEntry(change))),
    });
    const commit = await this.octokit.rest.git.createCommit({
      ...this.coordinates,
      message,
      tree: tree.data.sha,
      parents: parent ? [parent] : [],
    });
    const sha = commit.data.sha;
    this.treeOfCommit.set(sha, tree.data.sha);
    try {
      if (parent) await this.octokit.rest.git.updateRef({ ...this.coordinates, ref: `heads/${branch}`, sha, force: false });
      else await this.octokit.rest.git.createRef({ ...this.coordinates, ref: `refs/heads/${branch}`, sha });
      return { sha };
    } catch (error) {
      // 422: not a fast-forward, or the branch was created meanwhile. Another run moved it.
      if (httpStatus(error) === 422) return { conflict: true };
      throw error;
    }
  }
}
