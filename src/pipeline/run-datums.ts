import { formatDuration } from '../duration.js';
import { errorMessage } from '../error-message.js';
import { isQuotaRefusal } from '../github/api-quota.js';
import { httpStatus } from '../github/octokit.js';
import { failureRecord, hasStats, type StatsRecord } from '../stats/record.js';
import type { SourceProvider } from '../sources/source-provider.js';
import type { DatumWork } from './plan.js';
import type { PipelineLog } from './pipeline-log.js';
import type { RunControl } from './run-control.js';

export interface DatumRunOptions {
  concurrency: number;
  control: RunControl;
  /** One datum (download and stats) may take this long. */
  datumTimeoutMs: number;
  log: PipelineLog;
  /** Whether a datum costing `requests` API requests may start now (the quota). */
  mayStart(requests: number): boolean;
  /** Whether another run finished this datum since the plan was made: it is skipped. */
  isDone(name: string): boolean;
  /** Each datum's record as it is known: `computed` for a new one, false for a record kept. The worker waits for it. */
  onRecord(record: StatsRecord, computed: boolean): void | Promise<void>;
}

export interface DatumRunCounts {
  computed: number;
  /** Refresh: records kept because their repository did not move (or could not be checked). */
  kept: number;
  failed: number;
}

/** A datum given up at its deadline. */
class DatumTimeout extends Error {
  override name = 'DatumTimeout';
}

/** Why a try failed, in words for a record; the failure was not about the repository itself. */
function transientReason(error: unknown): string {
  // Octokit gives a status to failures that never got a response too; only an answer has one to show.
  const answered = (error as { response?: unknown } | null)?.response !== undefined;
  const status = httpStatus(error);
  if (answered && status !== undefined) return `GitHub API error ${status}: ${errorMessage(error)}`;
  return errorMessage(error);
}

type Outcome = { record: StatsRecord; computed: boolean } | null;

/**
 * One datum: re-checked (refresh) or computed. A failure that is not about the repository (a
 * 5xx, a timeout, a dropped connection) keeps a good record the datum had, marked stale, and is
 * otherwise a record with an error; a spent quota or a stopped run leaves it pending (null).
 */
async function runDatum(item: DatumWork, sources: SourceProvider, options: DatumRunOptions): Promise<Outcome> {
  const { control } = options;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DatumTimeout(`gave up after ${formatDuration(options.datumTimeoutMs)}`)), options.datumTimeoutMs);
  const signal = AbortSignal.any([control.signal, deadline.signal]);
  try {
    let commit: string | undefined;
    if (item.recheck && item.previous) {
      const check = await sources.headMoved(item.name, item.previous.commit, signal);
      if (!check.moved) {
        const { stale: _stale, ...current } = item.previous;
        return { record: { ...current, repo: item.name }, computed: false };
      }
      commit = check.head ?? undefined;
    }
    return { record: await sources.compute(item.name, { signal, ...(commit ? { commit } : {}) }), computed: true };
  } catch (error) {
    if (control.signal.aborted) return null;
    if (isQuotaRefusal(error)) {
      control.stop('quota');
      return null;
    }
    const why = deadline.signal.aborted ? errorMessage(deadline.signal.reason) : transientReason(error);
    if (item.previous && hasStats(item.previous)) return { record: { ...item.previous, repo: item.name, stale: why }, computed: false };
    return { record: failureRecord(item.name, null, why), computed: true };
  } finally {
    clearTimeout(timer);
  }
}

function describe(record: StatsRecord): string {
  // The log line already says "failed".
  if (record.error !== null) return record.error;
  return `${record.deps} deps, ${record.lines} lines${record.stale ? ` (stale: ${record.stale})` : ''}`;
}

/**
 * Works through `work` with at most `concurrency` datums in flight, until it is done or the run
 * stops (quota, time, cancellation, a newer input): what is not started then stays pending.
 */
export async function runDatums(work: readonly DatumWork[], sources: SourceProvider, options: DatumRunOptions): Promise<DatumRunCounts> {
  const { control, log } = options;
  const counts: DatumRunCounts = { computed: 0, kept: 0, failed: 0 };
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < work.length && !control.stopped) {
      const item = work[next]!;
      if (!options.mayStart(sources.apiRequestsPerDatum + (item.recheck ? 1 : 0))) {
        control.stop('quota');
        return;
      }
      next++;
      if (options.isDone(item.name)) continue;
      const outcome = await runDatum(item, sources, options);
      if (!outcome) continue;
      const { record, computed } = outcome;
      if (computed) counts.computed++;
      else counts.kept++;
      if (record.error !== null) counts.failed++;
      if (computed || record.stale) log.info(`${record.error !== null ? 'failed  ' : computed ? 'computed' : 'kept    '} ${record.repo}: ${describe(record)}`);
      done++;
      await options.onRecord(record, computed);
      log.progress?.({ done, total: work.length, failed: counts.failed, reused: counts.kept });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, work.length) }, worker));
  return counts;
}
