/** One datum's result: a line of `stats/records.jsonl` (SPEC §3), also printed by `tusk stats --json`. */
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

/** The numbers of a successful computation, before they are attached to a repository. */
export interface Stats {
  files: number;
  lines: number;
  deps: number;
  unparsed: number;
}

export function successRecord(repo: string, commit: string | null, stats: Stats): StatsRecord {
  return { repo, commit, files: stats.files, lines: stats.lines, deps: stats.deps, unparsed: stats.unparsed, error: null };
}

export function failureRecord(repo: string, commit: string | null, error: string): StatsRecord {
  return { repo, commit, files: null, lines: null, deps: null, unparsed: null, error };
}

export function pendingRecord(repo: string): StatsRecord {
  return { repo, commit: null, files: null, lines: null, deps: null, unparsed: null, error: null, pending: true };
}

/** A record with numbers: a row of `stats/results`. */
export function hasStats(record: StatsRecord): boolean {
  return record.error === null && record.pending !== true;
}

/** `owner/repo, deps, lines`: a line of `stats/results` (SPEC §3), also printed by `tusk stats`. */
export function resultLine(record: Pick<StatsRecord, 'repo' | 'deps' | 'lines'>): string {
  return `${record.repo}, ${record.deps}, ${record.lines}`;
}

/** Serialises with the field order of the SPEC (the optional marks last), so files are byte-stable. */
export function recordToJson(record: StatsRecord): string {
  const { repo, commit, files, lines, deps, unparsed, error, pending, stale } = record;
  return JSON.stringify({ repo, commit, files, lines, deps, unparsed, error, ...(pending ? { pending } : {}), ...(stale ? { stale } : {}) });
}
