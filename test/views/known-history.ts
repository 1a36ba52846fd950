/** A known history of data commits, written with the store itself, for the tests of what reads and shows it. */
import { failureRecord, pendingRecord, successRecord, type StatsRecord } from '../../src/stats/record.js';
import type { DataCommitFacts } from '../../src/store/data-commit-message.js';
import type { DataStore } from '../../src/store/data-store.js';
import type { RepoBackend } from '../../src/store/repo-backend.js';
import { sha } from './fixtures.js';

export const ok = (repo: string, lines: number, deps = 1): StatsRecord =>
  successRecord(repo, `${repo.length}`.repeat(40).slice(0, 40), { files: lines % 7, lines, deps, unparsed: lines % 2 });

/** Four versions of a dataset: it grows, a repository fails (with an error CSV must quote), one is pending, one kept stale, one removed. */
export const VERSIONS: StatsRecord[][] = [
  [ok('a/one', 100), ok('b/two', 200, 2)],
  [ok('a/one', 100), ok('b/two', 250, 3), ok('c/three', 50), failureRecord('d/gone', null, 'not found, "really"\nsecond line')],
  [ok('A/One', 120), ok('b/two', 250, 3), { ...ok('c/three', 60), stale: 'GitHub API error 502' }, pendingRecord('e/later')],
  [ok('a/one', 130), ok('c/three', 60)],
];

export function inputCommitOf(n: number): string {
  return sha(n, 'e');
}

export function factsOf(records: readonly StatsRecord[], n: number): DataCommitFacts {
  const rows = records.filter((r) => r.error === null && !r.pending);
  const pending = records.filter((r) => r.pending).length;
  return {
    inputCommit: inputCommitOf(n),
    mode: 'commit',
    counts: {
      processed: records.length,
      reused: 0,
      failed: records.length - rows.length - pending,
      pending,
      outdated: 0,
      rows: rows.length,
      invalid: 0,
      lines: rows.reduce((sum, r) => sum + r.lines!, 0),
      deps: rows.reduce((sum, r) => sum + r.deps!, 0),
    },
  };
}

/**
 * Writes versions `0..count-1`, one data commit each, with the store `storeFor` gives for each;
 * `between(n)` may add commits of its own after data commit n. Returns the data commits, oldest first.
 */
export async function writeVersions(
  storeFor: (n: number) => DataStore,
  backend: RepoBackend,
  count = VERSIONS.length,
  between: (n: number) => Promise<void> = async () => {},
): Promise<string[]> {
  const heads: string[] = [];
  for (let n = 0; n < count; n++) {
    const records = VERSIONS[n]!;
    const input = records.map((r) => `${r.repo}\n`).join('');
    const written = await storeFor(n).write(
      await backend.branchHead('tusk/main'),
      { inputFiles: [{ path: 'projects.txt', content: input }], records },
      factsOf(records, n),
    );
    if ('conflict' in written) throw new Error('unexpected conflict');
    heads.push(written.sha);
    await between(n);
  }
  return heads;
}
