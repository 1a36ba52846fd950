import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';
import { expectedStats, seedGoRepo, type GoRepoSpec } from '../support/go-repos.js';
import { pushEvent, runAction, type ActionEvent } from '../support/run-action.js';
import { PEAK_RSS_REPORTER, peakRssOf } from '../support/peak-rss.js';
import { headerBlocks, writeRepeatedTarball } from '../support/tarball.js';

const SPECS: GoRepoSpec[] = ['a', 'b', 'c'].map((repo, i) => ({ owner: 'go', repo, deps: [], bodyLines: i + 1 }));
const INPUT = 'go/a\ngo/b\ngo/c\n';

/** A gzip bomb: a tarball of one Go file of zeros, a few KB that inflate to `size` bytes. */
function inflateBomb(size: number): Buffer {
  const header = headerBlocks({ path: 'go-c-abcdef1/bomb.go', type: 'File', size });
  return gzipSync(Buffer.concat([header, Buffer.alloc(size), Buffer.alloc(1024)]), { level: 9 });
}

const scheduleEvent = (sha: string): ActionEvent => ({ name: 'schedule', ref: 'refs/heads/main', sha, payload: { schedule: '0 3 * * *' } });

describe('nothing crashes a run, nothing is lost', () => {
  let emulator: GitHubEmulator;
  let bare: string;
  let source: string;

  beforeEach(async () => {
    emulator = await GitHubEmulator.start();
    for (const spec of SPECS) await seedGoRepo(emulator, spec);
    await emulator.createRepo('acme', 'data');
    bare = emulator.repoDir('acme', 'data');
    source = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': INPUT }, 'projects');
    const first = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', null, source) });
    expect(first.exitCode).toBe(0);
    emulator.resetLog();
  });
  afterEach(() => emulator.close());

  const show = (path: string, rev = 'tusk/main') => git(bare, 'show', `${rev}:${path}`);
  const record = (repo: string) =>
    show('stats/records.jsonl')
      .split('\n')
      .map((line) => JSON.parse(line))
      .find((r) => r.repo === repo);
  const push = async (files: Record<string, string | null>, inputs: Record<string, string> = {}) => {
    const sha = await emulator.commitFiles('acme', 'data', 'main', files, 'a push');
    return runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', null, sha), inputs });
  };

  it('a refresh keeps the good record of a repository whose head check fails after retries, and says it is stale', async () => {
    const before = show('stats/results');
    // Every try of one run (the first and the client's 3 retries) fails.
    emulator.inject({ method: 'GET', path: /^\/repos\/go\/b\/commits\/HEAD$/, status: 502, times: 4 });
    // A short request timeout: the retries' pauses are sixtieths of it.
    const run = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: scheduleEvent(source), inputs: { 'request-timeout': '3s' } });
    expect(run.exitCode).toBe(0);
    expect(show('stats/results')).toBe(before);
    expect(run.outputs).toMatchObject({ removed: '0', failed: '0', changed: '0' });
    expect(record('go/b')).toMatchObject({ error: null, lines: expectedStats(SPECS[1]!).lines, stale: expect.stringContaining('GitHub API error 502') });
    expect(run.stdout).toMatch(/kept\s+go\/b: .*stale: GitHub API error 502/);
    // The next refresh that gets through clears the mark.
    const clear = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: scheduleEvent(source) });
    expect(clear.exitCode).toBe(0);
    expect(record('go/b').stale).toBeUndefined();
  });

  it('a definite answer in a refresh (the repository is gone) replaces the record with an error', async () => {
    await emulator.deleteRepo('go', 'b');
    const run = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: scheduleEvent(source) });
    expect(run.outputs).toMatchObject({ removed: '1', failed: '1' });
    expect(record('go/b').error).toContain('not found');
  });

  it('a stalled download and a hung API response end in an error record for their datum, while the others go on', async () => {
    emulator.inject({ method: 'GET', path: /^\/_codeload\/go\/a\//, stallAfterBytes: 10 });
    emulator.inject({ method: 'GET', path: /^\/repos\/go\/c\/tarball$/, hang: true, times: 4 });
    const run = await push({ 'projects.txt': `${INPUT}go/b\n`, 'other.txt': 'x\n' }, { download: 'api', 'request-timeout': '2s' });
    // A new source commit, but every datum is reused: force them all by starting the branch over.
    expect(run.exitCode).toBe(0);
    git(bare, 'update-ref', '-d', 'refs/heads/tusk/main');
    const again = await push({ 'more.txt': 'y\n' }, { download: 'api', 'request-timeout': '2s' });
    expect(again.exitCode).toBe(0);
    expect(record('go/a').error).toMatch(/no data for 2s: GET .*\/repos\/go\/a\/tarball/);
    expect(record('go/c').error).toMatch(/no response for 2s: GET .*\/repos\/go\/c\/tarball/);
    expect(record('go/b')).toMatchObject({ error: null, lines: expectedStats(SPECS[1]!).lines });
  });

  it('an archive that inflates past the limit is an error record, found while streaming', async () => {
    emulator.setArchive('go', 'c', inflateBomb(64 * 1024 * 1024));
    git(bare, 'update-ref', '-d', 'refs/heads/tusk/main');
    const run = await push({ 'x.txt': 'x\n' }, { 'max-inflated-mb': '16', download: 'api' });
    expect(run.exitCode).toBe(0);
    expect(record('go/c').error).toMatch(/inflates to more than 16777216 bytes/);
    expect(run.outputs).toMatchObject({ failed: '1', processed: '3' });
  });

  it('a repository whose one Go file is 2.5 GiB of newlines is computed in less than 150 MB, and the others go on', async () => {
    const file = join(tmpdir(), `tusk-newlines-${process.pid}.tar.gz`);
    try {
      await writeRepeatedTarball(file, 'go-c-abcdef1', { path: 'newlines.go', block: Buffer.alloc(8 << 20, '\n'), copies: 320 });
      emulator.setArchive('go', 'c', readFileSync(file));
    } finally {
      rmSync(file, { force: true });
    }
    git(bare, 'update-ref', '-d', 'refs/heads/tusk/main');
    const sha = await emulator.commitFiles('acme', 'data', 'main', { 'x.txt': 'x\n' }, 'a push');
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: pushEvent('main', null, sha),
      nodeArgs: ['--import', PEAK_RSS_REPORTER],
    });
    expect(run.exitCode).toBe(0);
    expect(record('go/c')).toMatchObject({ error: null, files: 1, lines: 320 * (8 << 20), deps: 0 });
    expect(run.outputs).toMatchObject({ processed: '3', failed: '0' });
    expect(peakRssOf(run.stderr).bytes).toBeLessThan(150e6);
  }, 120_000);

  it('builds on a commit that someone added to the data branch by hand, naming it, and keeps their files', async () => {
    const readme = await emulator.commitFiles('acme', 'data', 'tusk/main', { 'README.md': '# our data\n' }, 'Add a README in the web editor');
    const run = await push({ 'projects.txt': `${INPUT}go/a\n` });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`::warning::tusk/main has 1 commit that Tusk did not make on top of its data`);
    expect(run.stdout).toContain(`${readme.slice(0, 7)} "Add a README in the web editor"`);
    expect(git(bare, 'rev-parse', 'tusk/main^')).toBe(readme); // a fast-forward on top of it
    expect(show('README.md')).toBe('# our data');
    const log = git(bare, 'log', '--format=%s', 'tusk/main');
    expect(log.split('\n')).toHaveLength(3);
  });

  it('recomputes records edited by hand into something Tusk never writes, naming file and line, and never blocks', async () => {
    const records = show('stats/records.jsonl').split('\n');
    const broken = [records[0]!.replace(/"lines":\d+/, '"lines":null'), 'not json at all', records[1]!, records[1]!.replace('go/b', 'GO/B'), records[2]!].join(
      '\n',
    );
    await emulator.commitFiles('acme', 'data', 'tusk/main', { 'stats/records.jsonl': `${broken}\n` }, 'hand edit');
    const run = await push({ 'projects.txt': `${INPUT}\n# touched\n` });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::tusk\/main@[0-9a-f]{7}:stats\/records\.jsonl:1: a record with neither an error nor all its numbers: left out, and computed again/,
    );
    expect(run.stdout).toMatch(/stats\/records\.jsonl:2: not a JSON object/);
    expect(run.stdout).toMatch(/stats\/records\.jsonl:3: go\/b has more than one record/);
    expect(run.outputs).toMatchObject({ processed: '2', reused: '1', failed: '0' });
    expect(show('stats/results')).toBe(SPECS.map((spec) => `go/${spec.repo}, ${expectedStats(spec).deps}, ${expectedStats(spec).lines}`).join('\n'));
  });

  it('refuses a data branch made from the source branch, once, with the commands that fix it', async () => {
    git(bare, 'update-ref', 'refs/heads/tusk/main', source); // someone branched tusk/main off main
    const run = await push({ 'projects.txt': `${INPUT}# x\n` });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `::error::tusk/main is not a data branch: its tip ${source.slice(0, 7)} is a commit of the source history, and Tusk keeps its data on an orphan branch of its own. ` +
        'Move it aside, and the next run creates tusk/main afresh: git push origin tusk/main:refs/heads/tusk/main-old && git push origin --delete tusk/main',
    );
    expect(git(bare, 'rev-parse', 'tusk/main')).toBe(source);
    git(bare, 'update-ref', '-d', 'refs/heads/tusk/main');
    const fixed = await push({ 'y.txt': 'y\n' });
    expect(fixed.exitCode).toBe(0);
    expect(git(bare, 'rev-list', '--count', 'tusk/main')).toBe('1');
  });

  it('a push that deletes every input file commits empty data with a warning', async () => {
    const run = await push({ 'projects.txt': null });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/::warning::no input file matches "projects\.txt" at [0-9a-f]{7}: the input was deleted, so its data is empty/);
    expect(run.outputs).toMatchObject({ removed: '3', processed: '0', reused: '0' });
    expect(show('stats/results')).toBe('');
    expect(git(bare, 'ls-tree', '--name-only', '-r', 'tusk/main')).toBe('README.md\nstats/records.jsonl\nstats/results\nstats/totals.svg');
    // The input comes back: a normal run again.
    const back = await push({ 'projects.txt': INPUT });
    expect(back.exitCode).toBe(0);
    expect(back.outputs).toMatchObject({ added: '3' });
  });
});
