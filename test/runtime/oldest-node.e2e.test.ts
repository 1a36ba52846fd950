/**
 * The CLI on the oldest Node that package.json's `engines` admits, which may be neither the Node
 * running the tests nor the one GitHub runs the action on: scripts/action-node.mjs fetches it once.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { oldestSupportedMajor, oldestSupportedNode, type NodeRuntime } from '../../scripts/action-node.mjs';
import { git } from '../support/git-fixtures.js';
import { tempDir } from '../support/temp-dir.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const SOURCES = ['pkg/errors=/usr/share/gocode/src/github.com/pkg/errors', 'gorilla/mux=/usr/share/gocode/src/github.com/gorilla/mux'];

describe('oldestSupportedMajor', () => {
  it('takes the lowest major of the alternatives', () => {
    expect(oldestSupportedMajor('^22 || ^24 || >=26')).toBe(22);
    expect(oldestSupportedMajor('>=26 || ^24.3.0 || 22.x')).toBe(22);
    expect(oldestSupportedMajor('>=20')).toBe(20);
  });

  it('refuses a range it cannot read rather than guess', () => {
    expect(() => oldestSupportedMajor('<24')).toThrow('engines.node "<24": expected alternatives such as ^22 or >=26');
    expect(() => oldestSupportedMajor('22 - 24')).toThrow('expected alternatives');
  });
});

describe('dist/cli.js on the oldest Node that package.json admits', () => {
  let node: NodeRuntime;
  beforeAll(() => {
    node = oldestSupportedNode(ROOT);
  }, 180_000);

  it('computes the same stats as on the Node at hand, plain and as JSON', () => {
    for (const format of [[], ['--json']]) {
      const there = execFileSync(node.path, [CLI, 'stats', ...SOURCES, ...format], { encoding: 'utf8' });
      expect(there).toBe(execFileSync(process.execPath, [CLI, 'stats', ...SOURCES, ...format], { encoding: 'utf8' }));
      expect(there.trim().split('\n')).toHaveLength(2);
    }
    expect(execFileSync(node.path, [CLI, 'stats', ...SOURCES], { encoding: 'utf8' })).toMatch(/^pkg\/errors, \d+, \d+\ngorilla\/mux, \d+, \d+\n$/);
  });

  it('runs the demo: the pipeline twice, then log, diff and get', () => {
    const dir = tempDir('tusk-oldest-node-');
    try {
      const demo = join(dir.path, 'demo');
      const out = execFileSync(node.path, [CLI, 'demo', demo], { encoding: 'utf8' });
      expect(out).toMatch(/: 4 computed, 0 reused, 0 failed; rows \+4 -0 ~0/);
      expect(out).toMatch(/: 1 computed, 4 reused, 0 failed; rows \+1 -0 ~0/);
      expect(out).toContain('google/go-cmp, 0, 12573\n');
      expect(git(demo, 'rev-list', '--count', 'tusk/main')).toBe('2');
    } finally {
      dir.cleanup();
    }
  }, 60_000);
});
