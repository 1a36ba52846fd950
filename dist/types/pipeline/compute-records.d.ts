import type { StatsRecord } from '../stats/record.js';
import type { DatumPlan } from './plan.js';
import type { PipelineLog } from './pipeline-log.js';
import type { SourceProvider } from '../sources/source-provider.js';
export interface ComputedRecords {
    /** One record per input name: reused or computed. */
    records: StatsRecord[];
    /** Datums computed in this run. */
    processed: number;
    reused: number;
    failed: number;
}
/**
 * Carries out a plan with at most `concurrency` repositories in flight. `computed` keeps what
 * this run already computed, so a retry after a lost commit race computes nothing twice.
 */
export declare function computeRecords(plan: DatumPlan, sources: SourceProvider, options: {
    concurrency: number;
    log: PipelineLog;
    computed: Map<string, StatsRecord>;
}): Promise<ComputedRecords>;
