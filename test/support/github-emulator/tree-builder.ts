import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Git, IndexLine } from './git.js';

/** One change to a tree: put an object (blob, gitlink or whole tree) at a path, or remove what is there. */
export type TreeEdit = { path: string; mode: string; type: 'blob' | 'commit' | 'tree'; sha: string } | { path: string; remove: true };

const REMOVAL = { mode: '0', sha: '0'.repeat(40) };

/** Writes `base` (or an empty tree) with `edits` applied, through a temporary index file. */
export async function buildTree(git: Git, scratchDir: string, base: string | null, edits: TreeEdit[]): Promise<string> {
  const index = join(scratchDir, `index-${randomUUID()}`);
  try {
    await git.readTree(index, base);
    const clearsPaths = edits.some((edit) => 'remove' in edit || edit.type === 'tree');
    const existing = clearsPaths ? await git.lsFiles(index) : [];
    await git.updateIndex(index, await indexLines(git, existing, edits));
    return await git.writeTree(index);
  } finally {
    await rm(index, { force: true });
  }
}

async function indexLines(git: Git, existing: string[], edits: TreeEdit[]): Promise<IndexLine[]> {
  const lines: IndexLine[] = [];
  for (const edit of edits) {
    if ('remove' in edit) lines.push(...removalsAt(existing, edit.path));
    else if (edit.type === 'tree') lines.push(...removalsAt(existing, edit.path), ...(await subtreeLines(git, edit.sha, edit.path)));
    else lines.push({ mode: edit.mode, sha: edit.sha, path: edit.path });
  }
  return lines;
}

/** The index holds files only: removing a directory removes every file below it. */
function removalsAt(existing: string[], path: string): IndexLine[] {
  return existing.filter((file) => file === path || file.startsWith(`${path}/`)).map((file) => ({ ...REMOVAL, path: file }));
}

async function subtreeLines(git: Git, tree: string, prefix: string): Promise<IndexLine[]> {
  const entries = await git.lsTree(tree, true);
  return entries.filter((entry) => entry.type !== 'tree').map((entry) => ({ mode: entry.mode, sha: entry.sha, path: `${prefix}/${entry.path}` }));
}
