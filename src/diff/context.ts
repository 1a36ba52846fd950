/** What a rendered diff compares: the base data commit and the commit it is compared with. */
export interface DiffContext {
  /** The base: e.g. the data branch's label and head; `dataCommit` is null before the branch has data. */
  base: { label: string; dataCommit: string | null; url?: string };
  /** The compared commit: e.g. the pull request's branch and head commit. */
  head: { label: string; commit: string; url?: string };
  /** Links commits that have no `url` of their own, as `<repositoryUrl>/commit/<sha>`. */
  repositoryUrl?: string;
  /** Why datums are pending and when they are computed, when some are (numbers and words of Tusk's own: not escaped). */
  pendingNote?: string;
}

/** A commit as people quote it: its first 7 hex digits. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** A commit's page in the repository at `repositoryUrl`. */
export function repositoryCommitUrl(repositoryUrl: string, sha: string): string {
  return `${repositoryUrl.replace(/\/+$/, '')}/commit/${sha}`;
}

/** Where a commit can be seen, when the context says. */
export function commitUrl(context: DiffContext, sha: string, url: string | undefined): string | undefined {
  if (url !== undefined) return url;
  return context.repositoryUrl === undefined ? undefined : repositoryCommitUrl(context.repositoryUrl, sha);
}
