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
export declare function renamesOf(records: readonly StatsRecord[]): Rename[];
/** How a set of records stands: rows with stats and their totals, failed datums, pending ones. */
export interface RecordTally {
    rows: number;
    deps: number;
    lines: number;
    failed: number;
    pending: number;
}
export declare function tallyRecords(records: readonly StatsRecord[]): RecordTally;
/** The numbers of a successful computation, before they are attached to a repository. */
export interface Stats {
    files: number;
    lines: number;
    deps: number;
    unparsed: number;
}
export declare function successRecord(repo: string, commit: string | null, stats: Stats): StatsRecord;
export declare function failureRecord(repo: string, commit: string | null, error: string): StatsRecord;
/** A record with stats that an older engine made: reused as it is, but computed again first chance. */
export declare function isOutdated(record: StatsRecord): boolean;
/**
 * Whether a row changed between two records because the engine changed, not the source: the same
 * source commit, made by different engine versions, with other numbers.
 */
export declare function changedByEngine(was: StatsRecord, now: StatsRecord): boolean;
export declare function pendingRecord(repo: string): StatsRecord;
/** A record with numbers: a row of `stats/results`. */
export declare function hasStats(record: StatsRecord): boolean;
/** `owner/repo, deps, lines`: a line of `stats/results` (docs/contract.md §4.3), also printed by `tusk stats`. */
export declare function resultLine(record: Pick<StatsRecord, 'repo' | 'deps' | 'lines'>): string;
/**
 * Serialises with the field order of docs/contract.md §4.2 (the engine and optional marks last), so
 * files are byte-stable. Written out rather than through an object for JSON.stringify: the same
 * text, without an object and its spread parts to collect for each of 100,000 records.
 */
export declare function recordToJson(record: StatsRecord): string;
