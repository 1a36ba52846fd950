import type { InputName } from '../names/input-file.js';
import { canonicalName, nameKey } from '../names/repo-name.js';
import { hasStats, isOutdated, type StatsRecord } from '../stats/record.js';

/** One datum to work on, and what the previous data commit knew of it. */
export interface DatumWork {
  /** The input's spelling. */
  name: string;
  /** The previous data commit's record, when it had one. */
  previous: StatsRecord | null;
  /** Refresh: keep `previous` unless the repository's head moved. */
  recheck: boolean;
  /** Computed although `previous` could be reused: asked for by name (a forced re-run). */
  forced?: boolean;
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

/**
 * Where a datum's work falls in a run's order: pending work first, as a resumed run promises;
 * then new names; then what an older engine or a user asked to recompute; failures; re-checks.
 */
function rank(work: DatumWork): number {
  const { previous } = work;
  if (previous?.pending) return 0;
  if (previous === null) return 1;
  if (work.forced || isOutdated(previous)) return 2;
  return work.recheck ? 4 : 3;
}

/** What to recompute although it could be reused: some names, or every one. */
export type ForcedNames = { all: true } | { keys: ReadonlySet<string> };

export const NONE_FORCED: ForcedNames = { keys: new Set() };

/** The datums a user asks to compute again: `all`, or names (in any accepted spelling); null when a name is not one. */
export function forcedNames(names: readonly string[] | 'all'): ForcedNames | { invalid: string } {
  if (names === 'all') return { all: true };
  const keys = new Set<string>();
  for (const name of names) {
    const canonical = canonicalName(name.trim());
    if (canonical === null) return { invalid: name };
    keys.add(nameKey(canonical));
  }
  return { keys };
}

/**
 * Plans the datums of a run (docs/contract.md §5.1): a record with stats that the current engine
 * made is reused with no request about its repository (or re-checked, when refreshing); pending,
 * failed, new and outdated datums, and those forced by name, are computed, pending ones first,
 * so a resumed run finishes what an earlier one left. `previous`: the previous data commit's
 * records by name key (byKey), the index the run's writer keeps too.
 */
export function planDatums(
  names: readonly InputName[],
  previous: ReadonlyMap<string, StatsRecord>,
  refresh: boolean,
  forced: ForcedNames = NONE_FORCED,
): DatumPlan {
  const forcedKeys = 'all' in forced ? null : forced.keys;
  const plan: DatumPlan = { reuse: [], work: [], removed: [] };
  let matched = 0;
  for (let i = 0; i < names.length; i++) {
    const { name } = names[i]!;
    const key = nameKey(name);
    const record = previous.get(key) ?? null;
    if (record) matched++;
    const force = forcedKeys === null || forcedKeys.has(key);
    const reusable = record !== null && hasStats(record) && !isOutdated(record);
    if (reusable && !refresh && !force) plan.reuse.push(record.repo === name ? record : { ...record, repo: name });
    else plan.work.push({ name, previous: record, recheck: reusable && refresh && !force, ...(force ? { forced: true } : {}) });
  }
  plan.work.sort((a, b) => rank(a) - rank(b));
  // The input's names are distinct by key, so each record matched one name at most: when all
  // matched, none was removed, and nothing more is looked up (the usual case).
  if (matched < previous.size) {
    const kept = new Set(names.map(({ name }) => nameKey(name)));
    for (const [key, record] of previous) if (!kept.has(key)) plan.removed.push(record.repo);
  }
  return plan;
}
