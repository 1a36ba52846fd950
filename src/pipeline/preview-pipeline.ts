import { diffData, type DataDiff } from '../diff/model.js';
import type { InvalidLine } from '../names/input-file.js';
import { nameKey } from '../names/repo-name.js';
import type { SourceProvider } from '../sources/source-provider.js';
import { tallyRecords, type StatsRecord } from '../stats/record.js';
import type { DataCommit, DataStore } from '../store/data-store.js';
import type { RepoBackend } from '../store/repo-backend.js';
import { runCounts, type RunCounts, type RunEnvironment } from './commit-pipeline.js';
import { byKey, recordsFor, withStatsIn } from './merge-records.js';
import { planDatums } from './plan.js';
import { quotaGate } from './quota-gate.js';
import { deletedInputWarning, readInput } from './read-input.js';
import type { StopReason } from './run-control.js';
import { runDatums } from './run-datums.js';

export interface PreviewSettings {
  /** The commit whose input is previewed (a pull request's merge commit). */
  commit: string;
  input: string[];
  concurrency: number;
  datumTimeoutMs: number;
}

export interface PreviewResult {
  /** The data commit compared with: the data branch's newest, or null before it has data. */
  base: DataCommit | null;
  records: StatsRecord[];
  invalid: InvalidLine[];
  diff: DataDiff;
  counts: RunCounts;
  /** Why the preview stopped before every datum was computed (they show as pending), or null. */
  stopped: StopReason | null;
}

/**
 * The data an input would make, against the data branch's head, without writing anything: the
 * bot's step. Datums the branch has are reused; the rest are computed under the same quota,
 * time and cancellation rules as a committing run, and what is not reached shows as pending.
 */
export async function runPreview(
  repo: RepoBackend,
  store: DataStore,
  sources: SourceProvider,
  settings: PreviewSettings,
  env: RunEnvironment,
): Promise<PreviewResult> {
  const { log, control } = env;
  const state = await store.state();
  const previous = state.tip ? await store.records(state.tip) : [];
  log.info(`comparing ${settings.commit.slice(0, 7)} with ${store.branch} at ${state.data ? state.data.sha.slice(0, 7) : '(no data yet)'}`);
  const input = await log.group(`Read input at ${settings.commit.slice(0, 7)}`, () => readInput(repo, settings.commit, settings.input, state.data !== null));
  if (input.files.length === 0) log.warning(deletedInputWarning(settings.input, settings.commit));
  const index = byKey(previous);
  const plan = planDatums(input.parsed.names, index, false);
  const results = new Map<string, StatsRecord>();
  const gate = quotaGate(env.quota, { concurrency: settings.concurrency, commitsUseApi: repo.kind === 'github' });
  const datums = await log.group('Compute stats', () =>
    runDatums(plan.work, sources, {
      concurrency: settings.concurrency,
      control,
      datumTimeoutMs: settings.datumTimeoutMs,
      log,
      mayStart: gate.mayStart,
      isDone: () => false,
      onRecord: (record) => {
        results.set(nameKey(record.repo), record);
      },
    }),
  );
  const records = recordsFor(input.parsed.names, [(key) => results.get(key), withStatsIn(index)]);
  const diff = diffData({ records: previous, invalid: [] }, { records, invalid: input.parsed.invalid });
  const { failed, pending } = tallyRecords(records);
  return {
    base: state.data,
    records,
    invalid: input.parsed.invalid,
    diff,
    counts: runCounts({ processed: datums.computed, reused: plan.reuse.length, failed, pending }, input.parsed.invalid.length, diff),
    stopped: pending > 0 ? control.stopReason : null,
  };
}
