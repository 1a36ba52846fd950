import type { ApiQuota } from '../github/api-quota.js';
import type { InvalidLine } from '../names/input-file.js';
import { ENGINE_VERSION } from '../stats/engine-version.js';
import { tallyRecords, type StatsRecord } from '../stats/record.js';
import type { DataCommit, DataStore } from '../store/data-store.js';
import type { RepoBackend } from '../store/repo-backend.js';
import { diffData, counts, type DataDiff } from '../diff/model.js';
import type { SourceProvider } from '../sources/source-provider.js';
import { checkDataBranch } from './data-branch-check.js';
import { DataWriter } from './data-writer.js';
import { isNewerInput } from './input-order.js';
import { byKey } from './merge-records.js';
import { planDatums, type ForcedNames } from './plan.js';
import type { PipelineLog } from './pipeline-log.js';
import { quotaGate } from './quota-gate.js';
import { deletedInputWarning, readInput } from './read-input.js';
import type { RunControl, StopReason } from './run-control.js';
import { runDatums } from './run-datums.js';
import { formatShard, inShard, shardCheckpointInterval, type Shard } from './shard.js';

export interface CommitPipelineSettings {
  /** The source commit whose input is processed. */
  sourceCommit: string;
  /** Paths or globs of the input files. */
  input: string[];
  /** Refresh: re-check every repository's head instead of reusing its record. */
  refresh: boolean;
  concurrency: number;
  datumTimeoutMs: number;
  /** Progress is committed after this many datums or this much time, whichever comes first. */
  checkpoint: { datums: number; intervalMs: number };
  /** This job's part of a run split over a matrix: the datums it computes. */
  shard: Shard;
  /** Datums to compute again although they could be reused (a forced re-run). */
  force: ForcedNames;
}

/** What a run works under: when to stop (budget, cancellation), the API quota (null: none to mind), its log. */
export interface RunEnvironment {
  control: RunControl;
  quota: ApiQuota | null;
  log: PipelineLog;
}

export interface RunCounts {
  processed: number;
  reused: number;
  failed: number;
  pending: number;
  invalid: number;
  added: number;
  removed: number;
  changed: number;
}

/** A run's counts: its datums, its invalid input lines, and the rows its diff adds, removes and changes. */
export function runCounts(datums: { processed: number; reused: number; failed: number; pending: number }, invalid: number, diff: DataDiff): RunCounts {
  return { processed: datums.processed, reused: datums.reused, failed: datums.failed, pending: datums.pending, invalid, ...counts(diff) };
}

interface BaseResult {
  /** The data commit the branch holds for this run: made by it, or the one that made it unnecessary. */
  dataCommit: string;
  /** The source commit whose input the data commit holds. */
  inputCommit: string;
  invalid: InvalidLine[];
  counts: RunCounts;
  /** Why the run stopped before every datum was computed (they are pending), or null. */
  stopped: StopReason | null;
}

export type CommitPipelineResult =
  /** The run's data is on the branch (in `commits` new data commits: none when it already was). */
  | (BaseResult & { outcome: 'committed'; previous: DataCommit | null; records: StatsRecord[]; diff: DataDiff; commits: number })
  /** Nothing to do: this input was processed already, or a newer one is on the branch. */
  | (BaseResult & { outcome: 'already-processed' | 'superseded'; previous: DataCommit; commits: number });

function nothingToDo(outcome: 'already-processed' | 'superseded', head: DataCommit, invalid: InvalidLine[], commits = 0): CommitPipelineResult {
  const zero = { processed: 0, reused: 0, failed: 0, pending: head.counts.pending, added: 0, removed: 0, changed: 0 };
  return {
    outcome,
    dataCommit: head.sha,
    inputCommit: head.inputCommit,
    previous: head,
    invalid,
    counts: { ...zero, invalid: invalid.length },
    stopped: null,
    commits,
  };
}

/**
 * The `commit` and `refresh` modes (docs/contract.md §5): the input's datums, computed with everything the
 * branch already has, committed as they finish (checkpoints) and at the end, each commit a
 * compare-and-swap on the branch. A run that stops early (quota, time budget, cancellation)
 * commits what it finished and leaves the rest pending; the next run of that input (or a newer
 * one) computes those first.
 */
export async function runCommitPipeline(
  repo: RepoBackend,
  store: DataStore,
  sources: SourceProvider,
  settings: CommitPipelineSettings,
  env: RunEnvironment,
): Promise<CommitPipelineResult> {
  const { control, log } = env;
  const state = await store.state();
  await checkDataBranch(repo, store.branch, state, settings.sourceCommit, (message) => log.warning(message));
  const head = state.data;
  let inputCommit = settings.sourceCommit;
  // Nothing left for this input: no datum pending, none made by an older engine, no hand-made commit on top.
  const clean = head !== null && state.foreign.length === 0 && head.counts.pending === 0 && head.counts.outdated === 0 && head.engine === ENGINE_VERSION;
  const forcing = 'all' in settings.force || settings.force.keys.size > 0;
  if (head && clean && !settings.refresh && !forcing && head.inputCommit === inputCommit) {
    log.info(`${store.branch} already holds data for ${inputCommit.slice(0, 7)} (${head.sha.slice(0, 7)}): nothing to do`);
    return nothingToDo('already-processed', head, (await readInput(repo, inputCommit, settings.input, true)).parsed.invalid);
  }
  if (head && (await isNewerInput(repo, head.inputCommit, inputCommit))) {
    if (!settings.refresh) {
      log.info(`${store.branch} already holds data of a newer input (${head.inputCommit.slice(0, 7)}): this older input changes nothing`);
      return nothingToDo('superseded', head, (await readInput(repo, inputCommit, settings.input, true)).parsed.invalid);
    }
    inputCommit = head.inputCommit; // a refresh never takes the input back
  }

  // The branch's records (20 MB at 100,000 names) download while the input is read and parsed.
  const reading = state.tip ? store.records(state.tip) : Promise.resolve([]);
  reading.catch(() => {}); // awaited below; a failed input read must not leave it unhandled
  const input = await log.group(`Read input at ${inputCommit.slice(0, 7)}`, async () => {
    const value = await readInput(repo, inputCommit, settings.input, head !== null);
    if (value.files.length === 0) {
      log.warning(deletedInputWarning(settings.input, inputCommit));
    } else {
      log.info(`${value.files.map((f) => f.path).join(', ')}: ${value.parsed.names.length} repositories, ${value.parsed.invalid.length} invalid lines`);
    }
    return value;
  });
  const previous = await reading;
  // One index of the branch's records, by name key, for the plan and the writer.
  const index = byKey(previous);
  const plan = planDatums(input.parsed.names, index, settings.refresh, settings.force);
  const mode = settings.refresh ? ('refresh' as const) : ('commit' as const);
  const work = plan.work.filter((item) => inShard(settings.shard, item.name));
  const forced = work.filter((item) => item.forced).map((item) => item.name);
  const target = { inputCommit, inputFiles: input.files, names: input.parsed.names, invalid: input.parsed.invalid.length, mode, shard: settings.shard, forced };
  const gate = quotaGate(env.quota, { concurrency: settings.concurrency, commitsUseApi: repo.kind === 'github' });
  const policy = {
    datums: settings.checkpoint.datums,
    intervalMs: shardCheckpointInterval(settings.checkpoint.intervalMs, settings.shard),
    affordable: gate.mayCheckpoint,
  };
  const writer = new DataWriter(store, repo, target, { state, index }, policy, control, log);

  const datums = await log.group('Compute stats', () => {
    const pendingFirst = work.filter((item) => item.previous?.pending).length;
    const rechecks = work.filter((item) => item.recheck).length;
    log.info(
      `${plan.reuse.length} reused, ${rechecks} to re-check, ${work.length - rechecks} to compute (${pendingFirst} pending from before, first), ${plan.removed.length} removed`,
    );
    if (settings.shard.count > 1) log.info(`shard ${formatShard(settings.shard)}: ${work.length} of the ${plan.work.length} datums to work on are this job's`);
    return runDatums(work, sources, {
      concurrency: settings.concurrency,
      control,
      datumTimeoutMs: settings.datumTimeoutMs,
      log,
      mayStart: gate.mayStart,
      isDone: (name) => writer.isDone(name),
      onRecord: (record, computed) => writer.add(record, computed),
    });
  });
  const written = await log.group(`Commit to ${store.branch}`, () => writer.finish());
  if (written.kind === 'superseded') return nothingToDo('superseded', written.head, input.parsed.invalid, writer.commits);

  const diff = diffData({ records: previous, invalid: [] }, { records: written.records, invalid: input.parsed.invalid });
  const { failed, pending } = tallyRecords(written.records);
  const reused = plan.reuse.length + datums.kept;
  return {
    outcome: 'committed',
    dataCommit: written.commit.sha,
    inputCommit,
    previous: head,
    records: written.records,
    invalid: input.parsed.invalid,
    counts: runCounts({ processed: datums.computed, reused, failed, pending }, input.parsed.invalid.length, diff),
    diff,
    stopped: pending > 0 ? control.stopReason : null,
    commits: writer.commits,
  };
}
