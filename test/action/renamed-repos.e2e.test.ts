import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';
import { expectedStats, seedGoRepo } from '../support/go-repos.js';
import { pushEvent, runAction } from '../support/run-action.js';
import { tempDir } from '../support/temp-dir.js';
import { tusk } from '../support/run-cli.js';

interface Line {
  repo: string;
  lines: number | null;
  error: string | null;
  renamed?: string;
}

function recordsOf(bare: string): Map<string, Line> {
  const lines = git(bare, 'show', 'tusk/main:stats/records.jsonl').split('\n');
  return new Map(lines.map((line) => JSON.parse(line) as Line).map((record) => [record.repo, record]));
}

describe('renamed, moved and deleted repositories', () => {
  let emulator: GitHubEmulator;
  const b = { owner: 'go', repo: 'b', deps: ['example.com/b'], bodyLines: 3 };

  beforeAll(async () => {
    emulator = await GitHubEmulator.start();
    for (const repo of ['a', 'c', 'd']) await seedGoRepo(emulator, { owner: 'go', repo, deps: [], bodyLines: 1 });
    await seedGoRepo(emulator, b);
    await emulator.createRepo('acme', 'data');
    emulator.renameRepo('go', 'b', 'b-two');
    emulator.renameRepo('go', 'c', 'c', 'New-Org');
    await emulator.deleteRepo('go', 'd');
  });
  afterAll(() => emulator.close());

  it.each(['auto', 'api'])(
    'with download %s, a renamed or moved repository keeps its stats and records its new name; a deleted one fails clearly',
    async (download) => {
      const source = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': `go/a\ngo/b\ngo/c\ngo/d\n# ${download}\n` }, download);
      emulator.resetLog();
      // Forced, so that the second download mode computes every datum again rather than reusing them.
      const run = await runAction({
        apiUrl: emulator.url,
        repository: 'acme/data',
        event: pushEvent('main', null, source),
        inputs: { download, force: 'all' },
      });
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ processed: '4', reused: '0' });
      expect(emulator.count('GET', /^\/repos\/go\/[bc]\/tarball/)).toBe(download === 'api' ? 2 : 0);
      const records = recordsOf(emulator.repoDir('acme', 'data'));
      expect(records.get('go/a')?.renamed).toBeUndefined();
      expect(records.get('go/b')).toMatchObject({ renamed: 'go/b-two', lines: expectedStats(b).lines, error: null });
      expect(records.get('go/c')).toMatchObject({ renamed: 'New-Org/c', error: null });
      expect(records.get('go/d')).toMatchObject({ error: 'repository go/d not found (or not visible with this token)' });
      expect(records.get('go/d')?.renamed).toBeUndefined();

      const message = git(emulator.repoDir('acme', 'data'), 'log', '-1', '--format=%B', 'tusk/main');
      expect(message).toContain('Renamed on GitHub (the input still has the old name): go/b -> go/b-two, go/c -> New-Org/c.');
      expect(message).toMatch(/^Tusk-Renamed: 2$/m);
      // The job summary tells the reader what to change in the input.
      expect(run.summary).toContain('**Renamed on GitHub (2)**');
      expect(run.summary).toContain('- `go/b` is now `go/b-two`\n- `go/c` is now `New-Org/c`');
    },
  );

  it('tusk log shows the renames, and the name to put in the input', async () => {
    const dir = tempDir();
    try {
      const env = { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: emulator.url, GITHUB_SERVER_URL: emulator.serverUrl };
      const log = await tusk(['log', '--github', 'acme/data', '-n', '1'], { cwd: dir.path, env });
      expect(log.code).toBe(0);
      const lines = log.out.trim().split('\n');
      expect(lines[0]).toMatch(/ROWS\s+NOTES$/);
      expect(lines[1]).toMatch(/\s2 renamed$/);
      expect(lines.slice(2)).toEqual(['go/b is now go/b-two on GitHub: update the input', 'go/c is now New-Org/c on GitHub: update the input']);
    } finally {
      dir.cleanup();
    }
  });
});
