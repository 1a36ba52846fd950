import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileRole } from './considered-files.js';
import { GoFileReader } from './go-file-reader.js';
import { MAX_GO_MOD_BYTES } from './go-mod.js';
import { StatsBuilder } from './stats-builder.js';
import type { Stats } from './record.js';

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

/** The stats of a source tree on disk, by the same rules as a tarball. */
export async function directoryStats(root: string, repo: string): Promise<Stats> {
  const builder = new StatsBuilder();
  for await (const components of regularFiles(root)) {
    const role = fileRole(components);
    if (role === 'ignored') continue;
    const path = join(root, ...components);
    if (role === 'go.mod') {
      if ((await stat(path)).size <= MAX_GO_MOD_BYTES) builder.addGoMod(await readFile(path, 'utf8'));
    } else {
      const content = await readFile(path);
      const { lines, scan } = GoFileReader.read(content);
      builder.addGoFile(lines, scan);
    }
  }
  return builder.finish(repo);
}
