import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';
import { seedGoRepo } from '../support/go-repos.js';
import { pushEvent, runAction, type ActionRun } from '../support/run-action.js';

const COUNT = 300;
const DOWNLOAD = /^\/_codeload\/go\/([^/]+)\//;

/** Downloads of each repository since the log was last reset. */
function downloads(emulator: GitHubEmulator): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of emulator.requests) {
    const name = DOWNLOAD.exec(request.path)?.[1];
    if (name && request.status === 200) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

describe('a run split over a workflow matrix (shards)', () => {
  let emulator: GitHubEmulator;
  let names: string[];
  let single: { results: string; records: string };

  /** A source repository with the list, and its first push. */
  async function source(repo: string): Promise<string> {
    await emulator.createRepo('acme', repo);
    return emulator.commitFiles('acme', repo, 'main', { 'projects.txt': names.map((name) => `go/${name}\n`).join('') }, 'projects');
  }

  const run = (repo: string, sha: string, inputs: Record<string, string> = {}, onSpawn?: (pid: number) => void): Promise<ActionRun> =>
    runAction({ apiUrl: emulator.url, repository: `acme/${repo}`, event: pushEvent('main', null, sha), inputs, ...(onSpawn ? { onSpawn } : {}) });
  const show = (repo: string, path: string, rev = 'tusk/main') => git(emulator.repoDir('acme', repo), 'show', `${rev}:${path}`);
  const files = (repo: string) => ({ results: show(repo, 'stats/results'), records: show(repo, 'stats/records.jsonl') });

  beforeAll(async () => {
    emulator = await GitHubEmulator.start();
    await seedGoRepo(emulator, { owner: 'go', repo: 'seed', deps: ['example.com/x'], bodyLines: 3 });
    names = Array.from({ length: COUNT }, (_, i) => `r${String(i).padStart(3, '0')}`);
    emulator.copyRepo('go', 'seed', names);
    const whole = await run('single', await source('single'));
    expect(whole.exitCode).toBe(0);
    single = files('single');
  }, 120_000);
  afterAll(() => emulator.close());

  it('four shards racing at one input commit: the last to land completes the data, byte for byte what one job makes', async () => {
    const sha = await source('racing');
    emulator.resetLog();
    const runs = await Promise.all([1, 2, 3, 4].map((k) => run('racing', sha, { shard: `${k}/4`, 'checkpoint-datums': '25' })));
    for (const shard of runs) expect(shard.exitCode).toBe(0);
    expect(files('racing')).toEqual(single);
    // Every datum was computed once, by one shard.
    const counts = downloads(emulator);
    expect(counts.size).toBe(COUNT);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(runs.map((r) => Number(r.outputs.processed)).reduce((a, b) => a + b, 0)).toBe(COUNT);
    // Each commit sends the results and the records as blobs; the input only a shard's first:
    // later ones, its own or after a race lost to another shard, land on a tip that holds it.
    const trees = emulator.count('POST', /^\/repos\/acme\/racing\/git\/trees$/);
    expect(trees).toBeGreaterThan(8);
    expect(emulator.count('POST', /^\/repos\/acme\/racing\/git\/blobs$/)).toBe(2 * trees + 4);
    // One line of history, each commit on top of the one before (the emulator refuses a ref update that is not a fast-forward).
    const dir = emulator.repoDir('acme', 'racing');
    expect(git(dir, 'rev-list', '--count', '--merges', 'tusk/main')).toBe('0');
    const chain = git(dir, 'rev-list', '--reverse', 'tusk/main').split('\n');
    for (const shard of runs) expect(chain).toContain(shard.outputs['data-commit']); // each made its commits on that line
    expect(git(dir, 'log', '--format=%(trailers:key=Tusk-Shard,valueonly)', 'tusk/main').split('\n').filter(Boolean).sort()).toEqual(
      expect.arrayContaining(['1/4', '2/4', '3/4', '4/4']),
    );
    expect(git(dir, 'log', '-1', '--format=%(trailers:key=Tusk-Pending,valueonly)', 'tusk/main')).toBe('0');
    // A shard that did its part says that the rest is the other shards', without a warning.
    const early = runs.find((r) => Number(r.outputs.pending) > 0);
    if (early) expect(early.stdout).toContain(`::notice::${early.outputs.pending} datums pending: they are the other shards' part of this run`);
  });

  it('a shard killed midway leaves its datums pending, and a re-run of that shard finishes them', async () => {
    const sha = await source('killed');
    for (const k of [1, 2]) expect((await run('killed', sha, { shard: `${k}/3` })).exitCode).toBe(0);
    emulator.resetLog();
    let killed: ReturnType<GitHubEmulator['cutOff']> | null = null;
    const cut = await run('killed', sha, { shard: '3/3', 'checkpoint-datums': '10', concurrency: '2' }, (pid) => {
      killed = emulator.cutOff({ path: DOWNLOAD, after: 41, pid, signal: 'SIGKILL' });
    });
    expect(cut.exitCode).toBe(-1);
    expect(killed!.firedAt).not.toBeNull();
    const pending = show('killed', 'stats/records.jsonl')
      .split('\n')
      .filter((line) => line.includes('"pending":true')).length;
    expect(pending).toBeGreaterThan(0);
    expect(pending).toBeLessThan(COUNT / 3);
    emulator.resetLog();
    const again = await run('killed', sha, { shard: '3/3' });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ processed: String(pending), pending: '0' });
    expect(downloads(emulator).size).toBe(pending);
    expect(files('killed')).toEqual(single);
  });

  it('different shard counts over the same list give the same data', async () => {
    for (const count of [2, 3]) {
      const repo = `split-${count}`;
      const sha = await source(repo);
      for (let k = 1; k <= count; k++) expect((await run(repo, sha, { shard: `${k}/${count}` })).exitCode).toBe(0);
      expect(files(repo)).toEqual(single);
    }
  });

  it('in comment mode, shard 1 makes the comment and the others leave it', async () => {
    const sha = await source('commented');
    expect((await run('commented', sha)).exitCode).toBe(0);
    await emulator.commitFiles('acme', 'commented', 'feature', { 'projects.txt': 'go/r000\ngo/r001\n' }, 'fewer', { from: 'main' });
    const pull = await emulator.createPullRequest({
      owner: 'acme',
      repo: 'commented',
      base: 'main',
      head: { owner: 'acme', repo: 'commented', branch: 'feature' },
    });
    const event = {
      name: 'pull_request',
      ref: `refs/pull/${pull.number}/merge`,
      sha: pull.mergeSha!,
      payload: { number: pull.number, pull_request: { number: pull.number, base: { ref: 'main' } } },
    };
    const second = await runAction({ apiUrl: emulator.url, repository: 'acme/commented', event, inputs: { shard: '2/2' } });
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain("::notice::the pull request's comment is made by one job: shard 2/2 leaves it to shard 1/2");
    expect(emulator.comments('acme', 'commented', pull.number)).toHaveLength(0);
    const first = await runAction({ apiUrl: emulator.url, repository: 'acme/commented', event, inputs: { shard: '1/2' } });
    expect(first.exitCode).toBe(0);
    expect(emulator.comments('acme', 'commented', pull.number)).toHaveLength(1);
  });
});
