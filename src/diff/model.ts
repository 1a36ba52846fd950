/**
 * The data diff (docs/contract.md §7 the bot, §8.8 `tusk diff`): one model behind the bot's comment, the job
 * summary and `tusk diff`. Rows are those of `stats/results`: the records without an error.
 */
import type { InvalidLine } from '../names/input-file.js';
import { byteOrder, compareBytes, keyComparison, nameKey } from '../names/repo-name.js';
import { changedByEngine, hasStats, renamesOf, tallyRecords, type Rename, type StatsRecord } from '../stats/record.js';

/** One data commit's side of a comparison; `invalid` may be empty (a base has none to report). */
export interface DataSide {
  records: StatsRecord[];
  invalid: InvalidLine[];
}

/** A line of `stats/results`. */
export interface Row {
  repo: string;
  deps: number;
  lines: number;
}

export interface Change {
  before: number;
  after: number;
  delta: number;
}

/** A repository in both sides whose deps or lines differ; `repo` is the after side's spelling. */
export interface ChangedRow {
  repo: string;
  deps: Change;
  lines: Change;
}

export interface FailedDatum {
  repo: string;
  error: string;
}

export interface Totals {
  repositories: number;
  deps: number;
  lines: number;
}

export interface DataDiff {
  added: Row[];
  removed: Row[];
  changed: ChangedRow[];
  /** Rows in both sides with the same numbers; a case-only rename is the same row. */
  unchanged: number;
  /** Changed rows of the same source commit made by different engine versions: the engine changed them, not the source. */
  engineChanged: number;
  totals: { before: Totals; after: Totals };
  /** The after side's records with an error. */
  failed: FailedDatum[];
  /** The after side's datums not computed yet (a run stopped early): neither rows nor failures. */
  pending: string[];
  /** The after side's input names that GitHub now serves under another name. */
  renamed: Rename[];
  /** The after side's invalid input lines. */
  invalid: InvalidLine[];
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
}

/** One side's records, one a repository, in name order, with their names' keys (parallel arrays: no wrapper a record). */
interface Distinct {
  keys: string[];
  records: StatsRecord[];
  compare: (a: string, b: string) => number;
}

/** One record a repository, the first one winning as the first spelling of a name does (docs/contract.md §1.1), in the data files' order. */
function distinctRecords(records: StatsRecord[]): Distinct {
  const keys = records.map((record) => nameKey(record.repo));
  const compare = keyComparison(keys);
  const order = byteOrder(keys, compare);
  const distinct: Distinct = { keys: [], records: [], compare };
  // In name order (and a stable sort), a name's spellings are adjacent and the first comes first.
  for (let n = 0; n < keys.length; n++) {
    const i = order === null ? n : order[n]!;
    if (keys[i] === distinct.keys[distinct.keys.length - 1]) continue;
    distinct.keys.push(keys[i]!);
    distinct.records.push(records[i]!);
  }
  return distinct;
}

type WithNumbers = StatsRecord & { deps: number; lines: number };

function assertNumbers(record: StatsRecord): asserts record is WithNumbers {
  if (record.deps === null || record.lines === null) {
    throw new Error(`the record of ${record.repo} has neither an error nor numbers`);
  }
}

function toRow(record: StatsRecord): Row {
  assertNumbers(record);
  return { repo: record.repo, deps: record.deps, lines: record.lines };
}

function totalsOf(records: StatsRecord[]): Totals {
  const { rows, deps, lines } = tallyRecords(records);
  return { repositories: rows, deps, lines };
}

function pendingNames(records: StatsRecord[]): string[] {
  return records.filter((record) => record.pending).map((record) => record.repo);
}

function failures(records: StatsRecord[]): FailedDatum[] {
  const failed: FailedDatum[] = [];
  for (let i = 0; i < records.length; i++) {
    const { repo, error } = records[i]!;
    if (error !== null) failed.push({ repo, error });
  }
  return failed;
}

function change(before: number, after: number): Change {
  return { before, after, delta: after - before };
}

function compareInvalid(a: InvalidLine, b: InvalidLine): number {
  return compareBytes(a.file, b.file) || a.line - b.line || compareBytes(a.text, b.text);
}

/** Compares two data commits. Pure: the result depends on neither side's order. */
export function diffData(before: DataSide, after: DataSide): DataDiff {
  const old = distinctRecords(before.records);
  const now = distinctRecords(after.records);
  const compare = old.compare === now.compare ? now.compare : compareBytes;
  const diff: DataDiff = {
    added: [],
    removed: [],
    changed: [],
    unchanged: 0,
    engineChanged: 0,
    totals: { before: totalsOf(old.records), after: totalsOf(now.records) },
    failed: failures(now.records),
    pending: pendingNames(now.records),
    renamed: renamesOf(now.records),
    invalid: [...after.invalid].sort(compareInvalid),
  };
  // A row whose datum is pending on the after side is not removed: it is not known yet.
  const pendingKeys = new Set(now.keys.filter((_, i) => now.records[i]!.pending));
  const gone = (record: StatsRecord, key: string): void => {
    if (hasStats(record) && !pendingKeys.has(key)) diff.removed.push(toRow(record));
  };
  // Both sides are in name order: one walk pairs them. Records without stats are not rows.
  let b = 0;
  for (let a = 0; a < now.keys.length; a++) {
    const record = now.records[a]!;
    if (!hasStats(record)) continue;
    const key = now.keys[a]!;
    while (b < old.keys.length && (!hasStats(old.records[b]!) || compare(old.keys[b]!, key) < 0)) {
      gone(old.records[b]!, old.keys[b]!);
      b++;
    }
    const row = toRow(record);
    if (b === old.keys.length || old.keys[b] !== key) {
      diff.added.push(row);
      continue;
    }
    const was = old.records[b++]!;
    assertNumbers(was);
    if (was.deps === row.deps && was.lines === row.lines) diff.unchanged += 1;
    else {
      diff.changed.push({ repo: row.repo, deps: change(was.deps, row.deps), lines: change(was.lines, row.lines) });
      if (changedByEngine(was, record)) diff.engineChanged += 1;
    }
  }
  for (; b < old.keys.length; b++) gone(old.records[b]!, old.keys[b]!);
  return diff;
}

/** True when the diff changes no data: no row added, removed or changed, no failure, nothing pending, no invalid line. */
export function isEmpty(diff: DataDiff): boolean {
  const { added, removed, changed } = counts(diff);
  return added + removed + changed + diff.failed.length + diff.pending.length + diff.invalid.length + diff.renamed.length === 0;
}

/** The row counts the action reports as outputs. */
export function counts(diff: DataDiff): DiffCounts {
  return { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length };
}
