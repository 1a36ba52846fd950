/**
 * The data branch's history read as a whole, newest first, a page of commits and a few data files
 * at a time: what `tusk history` and `tusk export` stream, however long the history is.
 */
import type { StatsRecord } from '../stats/record.js';
import type { DataCommit, DataStore } from '../store/data-store.js';
/** A data commit and its records. */
export interface DataVersion {
    commit: DataCommit;
    records: StatsRecord[];
}
/** The data commits, newest first (commits Tusk did not make are left out); at most `maxCount`. */
export declare function dataCommitsOf(store: DataStore, maxCount?: number): AsyncGenerator<DataCommit>;
/**
 * `read` of each item, in the items' order, with up to `ahead` reads under way: the order of a
 * sequential loop at the speed of concurrent requests, with at most `ahead` results held.
 */
export declare function readInOrder<T, R>(items: AsyncIterable<T>, ahead: number, read: (item: T) => Promise<R>): AsyncGenerator<R>;
/** Each data commit with its records, newest first. */
export declare function dataVersionsOf(store: DataStore, maxCount?: number): AsyncGenerator<DataVersion>;
