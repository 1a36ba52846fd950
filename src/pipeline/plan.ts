import type { InputName } from '../names/input-file.js';
import { nameKey } from '../names/repo-name.js';
import { hasStats, type StatsRecord } from '../stats/record.js';

/** One datum to work on, and what the previous data commit knew of it. */
export interface DatumWork {
  /** The input's spelling. */
  name: string;
  /** The previous data commit's record, when it had one. */
  previous: StatsRecord | null;
  /** Refresh: keep `previous` unless the repository's head moved. */
  recheck: boolean;
}

/** What a run does with each datum, decided from the input and the previous data commit alone. */
export interface DatumPlan {
  /** Records taken as they are (in the input's current spelling). */
  reuse: StatsRecord[];
  /** Datums to work on: pending ones first, then new names, then failed ones; rechecks last. */
  work: DatumWork[];
  /** Names of previous records that the input no longer has. */
  removed: string[];
}

/** Where a datum's work falls in a run's order: pending work first, as a resumed run promises. */
function rank(work: DatumWork): number {
  if (work.recheck) return 3;
  if (work.previous === null) return 1;
  return work.previous.pending ? 0 : 2;
}

/**
 * Plans the datums of a run (SPEC §3 "Incremental"): a record with stats is reused with no
 * request about its repository (or re-checked, when refreshing); pending, failed and new datums
 * are computed, pending ones first, so a resumed run finishes what an earlier one left.
 */
export function planDatums(names: readonly InputName[], previous: readonly StatsRecord[], refresh: boolean): DatumPlan {
  const byKey = new Map(previous.map((record) => [nameKey(record.repo), record]));
  const plan: DatumPlan = { reuse: [], work: [], removed: [] };
  for (const { name } of names) {
    const record = byKey.get(nameKey(name)) ?? null;
    byKey.delete(nameKey(name));
    if (record && hasStats(record) && !refresh) plan.reuse.push({ ...record, repo: name });
    else plan.work.push({ name, previous: record, recheck: record !== null && hasStats(record) });
  }
  plan.work.sort((a, b) => rank(a) - rank(b));
  plan.removed = [...byKey.values()].map((record) => record.repo);
  return plan;
}
