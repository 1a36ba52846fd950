import { NotFoundError, type RepoBackend } from '../store/repo-backend.js';

/** Whether `newer` is a later input than `commit` on the source history (history never goes back). */
export async function isNewerInput(repo: RepoBackend, newer: string, commit: string): Promise<boolean> {
  if (newer === commit) return false;
  try {
    return await repo.isAncestor(commit, newer);
  } catch (error) {
    // `newer` is gone from the source history (a force-push): `commit` is the newer one. Any other
    // failure must not be taken for that, or the branch could move back to an older input.
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}
