import { execFileSync, spawn } from 'node:child_process';
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { git, initRepo } from '../support/git-fixtures.js';
import { numberedSpecs, writeGoSources } from '../support/go-repos.js';
import { tempDir } from '../support/temp-dir.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const SPECS = numberedSpecs('go', 10);

interface Exit {
  code: number | null;
  stderr: string;
  /** When the process ended, for the time it took after a signal. */
  at: number;
}

/**
 * `tusk run` as a process over local sources in which `blocked` is a named pipe: reading it
 * blocks until the test writes to it, so the run is cut off at a known datum.
 */
function startRun(repo: string, sources: string, args: string[]): { pid: number; exit: Promise<Exit>; said: (text: string) => Promise<void> } {
  const child = spawn(process.execPath, [CLI, 'run', '--sources', sources, '--concurrency', '1', ...args], { cwd: repo });
  let stderr = '';
  const waiting: { text: string; resolve: () => void }[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const wait of waiting.filter((w) => stderr.includes(w.text))) wait.resolve();
  });
  const exit = new Promise<Exit>((resolve) => child.on('close', (code) => resolve({ code, stderr, at: Date.now() })));
  const said = (text: string) => new Promise<void>((resolve) => (stderr.includes(text) ? resolve() : waiting.push({ text, resolve })));
  return { pid: child.pid!, exit, said };
}

describe('tusk run stopped by a signal (local backend)', () => {
  let dir: ReturnType<typeof tempDir>;
  let repo: string;
  let sources: string;
  beforeEach(() => {
    dir = tempDir();
    repo = join(dir.path, 'repo');
    sources = join(dir.path, 'sources');
    execFileSync('mkdir', ['-p', repo, sources]);
    initRepo(repo, { 'projects.txt': SPECS.map((spec) => `go/${spec.repo}\n`).join('') });
  });
  afterEach(() => dir.cleanup());

  /** Sources for every spec but `blocked`, which is a named pipe; resolves once the run is reading it. */
  async function blockAt(blocked: string): Promise<{ reached: Promise<void>; writer: Promise<import('node:fs/promises').FileHandle> }> {
    writeGoSources(
      sources,
      SPECS.filter((spec) => spec.repo !== blocked),
    );
    const fifo = join(sources, 'go', `${blocked}.tar.gz`);
    execFileSync('mkfifo', [fifo]);
    // Opening a pipe to write waits until a reader opens it: then the run has reached that datum.
    const writer = open(fifo, 'w');
    return { reached: writer.then(() => undefined), writer };
  }

  const finished = (rev = 'tusk/main') =>
    git(repo, 'show', `${rev}:stats/records.jsonl`)
      .split('\n')
      .map((line) => JSON.parse(line))
      .filter((record) => !record.pending)
      .map((record) => record.repo);

  /** No lock file, no stray ref, a sound repository. */
  async function expectIntact(): Promise<void> {
    expect(git(repo, 'fsck', '--no-progress')).toBe('');
    expect(git(repo, 'for-each-ref', '--format=%(refname)')).toBe('refs/heads/main\nrefs/heads/tusk/main');
    const locks = (await readdir(join(repo, '.git'), { recursive: true })).filter((path) => String(path).endsWith('.lock'));
    expect(locks).toEqual([]);
  }

  /** The blocked source made whole, then a second run: it computes only what is not saved. */
  async function rerun(blocked: string): Promise<string> {
    execFileSync('rm', [join(sources, 'go', `${blocked}.tar.gz`)]);
    writeGoSources(
      sources,
      SPECS.filter((spec) => spec.repo === blocked),
    );
    return execFileSync(process.execPath, [CLI, 'run', '--sources', sources], { cwd: repo, encoding: 'utf8' });
  }

  it.each(['SIGINT', 'SIGTERM'] as const)('%s: commits the finished datums within 5 s, exits 130, and the next run computes only the rest', async (signal) => {
    const { reached, writer } = await blockAt('r5');
    const run = startRun(repo, sources, []);
    await reached;
    const signalled = Date.now();
    process.kill(run.pid, signal);
    // The datum is abandoned now; closing the pipe lets the thread that reads it go, so that the
    // process can exit (a read blocked on a pipe would hold it; a real file's read returns).
    await run.said(`${signal}: stopping`);
    await (await writer).close();
    const exit = await run.exit;
    expect(exit.code).toBe(130);
    expect(exit.at - signalled).toBeLessThan(5000);
    expect(exit.stderr).toContain(`tusk: ${signal}: stopping; committing what was finished`);
    expect(exit.stderr).toContain('tusk: 5 datums pending: the run was cancelled; the next run continues, pending datums first.');
    expect(finished()).toEqual(['go/r0', 'go/r1', 'go/r2', 'go/r3', 'go/r4']);
    expect(git(repo, 'log', '-1', '--format=%(trailers:key=Tusk-Stopped,valueonly)', 'tusk/main')).toBe('cancel');
    await expectIntact();
    expect(await rerun('r5')).toMatch(/: 5 computed, 5 reused, 0 failed; rows \+5 -0 ~0\n$/);
  });

  it('SIGKILL: the next run loses no more than the checkpoint bound', async () => {
    const { reached, writer } = await blockAt('r7');
    const run = startRun(repo, sources, ['--checkpoint-datums', '3']);
    await reached;
    process.kill(run.pid, 'SIGKILL');
    const exit = await run.exit;
    await (await writer).close();
    expect(exit.code).toBeNull();
    // Seven datums were done; checkpoints after the third and the sixth saved six of them.
    expect(finished()).toEqual(['go/r0', 'go/r1', 'go/r2', 'go/r3', 'go/r4', 'go/r5']);
    await expectIntact();
    expect(await rerun('r7')).toMatch(/: 4 computed, 6 reused, 0 failed/);
  });
});
