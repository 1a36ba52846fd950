import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectedStats, seedGoRepo, type GoRepoSpec } from '../support/go-repos.js';
import { pushEvent, runAction } from '../support/run-action.js';

const spec = (name: string): GoRepoSpec => ({ owner: 'go', repo: name, deps: [`example.com/${name}`], bodyLines: 5 });
const LINES = expectedStats(spec('a')).lines;

/** A gzip tarball of one large incompressible file: valid, and too large. */
function largeTarball(bytes: number): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'tusk-large-'));
  mkdirSync(join(dir, 'go-c-abcdef1'));
  writeFileSync(join(dir, 'go-c-abcdef1', 'blob.bin'), randomBytes(bytes));
  const tarball = execFileSync('tar', ['czf', '-', '-C', dir, 'go-c-abcdef1'], { maxBuffer: 1 << 30 });
  rmSync(dir, { recursive: true, force: true });
  return tarball;
}

const trailer = (bare: string, rev: string): string => git(bare, 'log', '-1', '--format=%(trailers:key=Tusk-Input-Commit,valueonly)', rev);

describe('the action under racing runs and faults', () => {
  let emulator: GitHubEmulator;
  let bare: string;

  beforeEach(async () => {
    emulator = await GitHubEmulator.start();
    for (const name of ['a', 'b', 'c', 'd']) await seedGoRepo(emulator, spec(name));
    await emulator.createRepo('acme', 'data');
    bare = emulator.repoDir('acme', 'data');
  });
  afterEach(() => emulator.close());

  it('three racing runs from three successive pushes end linear, newest input on top, nothing lost', async () => {
    const c1 = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/a\n' }, 'one');
    const c2 = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/a\ngo/b\n' }, 'two');
    const c3 = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/a\ngo/b\ngo/c\n' }, 'three');
    const runs = await Promise.all(
      [c1, c2, c3].map((sha, i) => runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', [null, c1, c2][i]!, sha) })),
    );
    for (const run of runs) expect(run.exitCode).toBe(0);

    // The head holds the newest input, whatever order the runs finished in.
    expect(trailer(bare, 'tusk/main')).toBe(c3);
    expect(git(bare, 'show', 'tusk/main:stats/results').split('\n')).toHaveLength(3);
    // Linear: every data commit has one parent (the first none), and each run's commit is on the branch.
    const history = git(bare, 'rev-list', '--parents', 'tusk/main')
      .split('\n')
      .map((line) => line.split(' '));
    expect(history.every((shas, i) => shas.length === (i === history.length - 1 ? 1 : 2))).toBe(true);
    const committed = runs.filter((run) => run.outputs['data-commit'] && !run.stdout.includes('nothing to do')).map((run) => run.outputs['data-commit']!);
    const onBranch = new Set(history.map((shas) => shas[0]));
    for (const sha of committed) expect(onBranch.has(sha)).toBe(true);
    // The input never goes back: along the history, inputs are in source order.
    const inputs = history.map((shas) => trailer(bare, shas[0]!)).reverse();
    const order = [c1, c2, c3];
    for (let i = 1; i < inputs.length; i++) expect(order.indexOf(inputs[i]!)).toBeGreaterThan(order.indexOf(inputs[i - 1]!));
    // A run that found a newer input on the branch says so and changes nothing.
    for (const run of runs.filter((r) => r.stdout.includes('nothing to do'))) expect(run.stdout).toMatch(/newer input|already holds data/);
    git(bare, 'fsck', '--strict');
  });

  it('an older push processed after a newer one changes nothing and succeeds', async () => {
    const c1 = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/a\n' }, 'one');
    const c2 = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/a\ngo/d\n' }, 'two');
    expect((await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', c1, c2) })).exitCode).toBe(0);
    const head = git(bare, 'rev-parse', 'tusk/main');
    const late = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', null, c1) });
    expect(late.exitCode).toBe(0);
    expect(late.stdout).toContain('newer input');
    expect(git(bare, 'rev-parse', 'tusk/main')).toBe(head);
    const again = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', c1, c2) });
    expect(again.stdout).toContain('already holds data');
    expect(git(bare, 'rev-parse', 'tusk/main')).toBe(head);
  });

  it('survives 5xx, a secondary rate limit with retry-after, and a slow response', async () => {
    const c1 = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/a\ngo/b\n' }, 'one');
    emulator.inject({ method: 'GET', path: /^\/repos\/go\/b\/tarball$/, status: 502, times: 2 });
    emulator.inject({
      method: 'POST',
      path: /\/git\/trees$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    emulator.inject({ method: 'GET', path: /^\/repos\/go\/a\/tarball$/, status: 503, delayMs: 1500 });
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: pushEvent('main', null, c1),
      inputs: { download: 'api', 'request-timeout': '3s' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ processed: '2', failed: '0' });
    expect(run.stdout).toContain('secondary rate limit');
    expect(emulator.requests.filter((r) => r.status === 502)).toHaveLength(2);
    expect(emulator.requests.filter((r) => r.status === 403)).toHaveLength(1);
    expect(emulator.requests.filter((r) => r.status === 503)).toHaveLength(1);
    expect(git(bare, 'show', 'tusk/main:stats/results')).toBe(`go/a, 1, ${LINES}\ngo/b, 1, ${LINES}`);
  });

  it('a datum whose API errors persist after retries is recorded as failed; the others go on', async () => {
    const c1 = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/a\ngo/b\n' }, 'one');
    emulator.inject({ method: 'GET', path: /^\/repos\/go\/b\/tarball$/, status: 500, times: 10 });
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: pushEvent('main', null, c1),
      inputs: { download: 'api', 'request-timeout': '3s' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ processed: '2', failed: '1' });
    const records = git(bare, 'show', 'tusk/main:stats/records.jsonl');
    expect(records).toMatch(/"repo":"go\/b".*"error":"GitHub API error 500/);
    expect(git(bare, 'show', 'tusk/main:stats/results')).toBe(`go/a, 1, ${LINES}`);
  });

  it('a corrupt or too large archive is a failed datum with a clear error', async () => {
    const c1 = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': 'go/a\ngo/b\ngo/c\n' }, 'one');
    emulator.setArchive('go', 'b', Buffer.from('this is not a gzip stream'));
    emulator.setArchive('go', 'c', largeTarball(3 * 1024 * 1024));
    const run = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', null, c1), inputs: { 'max-tarball-mb': '2' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ failed: '2' });
    const records = git(bare, 'show', 'tusk/main:stats/records.jsonl');
    expect(records).toMatch(/"repo":"go\/b".*"error":"go\/b: not a gzip file"/);
    expect(records).toMatch(/"repo":"go\/c".*"error":"go\/c: tarball is larger than the limit of 2097152 bytes"/);
  });
});
