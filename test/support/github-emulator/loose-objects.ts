import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { ObjectType } from './object-reader.js';

/**
 * Writes an object as git itself does when it writes a loose object (`<type> <size>\0<content>`,
 * deflated, named by its SHA-1), without a git process: the emulator writes one for every blob, tree
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
  await writeFile(partial, deflateSync(Buffer.concat([header, content]), { level: 1 }), { mode: 0o444 });
  await rename(partial, path);
  return sha;
}
