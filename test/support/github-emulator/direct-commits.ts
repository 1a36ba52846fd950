import type { Identity } from './git.js';
import { TEST_AUTHOR } from './identities.js';
import { readRef, resolveCommit } from './refs.js';
import type { Repo } from './repos.js';
import { buildTree, type TreeEdit } from './tree-builder.js';

/** Files to write (text as UTF-8, or bytes) or delete (null), by path. */
export type FileChanges = Record<string, string | Buffer | null>;

async function fileEdits(repo: Repo, files: FileChanges): Promise<TreeEdit[]> {
  const edits: TreeEdit[] = [];
  for (const [path, content] of Object.entries(files)) {
    if (content === null) edits.push({ path, remove: true });
    else
      edits.push({ path, mode: '100644', type: 'blob', sha: await repo.git.hashObject(typeof content === 'string' ? Buffer.from(content, 'utf8') : content) });
  }
  return edits;
}

export interface CommitOptions {
  author?: Identity;
  /** Where a missing branch starts (a branch or sha); without it the branch starts as an orphan. */
  from?: string;
}

async function startPoint(repo: Repo, from: string | undefined): Promise<string | null> {
  if (from === undefined) return null;
  const sha = await resolveCommit(repo, from);
  if (!sha) throw new Error(`${repo.fullName} has no commit ${from}`);
  return sha;
}

/** A commit on top of `branch` (created when missing), made in-process as a push to GitHub would. */
export async function commitFiles(repo: Repo, branch: string, files: FileChanges, message: string, options: CommitOptions): Promise<string> {
  return repo.refUpdates.run(async () => {
    const ref = `refs/heads/${branch}`;
    const current = await readRef(repo, ref);
    const parent = current ?? (await startPoint(repo, options.from));
    const base = parent ? await repo.git.peel(parent, 'tree') : null;
    const tree = await buildTree(repo.git, base, await fileEdits(repo, files));
    const author = options.author ?? TEST_AUTHOR;
    const sha = await repo.git.commitTree(tree, parent ? [parent] : [], message, author, author);
    await repo.git.updateRef(ref, sha, current);
    return sha;
  });
}
