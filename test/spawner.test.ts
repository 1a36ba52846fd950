/** The spawner helper: commands started from a small process, for tests that would fork a grown jest worker. */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { git } from './support/git-fixtures.js';
import { spawnSyncThroughHelper, spawnThroughHelper, startThroughHelper, type StreamedChild } from './support/spawner.js';
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

  it('runs every command of a test file, waiting or not, from the one helper the jest worker keeps for all its files', async () => {
    const sync = spawnSyncThroughHelper('sh', ['-c', 'echo $PPID'], ENV).stdout.toString().trim();
    const async = (await spawnThroughHelper('sh', ['-c', 'echo $PPID'], ENV)).stdout.toString().trim();
    expect(async).toBe(sync);
    expect(parentOf(sync)).toMatch(/spawner-helper\.mjs --listen /);
    // Started by this worker (jest-environment.mjs), not by this file's modules: it was there before them.
    expect(readFileSync(`/proc/${sync}/stat`, 'utf8').split(' ')[3]).toBe(String(process.pid));
  });

  it('gives the environment it is given and nothing else', () => {
    expect(spawnSyncThroughHelper('sh', ['-c', 'echo "$A/$HOME"'], { ...ENV, A: 'a' }).stdout.toString()).toBe('a/\n');
  });

  it('throws when the command cannot start, and runs the next one after it', () => {
    expect(() => spawnSyncThroughHelper('no-such-command-here', [], ENV)).toThrow(/ENOENT/);
    expect(spawnSyncThroughHelper('sh', ['-c', 'echo next'], ENV).stdout.toString()).toBe('next\n');
  });
});

/** Everything a streamed command writes, then its exit code and stderr. */
function finished(child: StreamedChild): Promise<{ stdout: Buffer; code: number; stderr: string }> {
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => child.on('close', (code: number, stderr: string) => resolve({ stdout: Buffer.concat(chunks), code, stderr })));
}

describe('startThroughHelper', () => {
  it('streams stdin and stdout, byte for byte, and ends with the exit code and stderr', async () => {
    const child = startThroughHelper('sh', ['-c', 'cat; printf "\\000\\377"; echo oops >&2; exit 3'], ENV, { stdin: true });
    const sent = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256));
    child.stdin.end(sent);
    const { stdout, code, stderr } = await finished(child);
    expect(code).toBe(3);
    expect(stderr).toBe('oops\n');
    expect(Buffer.compare(stdout, Buffer.concat([sent, Buffer.from([0, 255])]))).toBe(0);
  });

  it('answers a long-lived command line by line, while it runs', async () => {
    const child = startThroughHelper('sh', ['-c', 'while read line; do echo "got $line"; done'], ENV, { stdin: true });
    const lines = createInterface({ input: child.stdout });
    const next = () => new Promise<string>((resolve) => lines.once('line', resolve));
    for (const word of ['one', 'two']) {
      const answer = next();
      child.stdin.write(`${word}\n`);
      expect(await answer).toBe(`got ${word}`);
    }
    const done = finished(child);
    child.stdin.end();
    expect((await done).code).toBe(0);
  });

  it('starts the command from the helper, not from this process', async () => {
    const { stdout } = await finished(startThroughHelper('sh', ['-c', 'echo $PPID'], ENV, { stdin: false }));
    expect(Number(stdout.toString())).not.toBe(process.pid);
    expect(parentOf(stdout.toString())).toMatch(/spawner-helper\.mjs/);
  });

  it('signals the command, whether it runs yet or not', async () => {
    const early = startThroughHelper('sleep', ['60'], ENV, { stdin: false });
    // Listened to from the start: the early one may well be gone before the late one starts.
    const earlyEnd = finished(early);
    early.kill('SIGTERM');
    const late = startThroughHelper('sh', ['-c', 'echo started; exec sleep 60'], ENV, { stdin: false });
    const started = new Promise((resolve) => late.stdout.once('data', resolve));
    const lateEnd = finished(late);
    await started;
    late.kill('SIGKILL');
    expect((await earlyEnd).code).toBe(-1);
    expect((await lateEnd).code).toBe(-1);
  });

  it('reports a command that cannot start as an error, then closes', async () => {
    const child = startThroughHelper('no-such-command-here', [], ENV, { stdin: false });
    const error = new Promise<Error>((resolve) => child.once('error', resolve));
    const { code, stderr } = await finished(child);
    expect((await error).message).toMatch(/ENOENT/);
    expect(code).toBe(-1);
    expect(stderr).toMatch(/ENOENT/);
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
