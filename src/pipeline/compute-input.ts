import type { StatsRecord } from '../stats/record.js';
import type { SourceProvider } from '../sources/source-provider.js';
import { computeRecords, type ComputedRecords } from './compute-records.js';
import { planDatums } from './plan.js';
import type { PipelineLog } from './pipeline-log.js';
import type { Input } from './read-input.js';

export interface ComputeOptions {
  concurrency: number;
  log: PipelineLog;
  /** Refresh: re-check every reused repository's head. */
  refresh: boolean;
  /** What this run computed already, kept across retries (see computeRecords). */
  computed: Map<string, StatsRecord>;
}

/**
 * The records of `input`, reusing every record of `previous` that has no error: the one step the
 * push pipeline and the bot share.
 */
export function computeInput(input: Input, previous: StatsRecord[], sources: SourceProvider, options: ComputeOptions): Promise<ComputedRecords> {
  const plan = planDatums(input.parsed.names, previous, options.refresh);
  return options.log.group('Compute stats', async () => {
    options.log.info(`${plan.reuse.length} reused, ${plan.recheck.length} to re-check, ${plan.compute.length} to compute, ${plan.removed.length} removed`);
    return computeRecords(plan, sources, options);
  });
}
