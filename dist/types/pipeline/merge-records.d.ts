import type { InputName } from '../names/input-file.js';
import { type StatsRecord } from '../stats/record.js';
/** Where a commit may take a datum's record from, by name key. */
export type RecordSource = (key: string) => StatsRecord | undefined;
/**
 * The records of a commit, one per input name in its spelling: from the first source that has
 * one, else pending. A run lists its own results first, then what the branch holds, then its base.
 */
export declare function recordsFor(names: readonly Pick<InputName, 'name'>[], sources: readonly RecordSource[]): StatsRecord[];
export declare function byKey(records: readonly StatsRecord[]): Map<string, StatsRecord>;
/** Records that are finished: with stats or with an error (what a commit of the same input computed). */
export declare function finishedIn(records: ReadonlyMap<string, StatsRecord>): RecordSource;
/** Records with stats only (what a commit of another input offers for reuse). */
export declare function withStatsIn(records: ReadonlyMap<string, StatsRecord>): RecordSource;
/** Whether two records say the same, whatever the spelling of their names. */
export declare function sameRecord(a: StatsRecord | undefined, b: StatsRecord | undefined): boolean;
