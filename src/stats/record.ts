import { ENGINE_VERSION } from './engine-version.js';

/** One datum's result: a line of `stats/records.jsonl` (docs/contract.md §4.2), also printed by `tusk stats --json`. */
export interface StatsRecord {
  /** Canonical `owner/repo`, in the spelling the input uses. */
  repo: string;
  /** The commit the numbers were computed at; null when the source does not say (a local directory). */
  commit: string | null;
  files: number | null;
  lines: number | null;
  deps: number | null;
  unparsed: number | null;
  /** null on success; otherwise why the datum failed, and every number is null. */
  error: string | null;
  /** The version of the stats engine that made it (ENGINE_VERSION); absent on a pending datum. */
  engine?: number;
  /**
   * The repository's name on GitHub now, when it was renamed or moved since the input named it
   * (GitHub redirected the old name). The stats are of that repository. Absent otherwise.
   */
  renamed?: string;
  /**
   * Not computed yet: a run stopped (quota, time, cancellation) before it got to this datum. Its
   * numbers and error are null; the next run computes it first. Absent on finished records.
   */
  pending?: true;
  /**
   * A good record kept although its repository could not be re-checked (a refresh met a transient
   * failure): why. Absent on records known to be current.
   */
  stale?: string;
}

/** An input name whose repository GitHub serves under a new name. */
export interface Rename {
  from: string;
  to: string;
}

/** The renamed repositories among `records`, in their order. */
export function renamesOf(records: readonly StatsRecord[]): Rename[] {
  const renamed: Rename[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (record.renamed) renamed.push({ from: record.repo, to: record.renamed });
  }
  return renamed;
}

/** How a set of records stands: rows with stats and their totals, failed datums, pending ones. */
export interface RecordTally {
  rows: number;
  deps: number;
  lines: number;
  failed: number;
  pending: number;
}

export function tallyRecords(records: readonly StatsRecord[]): RecordTally {
  const tally: RecordTally = { rows: 0, deps: 0, lines: 0, failed: 0, pending: 0 };
  // Indexed loops over 100,000 records: an iterator's result objects would be garbage by the megabyte.
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (record.pending) tally.pending++;
    else if (record.error !== null) tally.failed++;
    else {
      tally.rows++;
      tally.deps += record.deps ?? 0;
      tally.lines += record.lines ?? 0;
    }
  }
  return tally;
}

/** The numbers of a successful computation, before they are attached to a repository. */
export interface Stats {
  files: number;
  lines: number;
  deps: number;
  unparsed: number;
}

export function successRecord(repo: string, commit: string | null, stats: Stats): StatsRecord {
  return { repo, commit, files: stats.files, lines: stats.lines, deps: stats.deps, unparsed: stats.unparsed, error: null, engine: ENGINE_VERSION };
}

export function failureRecord(repo: string, commit: string | null, error: string): StatsRecord {
  return { repo, commit, files: null, lines: null, deps: null, unparsed: null, error, engine: ENGINE_VERSION };
}

/** A record with stats that an older engine made: reused as it is, but computed again first chance. */
export function isOutdated(record: StatsRecord): boolean {
  return hasStats(record) && (record.engine ?? 1) !== ENGINE_VERSION;
}

/**
 * Whether a row changed between two records because the engine changed, not the source: the same
 * source commit, made by different engine versions, with other numbers.
 */
export function changedByEngine(was: StatsRecord, now: StatsRecord): boolean {
  const numbersMoved = was.deps !== now.deps || was.lines !== now.lines;
  return hasStats(was) && hasStats(now) && numbersMoved && was.commit !== null && was.commit === now.commit && (was.engine ?? 1) !== (now.engine ?? 1);
}

export function pendingRecord(repo: string): StatsRecord {
  return { repo, commit: null, files: null, lines: null, deps: null, unparsed: null, error: null, pending: true };
}

/** A record with numbers: a row of `stats/results`. */
export function hasStats(record: StatsRecord): boolean {
  return record.error === null && record.pending !== true;
}

/** `owner/repo, deps, lines`: a line of `stats/results` (docs/contract.md §4.3), also printed by `tusk stats`. */
export function resultLine(record: Pick<StatsRecord, 'repo' | 'deps' | 'lines'>): string {
  return `${record.repo}, ${record.deps}, ${record.lines}`;
}

/** A string JSON.stringify writes as it is, in quotes: nothing to escape, no surrogate. */
const PLAIN_STRING = /^[^"\\\x00-\x1f\ud800-\udfff]*$/;

/** A string as JSON.stringify writes it; the test is quicker than the call for the names and SHAs of 100,000 records. */
function jsonString(text: string): string {
  return PLAIN_STRING.test(text) ? `"${text}"` : JSON.stringify(text);
}

/** A JSON value as JSON.stringify writes it: a count, a string or null. */
function jsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return jsonString(value);
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : JSON.stringify(value);
}

/**
 * Serialises with the field order of docs/contract.md §4.2 (the engine and optional marks last), so
 * files are byte-stable. Written out rather than through an object for JSON.stringify: the same
 * text, without an object and its spread parts to collect for each of 100,000 records.
 */
export function recordToJson(record: StatsRecord): string {
  const { repo, commit, files, lines, deps, unparsed, error, engine, renamed, pending, stale } = record;
  let json = `{"repo":${jsonString(repo)},"commit":${jsonValue(commit)},"files":${jsonValue(files)},"lines":${jsonValue(lines)},"deps":${jsonValue(deps)},"unparsed":${jsonValue(unparsed)},"error":${jsonValue(error)}`;
  if (engine !== undefined) json += `,"engine":${jsonValue(engine)}`;
  if (renamed) json += `,"renamed":${jsonString(renamed)}`;
  if (pending) json += `,"pending":${JSON.stringify(pending)}`;
  if (stale) json += `,"stale":${jsonString(stale)}`;
  return `${json}}`;
}
