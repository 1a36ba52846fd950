import { execFileSync } from 'node:child_process';
import { formatDataCommitMessage } from '../../src/store/data-commit-message.js';
import { DataStore } from '../../src/store/data-store.js';
import { LocalGitBackend } from '../../src/store/local-git-backend.js';
import { git } from '../support/git-fixtures.js';
import { tempDir } from '../support/temp-dir.js';

/** A data branch of `count` data commits, the oldest first, each made from input commit `inputOf(i)`; by git fast-import. */
function writeDataBranch(dir: string, count: number, inputOf: (i: number) => string): void {
  let stream = '';
  for (let i = 0; i < count; i++) {
    const message = formatDataCommitMessage({
      inputCommit: inputOf(i),
      mode: 'commit',
      counts: { processed: 1, reused: 0, failed: 0, pending: 0, outdated: 0, rows: 1, invalid: 0, lines: 10, deps: 1 },
    });
    stream += `commit refs/heads/tusk/main\nmark :${i + 1}\ncommitter Tusk <tusk@localhost> ${1_700_000_000 + i} +0000\n`;
    stream += `data ${Buffer.byteLength(message)}\n${message}\n${i > 0 ? `from :${i}\n` : ''}\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream });
}

describe('provenance on a long data branch', () => {
  it('finds the data commit of an input older than the newest thousand data commits', async () => {
    const dir = tempDir();
    try {
      git(dir.path, 'init', '--quiet');
      const inputOf = (i: number) => i.toString(16).padStart(40, '0');
      writeDataBranch(dir.path, 1234, inputOf);
      const store = new DataStore(new LocalGitBackend(dir.path), 'tusk/main');
      const oldest = await store.findByInputCommit(inputOf(0));
      expect(oldest).toMatchObject({ inputCommit: inputOf(0), mode: 'commit' });
      expect(oldest!.sha).toBe(git(dir.path, 'rev-list', '--max-parents=0', 'tusk/main'));
      expect((await store.findByInputCommit(inputOf(1233)))!.sha).toBe(git(dir.path, 'rev-parse', 'tusk/main'));
      expect(await store.findByInputCommit('f'.repeat(40))).toBeNull();
      // The history read in growing windows (10, 100, 1,000, 10,000 here): every commit once, in order.
      const walked: string[] = [];
      for await (const entry of store.entries(10)) walked.push(entry.sha);
      expect(walked).toEqual(git(dir.path, 'rev-list', 'tusk/main').split('\n'));
      expect((await store.log(5)).map((entry) => entry.sha)).toEqual(walked.slice(0, 5));
    } finally {
      dir.cleanup();
    }
  });
});
