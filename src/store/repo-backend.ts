/**
 * What Tusk needs of a git repository, whether it is reached through GitHub's API or on disk:
 * read files at a commit, compare commits, and commit on top of an expected parent.
 */

/** A file's bytes in pieces, in order: a large file made a piece at a time is never joined. */
export type FileBytes = readonly Uint8Array[];

export function byteLengthOf(content: string | FileBytes): number {
  if (typeof content === 'string') return Buffer.byteLength(content);
  let length = 0;
  for (const piece of content) length += piece.byteLength;
  return length;
}

export function textOf(bytes: FileBytes): string {
  return Buffer.concat(bytes).toString('utf8');
}

/** One file to write (content) or delete (null) in a commit. */
export interface FileChange {
  path: string;
  content: string | FileBytes | null;
  /**
   * Small whatever the data's size (a generated view of bounded length): on GitHub it goes inside
   * the tree request rather than as a blob request of its own.
   */
  small?: boolean;
}

export interface CommitInfo {
  sha: string;
  parents: string[];
  message: string;
  /** The committer date, in UTC as GitHub gives it (2024-01-02T03:04:05Z), so that both backends say the same of a commit. */
  date: string;
}

/** A commit's parent moved while it was being written: someone else committed first. */
export interface CommitConflict {
  conflict: true;
}

export interface RepoBackend {
  /** A short description for messages: `owner/repo on GitHub`, or a local path. */
  readonly description: string;
  /** Where it is: through GitHub's API (whose requests count against a quota) or on disk. */
  readonly kind: 'github' | 'local';
  /** The branch commands act on by default: the checked-out one locally, the default one on GitHub. */
  defaultBranch(): Promise<string>;
  /** The commit a branch points at, or null when there is no such branch. */
  branchHead(branch: string): Promise<string | null>;
  /** The commit a ref or (short) SHA names; throws NotFoundError when there is none. */
  resolveCommit(ref: string): Promise<string>;
  /** Every file path at a commit. */
  listFiles(commit: string): Promise<string[]>;
  /** A file's text at a commit, or null when it has no such file. */
  readFile(commit: string, path: string): Promise<string | null>;
  commitInfo(sha: string): Promise<CommitInfo>;
  /** Commits from `head` back along first parents, newest first. */
  history(head: string, limit: number): Promise<CommitInfo[]>;
  /**
   * Whether `ancestor` is `descendant` or one of its ancestors; throws NotFoundError when either
   * commit is unknown (on GitHub, also when the two share no history).
   */
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  /**
   * Writes a commit of `changes` on top of `parent` (null: a new orphan branch) and moves `branch`
   * to it only if it still points at `parent`: a compare-and-swap, never a forced update.
   */
  commitFiles(branch: string, parent: string | null, changes: FileChange[], message: string): Promise<{ sha: string } | CommitConflict>;
}

/** A ref, commit or repository that does not exist. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}
