/** The spawner helper: commands started from a small process, for tests that would fork a grown jest worker. */
import { readFileSync } from 'node:fs';
import { git } from './support/git-fixtures.js';
import { spawnSyncThroughHelper, spawnThroughHelper } from './support/spawner.js';
import { tempDir } from './support/temp-dir.js';

const ENV = { PATH: process.env.PATH ?? '' };
const parentOf = (ppid: string): string => readFileSync(`/proc/${ppid.trim()}/cmdline`, 'utf8').split('\0').join(' ');

describe('spawnSyncThroughHelper', () => {
  it('returns the exit code, stderr and the exact bytes of stdout, and feeds the input', () => {
    const result = spawnSyncThroughHelper('sh', ['-c', 'cat; printf "\\000\\377"; echo oops >&2; exit 3'], ENV, 'in\n');
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe('oops\n');
    expect([...result.stdout]).toEqual([...Buffer.from('in\n'), 0, 255]);
  });

  it('starts the command from the helper, not from this process', async () => {
    const sync = spawnSyncThroughHelper('sh', ['-c', 'echo $PPID'], ENV).stdout.toString();
    expect(Number(sync)).not.toBe(process.pid);
    expect(parentOf(sync)).toMatch(/spawner-helper\.mjs/);
    const async = (await spawnThroughHelper('sh', ['-c', 'echo $PPID'], ENV)).stdout.toString();
    expect(parentOf(async)).toMatch(/spawner-helper\.mjs/);
  });

  it('gives the environment it is given and nothing else', () => {
    expect(spawnSyncThroughHelper('sh', ['-c', 'echo "$A/$HOME"'], { ...ENV, A: 'a' }).stdout.toString()).toBe('a/\n');
  });

  it('throws when the command cannot start, and runs the next one after it', () => {
    expect(() => spawnSyncThroughHelper('no-such-command-here', [], ENV)).toThrow(/ENOENT/);
    expect(spawnSyncThroughHelper('sh', ['-c', 'echo next'], ENV).stdout.toString()).toBe('next\n');
  });
});

describe('the git fixture', () => {
  it('runs in the folder it is given and names the command and the folder when git fails', () => {
    const dir = tempDir('tusk-spawner-');
    try {
      git(dir.path, 'init', '--quiet', '--initial-branch=main');
      expect(git(dir.path, 'rev-parse', '--show-toplevel')).toBe(dir.path);
      expect(() => git(dir.path, 'rev-parse', '--verify', 'nothing')).toThrow(`git rev-parse --verify nothing failed (exit 128) in ${dir.path}`);
    } finally {
      dir.cleanup();
    }
  });
});
