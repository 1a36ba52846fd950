/** Records, sides and contexts for the diff tests. */
import type { DiffContext } from '../../src/diff/context.js';
import type { DataDiff, DataSide, Row } from '../../src/diff/model.js';
import { nameKey, sortByName } from '../../src/names/repo-name.js';
import type { InvalidLine } from '../../src/names/input-file.js';
import { failureRecord, hasStats, successRecord, type StatsRecord } from '../../src/stats/record.js';

/** A record of a source whose numbers are these: other numbers, another commit (the source changed). */
export function ok(repo: string, deps: number, lines: number, commit = `c0ffee-${deps}-${lines}`): StatsRecord {
  return successRecord(repo, commit, { files: 1, lines, deps, unparsed: 0 });
}

export function failed(repo: string, error: string): StatsRecord {
  return failureRecord(repo, null, error);
}

export function side(records: StatsRecord[], invalid: InvalidLine[] = []): DataSide {
  return { records, invalid };
}

export const context: DiffContext = {
  base: { label: 'tusk/main', dataCommit: '0123456789abcdef0123456789abcdef01234567' },
  head: { label: 'feature', commit: 'fedcba9876543210fedcba9876543210fedcba98' },
};

/** The rows of `stats/results` for some records: the first record of a name only, in name order (an oracle for the diff). */
export function resultRows(records: StatsRecord[]): Row[] {
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const record of records) {
    const key = nameKey(record.repo);
    if (seen.has(key)) continue;
    seen.add(key);
    if (hasStats(record)) rows.push({ repo: record.repo, deps: record.deps!, lines: record.lines! });
  }
  return [...sortByName(rows, (row) => row.repo)];
}

/** The after side's rows rebuilt from the before side's and the diff (unchanged rows keep their spelling). */
export function applyDiff(beforeRows: Row[], diff: DataDiff): Row[] {
  const rows = new Map(beforeRows.map((row) => [nameKey(row.repo), row]));
  for (const row of diff.removed) rows.delete(nameKey(row.repo));
  for (const row of diff.changed) rows.set(nameKey(row.repo), { repo: row.repo, deps: row.deps.after, lines: row.lines.after });
  for (const row of diff.added) rows.set(nameKey(row.repo), row);
  return [...sortByName(rows.values(), (row) => row.repo)];
}
