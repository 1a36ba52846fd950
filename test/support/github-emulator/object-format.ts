/** Git's objects as git itself stores them: loose objects, and the entries of a tree object. */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { ObjectType } from './object-reader.js';

/** A folder's mode in a tree object (ls-tree shows it as 040000). */
export const TREE_MODE = '40000';
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/**
 * Writes an object as git itself does when it writes a loose object (`<type> <size>\0<content>`,
 * zlib-wrapped, named by its SHA-1), without a git process: the emulator writes one for every blob, tree
 * and commit that a run sends. Returns the sha, a true git object id.
 */
export async function writeLooseObject(gitDir: string, type: ObjectType, content: Buffer): Promise<string> {
  const header = Buffer.from(`${type} ${content.length}\0`, 'latin1');
  const sha = createHash('sha1').update(header).update(content).digest('hex');
  const dir = join(gitDir, 'objects', sha.slice(0, 2));
  const path = join(dir, sha.slice(2));
  if (existsSync(path)) return sha;
  await mkdir(dir, { recursive: true });
  // Written aside and renamed: a reader never sees half an object, and two writers of the same one agree.
  const partial = join(dir, `tmp_obj_${randomUUID()}`);
  // Level 0: zlib's stored blocks, which git reads like any other (core.compression=0 writes the
  // same). These objects live for one test; compressing a 14 MB data file took 120 ms a commit.
  await writeFile(partial, deflateSync(Buffer.concat([header, content]), { level: 0 }), { mode: 0o444 });
  await rename(partial, path);
  return sha;
}

export interface TreeObjectEntry {
  mode: string;
  name: string;
  sha: string;
}

/** A tree object's entries: `<mode> <name>\0<20-byte sha>` each. */
export function parseTree(content: Buffer): TreeObjectEntry[] {
  const entries: TreeObjectEntry[] = [];
  let offset = 0;
  while (offset < content.length) {
    const space = content.indexOf(0x20, offset);
    const nul = content.indexOf(0, space);
    entries.push({
      mode: content.toString('latin1', offset, space),
      name: content.toString('utf8', space + 1, nul),
      sha: content.toString('hex', nul + 1, nul + 21),
    });
    offset = nul + 21;
  }
  return entries;
}

/** In git's order: by name, a folder's name compared as if it ended in a slash. */
export function serializeTree(entries: TreeObjectEntry[]): Buffer {
  const keyed = entries.map((entry) => ({ entry, key: Buffer.from(entry.mode === TREE_MODE ? `${entry.name}/` : entry.name, 'utf8') }));
  keyed.sort((a, b) => Buffer.compare(a.key, b.key));
  return Buffer.concat(keyed.flatMap(({ entry }) => [Buffer.from(`${entry.mode} ${entry.name}\0`, 'utf8'), Buffer.from(entry.sha, 'hex')]));
}
