import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LocalSources } from '../../src/sources/local-sources.js';
import { tempDir } from '../support/temp-dir.js';

describe('offline sources from a folder', () => {
  it('fail a datum whose entry is a pipe, without opening it (nobody writes to it: an open would never return)', async () => {
    const dir = tempDir();
    try {
      mkdirSync(join(dir.path, 'acme'));
      execFileSync('mkfifo', [join(dir.path, 'acme', 'piped.tar.gz')]);
      const sources = await LocalSources.open(dir.path, { maxInflatedBytes: 1 << 20 });
      const record = await sources.compute('acme/piped', { signal: new AbortController().signal });
      expect(record).toMatchObject({ repo: 'acme/piped', error: `${join(dir.path, 'acme', 'piped.tar.gz')}: not a file or folder` });
    } finally {
      dir.cleanup();
    }
  });
});
