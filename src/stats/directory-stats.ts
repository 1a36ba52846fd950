import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../error-message.js';
import { fileRole } from './considered-files.js';
import { GoFileReader } from './go-file-reader.js';
import type { ImportScan } from './go-imports.js';
import { LimitExceeded, MAX_GO_MOD_BYTES } from './limits.js';
import type { Stats } from './record.js';
import { SourceError } from './source-error.js';
import { StatsBuilder } from './stats-builder.js';

/** Files up to this size are read whole; larger ones stream through the reader in chunks of it. */
const READ_CHUNK_BYTES = 1 << 20;

/** Regular files below `root` (links are not followed), as path components below it. */
async function* regularFiles(root: string, components: string[] = []): AsyncGenerator<string[]> {
  const entries = await readdir(join(root, ...components), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = [...components, entry.name];
    if (entry.isDirectory()) {
      // An ignored folder ignores everything below it, so its subtree need not be read.
      if (fileRole([...path, 'x.go']) !== 'ignored') yield* regularFiles(root, path);
    } else if (entry.isFile()) {
      yield path;
    }
  }
}

/** Lines and imports of a Go file on disk, never holding more than a chunk of a large one. */
async function readGoFile(path: string): Promise<{ lines: number; scan: ImportScan }> {
  const handle = await open(path);
  try {
    if ((await handle.stat()).size <= READ_CHUNK_BYTES) return GoFileReader.read(await handle.readFile());
    const reader = new GoFileReader();
    for (;;) {
      const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
      const { bytesRead } = await handle.read(chunk, 0, READ_CHUNK_BYTES, null);
      if (bytesRead === 0) return reader.finish();
      reader.add(chunk.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

async function collect(root: string, builder: StatsBuilder): Promise<void> {
  for await (const components of regularFiles(root)) {
    const role = fileRole(components);
    if (role === 'ignored') continue;
    const path = join(root, ...components);
    try {
      if (role === 'go.mod') {
        if ((await stat(path)).size <= MAX_GO_MOD_BYTES) builder.addGoMod(await readFile(path, 'utf8'));
      } else {
        const { lines, scan } = await readGoFile(path);
        builder.addGoFile(lines, scan);
      }
    } catch (error) {
      if (error instanceof LimitExceeded) throw new SourceError(`${root}: ${components.join('/')}: ${error.message}`);
      throw error;
    }
  }
}

/**
 * The stats of a source tree on disk, by the same rules as a tarball. Every failure rejects with
 * a SourceError whose message starts with `root`.
 */
export async function directoryStats(root: string, repo: string): Promise<Stats> {
  const builder = new StatsBuilder();
  try {
    await collect(root, builder);
  } catch (error) {
    // fs messages name the path they failed on; the root says which source it was.
    throw error instanceof SourceError ? error : new SourceError(`${root}: ${errorMessage(error)}`);
  }
  return builder.finish(repo);
}
