/**
 * The committed bundles on the Node that GitHub runs the action on (action.yml's `runs.using`),
 * which may not be the Node running the tests: scripts/action-node.mjs fetches it once.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionNode, actionNodeMajor } from '../../scripts/action-node.mjs';
import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';
import { expectedStats, seedGoRepo, type GoRepoSpec } from '../support/go-repos.js';
import { pushEvent, runAction } from '../support/run-action.js';
import { tempDir } from '../support/temp-dir.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPOS: GoRepoSpec[] = [
  { owner: 'go', repo: 'alpha', deps: ['github.com/x/one'], bodyLines: 10 },
  { owner: 'go', repo: 'beta', deps: [], bodyLines: 3 },
];

const line = (spec: GoRepoSpec): string => `${spec.owner}/${spec.repo}, ${expectedStats(spec).deps}, ${expectedStats(spec).lines}`;

describe('the bundles on the Node that action.yml names', () => {
  let node: { path: string; version: string };
  beforeAll(() => {
    node = actionNode(ROOT);
  }, 180_000);

  it('dist/index.js commits the stats of a push, then of a push that adds a name', async () => {
    expect(node.version.startsWith(`v${actionNodeMajor(readFileSync(join(ROOT, 'action.yml'), 'utf8'))}.`)).toBe(true);
    const emulator = await GitHubEmulator.start({ tokens: { 'test-token': 'write' } });
    try {
      for (const spec of REPOS) await seedGoRepo(emulator, spec);
      await emulator.createRepo('acme', 'data');
      const bare = emulator.repoDir('acme', 'data');
      const first = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/alpha\n' }, 'one name');
      const run1 = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', null, first), node: node.path });
      expect(run1.stderr).toBe('');
      expect(run1.exitCode).toBe(0);
      expect(run1.outputs).toMatchObject({ processed: '1', reused: '0', added: '1' });

      const second = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/alpha\ngo/beta\n' }, 'two names');
      const run2 = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', first, second), node: node.path });
      expect(run2.exitCode).toBe(0);
      expect(run2.outputs).toMatchObject({ processed: '1', reused: '1', added: '1', 'data-commit': git(bare, 'rev-parse', 'tusk/main') });
      expect(git(bare, 'show', 'tusk/main:stats/results')).toBe(`${line(REPOS[0]!)}\n${line(REPOS[1]!)}`);
      expect(run2.summary).toContain('go\\/beta');
    } finally {
      await emulator.close();
    }
  }, 60_000);

  it('dist/cli.js computes stats and runs the local pipeline', () => {
    const statsOn = (nodePath: string) =>
      execFileSync(nodePath, [join(ROOT, 'dist', 'cli.js'), 'stats', 'pkg/errors=/usr/share/gocode/src/github.com/pkg/errors'], { encoding: 'utf8' });
    const stats = statsOn(node.path);
    expect(stats).toBe(statsOn(process.execPath));
    expect(stats).toMatch(/^pkg\/errors, \d+, \d+\n$/);

    const dir = tempDir('tusk-runtime-');
    try {
      const demo = join(dir.path, 'demo');
      const out = execFileSync(node.path, [join(ROOT, 'dist', 'cli.js'), 'demo', demo], { encoding: 'utf8' });
      expect(out).toMatch(/: 1 computed, 4 reused, 0 failed; rows \+1 -0 ~0/);
      expect(git(demo, 'rev-list', '--count', 'tusk/main')).toBe('2');
    } finally {
      dir.cleanup();
    }
  }, 60_000);
});
