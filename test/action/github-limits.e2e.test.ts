import { GitHubEmulator } from '../support/github-emulator/index.js';
import { git } from '../support/git-fixtures.js';
import { seedGoRepo } from '../support/go-repos.js';
import { pushEvent, runAction, type ActionRun } from '../support/run-action.js';

/** `count` names of read-only copies of one real Go repository. */
async function seedCopies(emulator: GitHubEmulator, count: number): Promise<string[]> {
  await seedGoRepo(emulator, { owner: 'go', repo: 'seed', deps: ['example.com/x'], bodyLines: 5 });
  const names = Array.from({ length: count }, (_, i) => `r${String(i).padStart(4, '0')}`);
  emulator.copyRepo('go', 'seed', names);
  return names.map((name) => `go/${name}`);
}

const DOWNLOAD = /^\/_codeload\//;

/** Each repository's downloads, by name, from the request log. */
function downloadsByRepo(emulator: GitHubEmulator): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of emulator.requests) {
    const match = /^\/_codeload\/([^/]+)\/([^/]+)\//.exec(request.path);
    if (match && request.status === 200) counts.set(`${match[1]}/${match[2]}`, (counts.get(`${match[1]}/${match[2]}`) ?? 0) + 1);
  }
  return counts;
}

describe("the action within GitHub's limits", () => {
  let emulator: GitHubEmulator;
  let bare: string;
  afterEach(() => emulator.close());

  async function setUp(count: number, quota: number): Promise<{ names: string[]; sha: string }> {
    emulator = await GitHubEmulator.start({ quota: { limit: quota } });
    const names = await seedCopies(emulator, count);
    await emulator.createRepo('acme', 'data');
    bare = emulator.repoDir('acme', 'data');
    const sha = await emulator.commitFiles('acme', 'data', 'main', { 'projects.txt': `${names.join('\n')}\n` }, 'projects');
    emulator.resetLog();
    emulator.resetQuota();
    return { names, sha };
  }

  const records = (rev = 'tusk/main') =>
    git(bare, 'show', `${rev}:stats/records.jsonl`)
      .split('\n')
      .map((line) => JSON.parse(line));

  it('3,000 names under a quota of 1,000 requests an hour: every run commits progress, and the list is complete after the fewest runs the quota allows', async () => {
    const { names, sha } = await setUp(3000, 1000);
    const runs: ActionRun[] = [];
    const heads: string[] = [];
    for (let window = 0; window < 6; window++) {
      const run = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', null, sha), inputs: { download: 'api' } });
      runs.push(run);
      heads.push(git(bare, 'rev-parse', 'tusk/main'));
      expect(run.exitCode).toBe(0);
      if (run.outputs.pending === '0') break;
      // The warning says how many are left, when the quota resets, and that the next run goes on.
      expect(run.stdout).toMatch(
        new RegExp(
          `::warning title=Pending datums::${run.outputs.pending} datums pending: the run stopped before the API quota ran out, which resets at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC; the next run continues, pending datums first\\.`,
        ),
      );
      emulator.resetQuota(); // the next hour
    }
    // Each datum costs one request, and each run's own reads and commit about twenty: 1,000 a window
    // cannot hold 3,000 datums in three windows, and four are enough.
    expect(runs).toHaveLength(4);
    expect(runs.map((run) => Number(run.outputs.processed)).reduce((a, b) => a + b, 0)).toBe(3000);
    expect(runs.map((run) => Number(run.outputs.pending))).toEqual(
      runs.map((_, i) => 3000 - runs.slice(0, i + 1).reduce((sum, run) => sum + Number(run.outputs.processed), 0)),
    );
    // Every run committed, each a fast-forward of the one before; no datum was computed twice.
    expect(new Set(heads).size).toBe(heads.length);
    for (let i = 1; i < heads.length; i++) expect(git(bare, 'merge-base', '--is-ancestor', heads[i - 1]!, heads[i]!)).toBe('');
    const downloads = downloadsByRepo(emulator);
    expect(downloads.size).toBe(3000);
    expect([...downloads.values()].every((count) => count === 1)).toBe(true);
    // The quota was read from the headers and never run into.
    expect(emulator.primaryLimitRefusals.total).toBe(0);
    const final = records();
    expect(final.filter((record) => record.pending || record.error !== null)).toEqual([]);
    expect(final.map((record) => record.repo)).toEqual(names);
    expect(git(bare, 'log', '-1', '--format=%(trailers:key=Tusk-Pending,valueonly)', 'tusk/main')).toBe('0');
  }, 240_000);

  it('downloads through the API cost one request a datum, and through the archive URLs none', async () => {
    const { sha } = await setUp(20, 5000);
    const apiRun = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', null, sha), inputs: { download: 'api' } });
    expect(apiRun.exitCode).toBe(0);
    expect(emulator.count('GET', /^\/repos\/go\/[^/]+\/tarball$/)).toBe(20);
    expect(emulator.count('GET', /^\/repos\/go\//)).toBe(20); // the tarball request only: the commit comes from the archive
    const firstCommit = records()[0].commit;
    expect(firstCommit).toBe(git(emulator.repoDir('go', 'seed'), 'rev-parse', 'main'));

    const next = await emulator.commitFiles('acme', 'data', 'main', { 'other.txt': 'x\n' }, 'another push');
    git(bare, 'update-ref', '-d', 'refs/heads/tusk/main'); // start over, to compute every datum again
    emulator.resetLog();
    const archiveRun = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: pushEvent('main', null, next),
      inputs: { download: 'archive' },
    });
    expect(archiveRun.exitCode).toBe(0);
    expect(archiveRun.outputs.processed).toBe('20');
    expect(emulator.count('GET', /^\/repos\/go\//)).toBe(0);
    expect(emulator.count('GET', /^\/go\/[^/]+\/archive\/HEAD\.tar\.gz$/)).toBe(20);
    expect(records()[0].commit).toBe(firstCommit);
  });

  it('SIGINT halfway: the finished datums are committed within 5 s, and the next run computes only the rest', async () => {
    const { sha } = await setUp(60, 5000);
    emulator.setLatency(20);
    let cutOff: ReturnType<GitHubEmulator['cutOff']> | null = null;
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: pushEvent('main', null, sha),
      inputs: { download: 'api' },
      onSpawn: (pid) => (cutOff = emulator.cutOff({ path: DOWNLOAD, after: 30, pid, signal: 'SIGINT' })),
    });
    expect(cutOff!.firedAt).not.toBeNull();
    expect(run.exitCode).toBe(1);
    const pending = Number(run.outputs.pending);
    expect(pending).toBeGreaterThan(0);
    expect(run.stdout).toContain(`::error::${pending} datums pending: the run was cancelled; the next run continues, pending datums first.`);
    // The commit landed within 5 s of the signal.
    const refUpdates = emulator
      .requestsBetween(cutOff!.firedAt!, cutOff!.firedAt! + 5000)
      .filter((r) => r.method !== 'GET' && /\/git\/refs/.test(r.path) && r.status < 300);
    expect(refUpdates).toHaveLength(1);
    const committed = records();
    const finished = committed.filter((record) => !record.pending);
    expect(finished.length).toBe(60 - pending);
    expect(finished.length).toBeGreaterThanOrEqual(20);
    expect(finished.every((record) => record.error === null)).toBe(true);

    emulator.resetLog();
    emulator.setLatency(0);
    const next = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', null, sha), inputs: { download: 'api' } });
    expect(next.exitCode).toBe(0);
    expect(next.outputs).toMatchObject({ processed: String(pending), pending: '0' });
    expect([...downloadsByRepo(emulator).keys()].sort()).toEqual(committed.filter((record) => record.pending).map((record) => record.repo));
  });

  it('SIGKILL: the next run loses no more than the checkpoint bound', async () => {
    const { sha } = await setUp(60, 5000);
    emulator.setLatency(20);
    const run = await runAction({
      apiUrl: emulator.url,
      repository: 'acme/data',
      event: pushEvent('main', null, sha),
      inputs: { download: 'api', 'checkpoint-datums': '10', concurrency: '4' },
      onSpawn: (pid) => emulator.cutOff({ path: DOWNLOAD, after: 35, pid, signal: 'SIGKILL' }),
    });
    expect(run.exitCode).toBe(-1); // killed
    // 34 downloads were answered before the kill, the last 4 perhaps not yet counted; a kill loses
    // at most the checkpoint's 10 datums and the 4 in flight when it came due.
    const saved = records().filter((record) => !record.pending).length;
    expect(saved).toBeGreaterThanOrEqual(34 - 4 - (10 + 4));
    emulator.resetLog();
    emulator.setLatency(0);
    const next = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', null, sha), inputs: { download: 'api' } });
    expect(next.exitCode).toBe(0);
    expect(Number(next.outputs.processed)).toBe(60 - saved);
    expect(downloadsByRepo(emulator).size).toBe(60 - saved);
  });

  it('a quota spent by someone else is not waited out past the time budget: the step fails at once, saying until when', async () => {
    const { sha } = await setUp(5, 5000);
    emulator.setTokenLimit('test-token', 1);
    emulator.resetQuota();
    await fetch(`${emulator.url}/rate_limit`, { headers: { authorization: 'token test-token' } }); // free
    await fetch(`${emulator.url}/repos/acme/data`, { headers: { authorization: 'token test-token' } }); // the last request
    const started = Date.now();
    const run = await runAction({ apiUrl: emulator.url, repository: 'acme/data', event: pushEvent('main', null, sha), inputs: { 'time-budget': '10m' } });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::the token's API quota is spent until \d{4}-\d\d-\d\d \d\d:\d\d UTC, longer than this run may wait \(its time budget\)/,
    );
    expect(emulator.primaryLimitRefusals.total).toBe(1); // it asked once, and did not insist
  });
});
