/** Records, sides and contexts for the diff tests. */
import type { DiffContext } from '../../src/diff/context.js';
import type { DataSide } from '../../src/diff/model.js';
import type { InvalidLine } from '../../src/names/input-file.js';
import { failureRecord, successRecord, type StatsRecord } from '../../src/stats/record.js';

export function ok(repo: string, deps: number, lines: number): StatsRecord {
  return successRecord(repo, 'c0ffee', { files: 1, lines, deps, unparsed: 0 });
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
