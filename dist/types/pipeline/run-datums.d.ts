import { type StatsRecord } from '../stats/record.js';
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
/**
 * Works through `work` with at most `concurrency` datums in flight, until it is done or the run
 * stops (quota, time, cancellation, a newer input): what is not started then stays pending.
 */
export declare function runDatums(work: readonly DatumWork[], sources: SourceProvider, options: DatumRunOptions): Promise<DatumRunCounts>;
