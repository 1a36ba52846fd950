/**
 * The data diff (SPEC §3 "The bot", §5 `tusk diff`): one model behind the bot's comment, the job
 * summary and `tusk diff`. Rows are those of `stats/results`: the records without an error.
 */
import type { InvalidLine } from '../names/input-file.js';
import { compareBytes, nameKey, sortByName } from '../names/repo-name.js';
import type { StatsRecord } from '../stats/record.js';

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
  totals: { before: Totals; after: Totals };
  /** The after side's records with an error. */
  failed: FailedDatum[];
  /** The after side's invalid input lines. */
  invalid: InvalidLine[];
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
}

/** A record with its name's key, computed once. */
interface Keyed {
  key: string;
  record: StatsRecord;
}

/** One record a repository, the first one winning as the first spelling of a name does (SPEC §1), in the data files' order. */
function distinctRecords(records: StatsRecord[]): Keyed[] {
  const seen = new Set<string>();
  const keyed: Keyed[] = [];
  for (const record of records) {
    const key = nameKey(record.repo);
    if (seen.has(key)) continue;
    seen.add(key);
    keyed.push({ key, record });
  }
  // Records read back from the data files are in order already.
  if (!keyed.every((entry, i) => i === 0 || compareBytes(keyed[i - 1]!.key, entry.key) <= 0)) {
    keyed.sort((a, b) => compareBytes(a.key, b.key));
  }
  return keyed;
}

function toRow(record: StatsRecord): Row {
  if (record.deps === null || record.lines === null) {
    throw new Error(`the record of ${record.repo} has neither an error nor numbers`);
  }
  return { repo: record.repo, deps: record.deps, lines: record.lines };
}

/** The rows of `stats/results` for a set of records, in the data files' order. */
export function resultRows(records: StatsRecord[]): Row[] {
  return withStats(distinctRecords(records)).map((entry) => toRow(entry.record));
}

/** The records that make rows: those without an error. */
function withStats(distinct: Keyed[]): Keyed[] {
  return distinct.filter((entry) => entry.record.error === null);
}

function totalsOf(rows: Keyed[]): Totals {
  const totals: Totals = { repositories: rows.length, deps: 0, lines: 0 };
  for (const { record } of rows) {
    totals.deps += record.deps ?? 0;
    totals.lines += record.lines ?? 0;
  }
  return totals;
}

function change(before: number, after: number): Change {
  return { before, after, delta: after - before };
}

function compareInvalid(a: InvalidLine, b: InvalidLine): number {
  return compareBytes(a.file, b.file) || a.line - b.line || compareBytes(a.text, b.text);
}

/** Compares two data commits. Pure: the result depends on neither side's order. */
export function diffData(before: DataSide, after: DataSide): DataDiff {
  const beforeRows = withStats(distinctRecords(before.records));
  const afterRecords = distinctRecords(after.records);
  const afterRows = withStats(afterRecords);
  const diff: DataDiff = {
    added: [],
    removed: [],
    changed: [],
    unchanged: 0,
    totals: { before: totalsOf(beforeRows), after: totalsOf(afterRows) },
    failed: afterRecords.flatMap(({ record: r }) => (r.error === null ? [] : [{ repo: r.repo, error: r.error }])),
    invalid: [...after.invalid].sort(compareInvalid),
  };
  // Both sides are in name order: one walk pairs them.
  let b = 0;
  for (const { key, record } of afterRows) {
    while (b < beforeRows.length && compareBytes(beforeRows[b]!.key, key) < 0) diff.removed.push(toRow(beforeRows[b++]!.record));
    const row = toRow(record);
    const old = b < beforeRows.length && beforeRows[b]!.key === key ? toRow(beforeRows[b++]!.record) : undefined;
    if (old === undefined) diff.added.push(row);
    else if (old.deps === row.deps && old.lines === row.lines) diff.unchanged += 1;
    else diff.changed.push({ repo: row.repo, deps: change(old.deps, row.deps), lines: change(old.lines, row.lines) });
  }
  while (b < beforeRows.length) diff.removed.push(toRow(beforeRows[b++]!.record));
  return diff;
}

/** The after side's rows rebuilt from the before side's and the diff (unchanged rows keep their spelling). */
export function applyDiff(beforeRows: Row[], diff: DataDiff): Row[] {
  const rows = new Map(beforeRows.map((row) => [nameKey(row.repo), row]));
  for (const row of diff.removed) rows.delete(nameKey(row.repo));
  for (const row of diff.changed) rows.set(nameKey(row.repo), { repo: row.repo, deps: row.deps.after, lines: row.lines.after });
  for (const row of diff.added) rows.set(nameKey(row.repo), row);
  return sortByName(rows.values(), (row) => row.repo);
}

/** True when the diff changes no data: no row added, removed or changed, no failure, no invalid line. */
export function isEmpty(diff: DataDiff): boolean {
  const { added, removed, changed } = counts(diff);
  return added + removed + changed + diff.failed.length + diff.invalid.length === 0;
}

/** The row counts the action reports as outputs. */
export function counts(diff: DataDiff): DiffCounts {
  return { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length };
}
