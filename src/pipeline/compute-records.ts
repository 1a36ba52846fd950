import { nameKey } from '../names/repo-name.js';
import type { StatsRecord } from '../stats/record.js';
import { mapConcurrent } from './map-concurrent.js';
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

type Work = { recheck: StatsRecord } | { compute: string };

function describe(record: StatsRecord): string {
  return record.error === null ? `${record.deps} deps, ${record.lines} lines` : `failed: ${record.error}`;
}

/**
 * Carries out a plan with at most `concurrency` repositories in flight. `computed` keeps what
 * this run already computed, so a retry after a lost commit race computes nothing twice.
 */
export async function computeRecords(
  plan: DatumPlan,
  sources: SourceProvider,
  options: { concurrency: number; log: PipelineLog; computed: Map<string, StatsRecord> },
): Promise<ComputedRecords> {
  const { concurrency, log, computed } = options;
  const work: Work[] = [...plan.recheck.map((record) => ({ recheck: record })), ...plan.compute.map((name) => ({ compute: name }))];
  let reused = plan.reuse.length;
  let failed = 0;
  let done = 0;

  const computeOnce = async (name: string): Promise<StatsRecord> => {
    const known = computed.get(nameKey(name));
    if (known) return { ...known, repo: name };
    const record = await sources.compute(name);
    computed.set(nameKey(name), record);
    log.info(`${record.error === null ? 'computed' : 'failed  '} ${name}: ${describe(record)}`);
    return record;
  };

  const results = await mapConcurrent(work, concurrency, async (item) => {
    let record: StatsRecord;
    if ('recheck' in item) {
      const moved = await sources.headMoved(item.recheck.repo, item.recheck.commit);
      if (moved) record = await computeOnce(item.recheck.repo);
      else {
        record = item.recheck;
        reused++;
      }
    } else {
      record = await computeOnce(item.compute);
    }
    if (record.error !== null) failed++;
    done++;
    log.progress?.({ done, total: work.length, failed, reused: reused - plan.reuse.length });
    return record;
  });

  return { records: [...plan.reuse, ...results], processed: work.length - (reused - plan.reuse.length), reused, failed };
}
