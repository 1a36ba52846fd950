/**
 * The data branch's history read as a whole, newest first, a page of commits and a few data files
 * at a time: what `tusk history` and `tusk export` stream, however long the history is.
 */
import type { StatsRecord } from '../stats/record.js';
import type { DataCommit, DataStore } from '../store/data-store.js';

/** Data files read at once: a reader waits on one while the next ones arrive, and holds only these. */
const READ_AHEAD = 4;

/** A data commit and its records. */
export interface DataVersion {
  commit: DataCommit;
  records: StatsRecord[];
}

/** The data commits, newest first (commits Tusk did not make are left out); at most `maxCount`. */
export async function* dataCommitsOf(store: DataStore, maxCount = Infinity): AsyncGenerator<DataCommit> {
  if (maxCount <= 0) return;
  let left = maxCount;
  for await (const commit of store.dataCommits()) {
    yield commit;
    if (--left === 0) return;
  }
}

/**
 * `read` of each item, in the items' order, with up to `ahead` reads under way: the order of a
 * sequential loop at the speed of concurrent requests, with at most `ahead` results held.
 */
export async function* readInOrder<T, R>(items: AsyncIterable<T>, ahead: number, read: (item: T) => Promise<R>): AsyncGenerator<R> {
  const window: Promise<R>[] = [];
  try {
    for await (const item of items) {
      const result = read(item);
      // Awaited in turn below; until then, a failure must not count as unhandled.
      result.catch(() => {});
      window.push(result);
      if (window.length >= ahead) yield await window.shift()!;
    }
    while (window.length > 0) yield await window.shift()!;
  } finally {
    await Promise.allSettled(window);
  }
}

/** Each data commit with its records, newest first. */
export function dataVersionsOf(store: DataStore, maxCount = Infinity): AsyncGenerator<DataVersion> {
  return readInOrder(dataCommitsOf(store, maxCount), READ_AHEAD, async (commit) => ({ commit, records: await store.records(commit.sha) }));
}
