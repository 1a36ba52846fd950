import { runCommitPipeline } from '../../src/pipeline/commit-pipeline.js';
import { RunControl } from '../../src/pipeline/run-control.js';
import { LocalSources } from '../../src/sources/local-sources.js';
import type { ComputeOptions, SourceProvider } from '../../src/sources/source-provider.js';
import { DataStore } from '../../src/store/data-store.js';
import { LocalGitBackend } from '../../src/store/local-git-backend.js';
import { commitLocal, git, initRepo } from '../support/git-fixtures.js';
import { numberedSpecs, writeGoSources } from '../support/go-repos.js';
import { pipelineEnv, pipelineSettings, recordingLog } from '../support/pipeline-env.js';
import { tempDir } from '../support/temp-dir.js';

const SPECS = numberedSpecs('go', 10);
const NAMES = SPECS.map((spec) => `go/${spec.repo}`);

/** Real local sources, with a say over when each datum may finish, and a list of what was computed. */
class WatchedSources implements SourceProvider {
  readonly apiRequestsPerDatum = 0;
  readonly computed: string[] = [];
  constructor(
    private readonly inner: LocalSources,
    /** Called as each datum starts: may stop the run, or hold the datum until its signal aborts. */
    private readonly onStart: (repo: string, index: number, signal: AbortSignal) => Promise<void> = async () => {},
  ) {}

  async compute(repo: string, options: ComputeOptions) {
    await this.onStart(repo, this.computed.length, options.signal);
    this.computed.push(repo);
    return this.inner.compute(repo, options);
  }

  headMoved() {
    return this.inner.headMoved();
  }
}

function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

describe('runs that stop early and resume (local backend)', () => {
  let repo: ReturnType<typeof tempDir>;
  let sourcesDir: ReturnType<typeof tempDir>;
  let sources: LocalSources;
  let input: string;
  beforeEach(() => {
    repo = tempDir();
    sourcesDir = tempDir();
    writeGoSources(sourcesDir.path, SPECS);
    sources = new LocalSources(sourcesDir.path, { maxInflatedBytes: 1 << 30 });
    input = initRepo(repo.path, { 'projects.txt': `${NAMES.join('\n')}\n` });
  });
  afterEach(() => {
    repo.cleanup();
    sourcesDir.cleanup();
  });

  const backend = () => new LocalGitBackend(repo.path);
  const run = (provider: SourceProvider, control = new RunControl(), overrides = {}) =>
    runCommitPipeline(
      backend(),
      new DataStore(backend(), 'tusk/main'),
      provider,
      pipelineSettings(input, { concurrency: 1, ...overrides }),
      pipelineEnv({ control }),
    );
  const records = (rev = 'tusk/main') =>
    git(repo.path, 'show', `${rev}:stats/records.jsonl`)
      .split('\n')
      .map((line) => JSON.parse(line));
  const trailers = (rev = 'tusk/main') => git(repo.path, 'log', '-1', '--format=%(trailers:only,unfold)', rev);

  it('a cancelled run commits what it finished and marks the rest pending; the next run computes only those', async () => {
    const control = new RunControl();
    const first = new WatchedSources(sources, async (_repo, index, signal) => {
      if (index < 4) return;
      control.stop('cancel');
      await untilAborted(signal);
    });
    const result = await run(first, control);
    expect(result.outcome).toBe('committed');
    expect(result).toMatchObject({ stopped: 'cancel', counts: { processed: 4, pending: 6, failed: 0 } });
    const partial = records();
    expect(partial.filter((r) => r.pending).map((r) => r.repo)).toEqual(NAMES.slice(4));
    expect(partial.filter((r) => r.pending).every((r) => r.error === null && r.lines === null)).toBe(true);
    expect(trailers()).toMatch(/^Tusk-Pending: 6$/m);
    expect(trailers()).toMatch(/^Tusk-Rows: 4$/m);
    expect(trailers()).toContain('Tusk-Stopped: cancel');
    expect(git(repo.path, 'show', 'tusk/main:stats/results').split('\n')).toHaveLength(4);

    // The same source commit again: not "already processed" while datums are pending.
    const second = new WatchedSources(sources);
    const resumed = await run(second);
    expect(resumed).toMatchObject({ outcome: 'committed', stopped: null, counts: { processed: 6, reused: 4, pending: 0 } });
    expect(second.computed).toEqual(NAMES.slice(4));
    expect(git(repo.path, 'rev-list', '--count', 'tusk/main')).toBe('2');

    // Both commits of this input answer provenance; the newest is the complete one.
    const store = new DataStore(backend(), 'tusk/main');
    expect((await store.findByInputCommit(input))!.sha).toBe(git(repo.path, 'rev-parse', 'tusk/main'));

    // The data equals what one uninterrupted run makes.
    const whole = tempDir();
    try {
      initRepo(whole.path, { 'projects.txt': `${NAMES.join('\n')}\n` });
      const other = new LocalGitBackend(whole.path);
      await runCommitPipeline(other, new DataStore(other, 'tusk/main'), sources, pipelineSettings(git(whole.path, 'rev-parse', 'HEAD')), pipelineEnv());
      for (const file of ['stats/results', 'stats/records.jsonl'])
        expect(git(repo.path, 'show', `tusk/main:${file}`)).toBe(git(whole.path, 'show', `tusk/main:${file}`));
    } finally {
      whole.cleanup();
    }
    expect(await run(new WatchedSources(sources))).toMatchObject({ outcome: 'already-processed' });
  });

  it('commits a checkpoint every N datums while it works, each commit a fast-forward', async () => {
    const log = recordingLog();
    const result = await runCommitPipeline(
      backend(),
      new DataStore(backend(), 'tusk/main'),
      new WatchedSources(sources),
      pipelineSettings(input, { concurrency: 1, checkpoint: { datums: 3, intervalMs: 3_600_000 } }),
      pipelineEnv({ log }),
    );
    expect(result).toMatchObject({ outcome: 'committed', commits: 4, counts: { processed: 10, pending: 0 } });
    const chain = git(repo.path, 'rev-list', '--first-parent', 'tusk/main').split('\n').reverse();
    expect(chain).toHaveLength(4);
    expect(git(repo.path, 'rev-list', '--count', '--merges', 'tusk/main')).toBe('0');
    const pendingAt = chain.map((sha) => records(sha).filter((r) => r.pending).length);
    expect(pendingAt).toEqual([7, 4, 1, 0]);
    const processedAt = chain.map((sha) => /Tusk-Processed: (\d+)/.exec(trailers(sha))![1]);
    expect(processedAt).toEqual(['3', '3', '3', '1']);
    expect(log.lines.filter((line) => line.startsWith('checkpoint: committed'))).toHaveLength(3);
  });

  it('at its time budget, stops starting datums, abandons those in flight, and commits', async () => {
    const control = new RunControl(60_000);
    const held = new WatchedSources(sources, async (_repo, index, signal) => {
      if (index < 2) return;
      control.stop('time'); // what the budget's timer does when it fires
      await untilAborted(signal);
    });
    const result = await run(held, control);
    expect(result).toMatchObject({ stopped: 'time', counts: { processed: 2, pending: 8 } });
    expect(trailers()).toContain('Tusk-Stopped: time');
  });

  it('a datum past its deadline gets an error record while the others go on, and the next push computes it again', async () => {
    const slow = new WatchedSources(sources, async (repo, _index, signal) => {
      if (repo === 'go/r3') await untilAborted(signal);
    });
    // Only go/r3 waits for its deadline, which is far above what the others (a few small files each)
    // take on a busy machine: at 200 ms, one of them once ran past it in a whole suite's run.
    const result = await run(slow, new RunControl(), { datumTimeoutMs: 2_000 });
    expect(result.counts).toMatchObject({ processed: 10, failed: 1, pending: 0 });
    expect(records().find((r) => r.repo === 'go/r3')).toMatchObject({ error: 'gave up after 2s', lines: null });
    input = commitLocal(repo.path, { 'README.md': 'x\n' }, 'a push that leaves the input as it was');
    const retried = new WatchedSources(sources);
    await run(retried);
    expect(retried.computed).toEqual(['go/r3']);
  });

  it("a run overtaken by a newer input hands what it computed over to that input's pending datums, and stops", async () => {
    // Run A works on the first input, one datum at a time, and waits after its third.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = new WatchedSources(sources, async (_repo, index) => {
      if (index === 3) await held;
    });
    const older = run(slow, new RunControl(), { checkpoint: { datums: 1_000, intervalMs: 3_600_000 } });
    while (slow.computed.length < 3) await new Promise((resolve) => setTimeout(resolve, 10));

    // Meanwhile a newer input is pushed and its run is cancelled after two datums.
    const newer = commitLocal(repo.path, { 'projects.txt': `${[...NAMES].reverse().join('\n')}\n# reordered\n` }, 'newer input');
    const control = new RunControl();
    const quick = new WatchedSources(sources, async (_repo, index, signal) => {
      if (index < 2) return;
      control.stop('cancel');
      await untilAborted(signal);
    });
    const newerResult = await runCommitPipeline(
      backend(),
      new DataStore(backend(), 'tusk/main'),
      quick,
      pipelineSettings(newer, { concurrency: 1 }),
      pipelineEnv({ control }),
    );
    expect(newerResult).toMatchObject({ outcome: 'committed', counts: { pending: 8 } });

    release();
    const olderResult = await older;
    expect(olderResult.outcome).toBe('superseded');
    expect(olderResult.commits).toBe(1);
    // The branch still holds the newer input, now with the older run's datums filled in.
    expect(git(repo.path, 'log', '-1', '--format=%(trailers:key=Tusk-Input-Commit,valueonly)', 'tusk/main')).toBe(newer);
    const filled = records()
      .filter((r) => !r.pending)
      .map((r) => r.repo);
    expect(filled.sort()).toEqual([...new Set([...slow.computed, ...quick.computed])].sort());
    expect(filled.length).toBeGreaterThan(2);
    expect(git(repo.path, 'rev-list', '--count', '--merges', 'tusk/main')).toBe('0');
  });
});
