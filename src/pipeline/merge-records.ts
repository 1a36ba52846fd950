import type { InputName } from '../names/input-file.js';
import { nameKey } from '../names/repo-name.js';
import { hasStats, pendingRecord, recordToJson, type StatsRecord } from '../stats/record.js';

/** Where a commit may take a datum's record from, by name key. */
export type RecordSource = (key: string) => StatsRecord | undefined;

/**
 * The records of a commit, one per input name in its spelling: from the first source that has
 * one, else pending. A run lists its own results first, then what the branch holds, then its base.
 */
export function recordsFor(names: readonly Pick<InputName, 'name'>[], sources: readonly RecordSource[]): StatsRecord[] {
  return names.map(({ name }) => {
    const key = nameKey(name);
    for (const source of sources) {
      const record = source(key);
      if (record) return record.repo === name ? record : { ...record, repo: name };
    }
    return pendingRecord(name);
  });
}

export function byKey(records: readonly StatsRecord[]): Map<string, StatsRecord> {
  const map = new Map<string, StatsRecord>();
  for (let i = 0; i < records.length; i++) map.set(nameKey(records[i]!.repo), records[i]!);
  return map;
}

/** Records that are finished: with stats or with an error (what a commit of the same input computed). */
export function finishedIn(records: ReadonlyMap<string, StatsRecord>): RecordSource {
  return (key) => {
    const record = records.get(key);
    return record && !record.pending ? record : undefined;
  };
}

/** Records with stats only (what a commit of another input offers for reuse). */
export function withStatsIn(records: ReadonlyMap<string, StatsRecord>): RecordSource {
  return (key) => {
    const record = records.get(key);
    return record && hasStats(record) ? record : undefined;
  };
}

/** Whether two records say the same, whatever the spelling of their names. */
export function sameRecord(a: StatsRecord | undefined, b: StatsRecord | undefined): boolean {
  // Most records a commit carries are the very objects its parent's index holds: no need to serialize them.
  if (a === b) return true;
  if (!a || !b) return false;
  return recordToJson({ ...a, repo: '' }) === recordToJson({ ...b, repo: '' });
}
