/**
 * The defaults and bounds both faces share: the action's inputs (action.yml repeats the defaults
 * for its users, and a test holds the two to the same values) and the CLI's options.
 */

import { DEFAULT_MAX_INFLATED_BYTES, MEBIBYTE } from './stats/limits.js';

const MINUTE = 60_000;

export const DEFAULTS = {
  /** Paths or globs of the input files. */
  input: ['projects.txt'],
  /** The data branch; `{branch}` is the source branch. */
  dataBranch: 'tusk/{branch}',
  /** Repositories fetched and processed at once. */
  concurrency: 8,
  /** How tarballs are fetched: see `DownloadMode`. */
  download: 'auto',
  /** A larger download gives the repository a record with an error. */
  maxTarballMb: 1024,
  /** An archive that inflates to more gives the repository a record with an error (the Go tree inflates to about 125 MB). */
  maxInflatedMb: DEFAULT_MAX_INFLATED_BYTES / MEBIBYTE,
  /** The action's run stops starting datums and commits at this point: well inside a hosted job's 6 hours. */
  timeBudgetMs: 330 * MINUTE,
  /** Progress is committed at least this often, so a killed run loses at most this much work... */
  checkpointIntervalMs: 5 * MINUTE,
  /** ...and at most this many computed datums. */
  checkpointDatums: 1000,
  /** A request with no response, or a download with no bytes, for this long is given up. */
  requestTimeoutMs: MINUTE,
  /** One datum (download and stats) may take this long before it fails. */
  datumTimeoutMs: 15 * MINUTE,
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
} as const;

/** The bounds an input or option must lie within. */
export const BOUNDS = {
  /** GitHub allows at most 100 concurrent requests; a run keeps well below. */
  concurrency: { min: 1, max: 64 },
  maxTarballMb: { min: 1, max: 1_000_000 },
  maxInflatedMb: { min: 1, max: 10_000_000 },
  checkpointDatums: { min: 1, max: 10_000_000 },
} as const;

export { MEBIBYTE };
