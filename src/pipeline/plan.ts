import type { InputName } from '../names/input-file.js';
import { nameKey } from '../names/repo-name.js';
import type { StatsRecord } from '../stats/record.js';

/** What a run does with each datum, decided from the input and the previous data commit alone. */
export interface DatumPlan {
  /** Records taken as they are (in the input's current spelling). */
  reuse: StatsRecord[];
  /** Refresh only: records to keep unless the repository's head moved. */
  recheck: StatsRecord[];
  /** Names to compute: new ones, and those whose previous record has an error. */
  compute: string[];
  /** Names of previous records that the input no longer has. */
  removed: string[];
}

/**
 * Plans the datums of a run (SPEC §3 "Incremental"): a record without error is reused with no
 * request about its repository (or re-checked, when refreshing); everything else is computed.
 */
export function planDatums(names: readonly InputName[], previous: readonly StatsRecord[], refresh: boolean): DatumPlan {
  const byKey = new Map(previous.map((record) => [nameKey(record.repo), record]));
  const plan: DatumPlan = { reuse: [], recheck: [], compute: [], removed: [] };
  for (const { name } of names) {
    const record = byKey.get(nameKey(name));
    byKey.delete(nameKey(name));
    if (!record || record.error !== null) plan.compute.push(name);
    else if (refresh) plan.recheck.push({ ...record, repo: name });
    else plan.reuse.push({ ...record, repo: name });
  }
  plan.removed = [...byKey.values()].map((record) => record.repo);
  return plan;
}
