import { BOUNDS, DEFAULTS, MEBIBYTE } from '../defaults.js';
import { formatDuration } from '../duration.js';
import type { CommitPipelineSettings } from '../pipeline/commit-pipeline.js';
import type { ForcedNames } from '../pipeline/plan.js';
import { formatShard, parseShard, WHOLE_RUN, type Shard } from '../pipeline/shard.js';
import { DOWNLOAD_MODES, type DownloadMode } from '../sources/github-sources.js';
import { duration, oneOf, ValueError, wholeNumber } from './values.js';

/** How a run may spend its time, requests and memory: the same settings for the action and `tusk run`. */
export interface RunLimits {
  concurrency: number;
  download: DownloadMode;
  maxTarballBytes: number;
  maxInflatedBytes: number;
  /** null: no budget (the CLI's default). */
  timeBudgetMs: number | null;
  checkpointDatums: number;
  checkpointIntervalMs: number;
  requestTimeoutMs: number;
  datumTimeoutMs: number;
  /** The part of the datums this job computes, in a run spread over a workflow matrix. */
  shard: Shard;
}

/** The settings' names as the action's inputs (and, with `--`, the CLI's options) spell them. */
export const RUN_LIMIT_NAMES = [
  'concurrency',
  'download',
  'max-tarball-mb',
  'max-inflated-mb',
  'time-budget',
  'checkpoint-datums',
  'checkpoint-interval',
  'request-timeout',
  'datum-timeout',
  'shard',
] as const;
export type RunLimitName = (typeof RUN_LIMIT_NAMES)[number];

/** Each setting's parser: raw text to its part of RunLimits; throws ValueError stating the rule. */
export const RUN_LIMIT_PARSERS: { [name in RunLimitName]: (raw: string) => Partial<RunLimits> } = {
  concurrency: (raw) => ({ concurrency: wholeNumber(raw, BOUNDS.concurrency) }),
  download: (raw) => ({ download: oneOf(raw, DOWNLOAD_MODES) }),
  'max-tarball-mb': (raw) => ({ maxTarballBytes: wholeNumber(raw, BOUNDS.maxTarballMb) * MEBIBYTE }),
  'max-inflated-mb': (raw) => ({ maxInflatedBytes: wholeNumber(raw, BOUNDS.maxInflatedMb) * MEBIBYTE }),
  'time-budget': (raw) => ({ timeBudgetMs: duration(raw) }),
  'checkpoint-datums': (raw) => ({ checkpointDatums: wholeNumber(raw, BOUNDS.checkpointDatums) }),
  'checkpoint-interval': (raw) => ({ checkpointIntervalMs: duration(raw) }),
  'request-timeout': (raw) => ({ requestTimeoutMs: duration(raw) }),
  'datum-timeout': (raw) => ({ datumTimeoutMs: duration(raw) }),
  shard: (raw) => ({ shard: shard(raw) }),
};

function shard(raw: string): Shard {
  const parsed = parseShard(raw);
  if (parsed === null)
    throw new ValueError("must be K/N, this job's part of a run split in N (K from 1 to N, N at most 256), such as 3/8 (in a workflow, ${{ matrix.shard }}/8)");
  return parsed;
}

/** The defaults, as text in each setting's own spelling (action.yml's defaults, the CLI's help). */
export const RUN_LIMIT_DEFAULTS: { [name in RunLimitName]: string } = {
  concurrency: String(DEFAULTS.concurrency),
  download: DEFAULTS.download,
  'max-tarball-mb': String(DEFAULTS.maxTarballMb),
  'max-inflated-mb': String(DEFAULTS.maxInflatedMb),
  'time-budget': formatDuration(DEFAULTS.timeBudgetMs),
  'checkpoint-datums': String(DEFAULTS.checkpointDatums),
  'checkpoint-interval': formatDuration(DEFAULTS.checkpointIntervalMs),
  'request-timeout': formatDuration(DEFAULTS.requestTimeoutMs),
  'datum-timeout': formatDuration(DEFAULTS.datumTimeoutMs),
  shard: formatShard(WHOLE_RUN),
};

/** The limits with every setting at its default; `timeBudgetMs` as given (the action has one, the CLI none). */
export function defaultRunLimits(timeBudgetMs: number | null): RunLimits {
  return {
    concurrency: DEFAULTS.concurrency,
    download: DEFAULTS.download,
    maxTarballBytes: DEFAULTS.maxTarballMb * MEBIBYTE,
    maxInflatedBytes: DEFAULTS.maxInflatedMb * MEBIBYTE,
    timeBudgetMs,
    checkpointDatums: DEFAULTS.checkpointDatums,
    checkpointIntervalMs: DEFAULTS.checkpointIntervalMs,
    requestTimeoutMs: DEFAULTS.requestTimeoutMs,
    datumTimeoutMs: DEFAULTS.datumTimeoutMs,
    shard: WHOLE_RUN,
  };
}

/** What a committing run (the action's commit or refresh mode, `tusk run`) takes of the limits. */
export function commitPipelineSettings(
  limits: RunLimits,
  run: { sourceCommit: string; input: string[]; refresh: boolean; force: ForcedNames },
): CommitPipelineSettings {
  return {
    ...run,
    concurrency: limits.concurrency,
    datumTimeoutMs: limits.datumTimeoutMs,
    checkpoint: { datums: limits.checkpointDatums, intervalMs: limits.checkpointIntervalMs },
    shard: limits.shard,
  };
}
