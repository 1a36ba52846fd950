/** The committed CLI bundle as a process: what a shell sees of its output and exit codes. */
import { spawn } from 'node:child_process';

const SOURCE = 'pkg/errors=/usr/share/gocode/src/github.com/pkg/errors';

/** Runs `node dist/cli.js ARGS`, reading its stdout only after `delayMs`, as a slow pipe would. */
function runBundle(args: string[], delayMs = 0): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/cli.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), delayMs);
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('node dist/cli.js', () => {
  it('writes all of a long output through a pipe that is read late before it exits', async () => {
    const { code, out } = await runBundle(['stats', '--json', ...Array<string>(800).fill(SOURCE)], 300);
    const lines = out.split('\n').filter((line) => line !== '');
    expect(out.length).toBeGreaterThan(65536); // more than a pipe holds
    expect(lines).toHaveLength(800);
    expect(new Set(lines).size).toBe(1);
    expect(code).toBe(0);
  }, 30_000);

  it('exits 1 with the error on stderr, and 2 for bad usage', async () => {
    const missing = await runBundle(['stats', 'a/b=/nonexistent/tusk']);
    expect(missing).toEqual({ code: 1, out: '', err: 'tusk: /nonexistent/tusk: no such file or directory\n' });
    const usage = await runBundle(['no-such-command']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("unknown command 'no-such-command'");
  });
});
