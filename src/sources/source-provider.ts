import type { StatsRecord } from '../stats/record.js';

/** Where the sources of repositories come from: GitHub's tarballs, or a local folder. */
export interface SourceProvider {
  /**
   * The record of `repo` at the head of its default branch. A failure (not found, too large,
   * corrupt) is a record with an error, not a throw, so the other datums go on.
   */
  compute(repo: string): Promise<StatsRecord>;
  /** Whether the head of `repo`'s default branch is no longer `commit` (refresh). */
  headMoved(repo: string, commit: string | null): Promise<boolean>;
}
