import type { Git } from './git.js';
import { EMPTY_TREE, parseTree, serializeTree, TREE_MODE, type TreeObjectEntry } from './object-format.js';

/** One change to a tree: put an object (blob, gitlink or whole tree) at a path, or remove what is there. */
export type TreeEdit = { path: string; mode: string; type: 'blob' | 'commit' | 'tree'; sha: string } | { path: string; remove: true };

interface Entry {
  mode: string;
  sha: string;
  /** Set once an edit reaches below this folder: it is then written anew. */
  folder?: Folder;
}

type Folder = Map<string, Entry>;

/**
 * Writes `base` (or an empty tree) with `edits` applied, as git's index would: edits apply in order,
 * a new entry replaces a file or folder in its way, and a folder left empty is gone. Only the folders
 * that an edit reaches are read and written again; the others keep their sha.
 */
export async function buildTree(git: Git, base: string | null, edits: TreeEdit[]): Promise<string> {
  const root: Folder = base ? await readFolder(git, base) : new Map();
  for (const edit of edits) await apply(git, root, edit.path.split('/'), edit);
  return writeFolder(git, root);
}

async function apply(git: Git, folder: Folder, parts: string[], edit: TreeEdit): Promise<void> {
  const [name, ...rest] = parts as [string, ...string[]];
  if (rest.length > 0) {
    let entry = folder.get(name);
    if (!entry || entry.mode !== TREE_MODE) {
      if ('remove' in edit) return;
      entry = { mode: TREE_MODE, sha: EMPTY_TREE, folder: new Map() };
      folder.set(name, entry);
    }
    entry.folder ??= await readFolder(git, entry.sha);
    return apply(git, entry.folder, rest, edit);
  }
  if ('remove' in edit || (edit.type === 'tree' && edit.sha === EMPTY_TREE)) folder.delete(name);
  else folder.set(name, { mode: edit.type === 'tree' ? TREE_MODE : edit.mode, sha: edit.sha });
}

async function readFolder(git: Git, tree: string): Promise<Folder> {
  const folder: Folder = new Map();
  for (const entry of parseTree(await git.catFile('tree', tree))) folder.set(entry.name, { mode: canonicalMode(entry.mode), sha: entry.sha });
  return folder;
}

async function writeFolder(git: Git, folder: Folder): Promise<string> {
  const entries: TreeObjectEntry[] = [];
  for (const [name, entry] of folder) {
    const sha = entry.folder ? await writeFolder(git, entry.folder) : entry.sha;
    // A folder left empty is gone, as it would be from an index.
    if (entry.mode !== TREE_MODE || sha !== EMPTY_TREE) entries.push({ mode: entry.mode, name, sha });
  }
  return git.writeObject('tree', serializeTree(entries));
}

/** The modes an index keeps: a file is 100644 or 100755 whatever its tree said. */
function canonicalMode(mode: string): string {
  if (mode === TREE_MODE || mode === '160000' || mode === '120000') return mode;
  return (parseInt(mode, 8) & 0o111) !== 0 ? '100755' : '100644';
}
