import type { CommitPipelineSettings, RunEnvironment } from '../../src/pipeline/commit-pipeline.js';
import type { PipelineLog } from '../../src/pipeline/pipeline-log.js';
import { RunControl } from '../../src/pipeline/run-control.js';
import { NONE_FORCED } from '../../src/pipeline/plan.js';
import { WHOLE_RUN } from '../../src/pipeline/shard.js';

/** A log that keeps what it is told, for assertions. */
export function recordingLog(): PipelineLog & { lines: string[]; warnings: string[] } {
  const lines: string[] = [];
  const warnings: string[] = [];
  return {
    lines,
    warnings,
    info: (message) => lines.push(message),
    warning: (message) => warnings.push(message),
    group: (_name, fn) => fn(),
  };
}

/** The settings of a commit run, with checkpoints far apart unless a test asks for them. */
export function pipelineSettings(sourceCommit: string, overrides: Partial<CommitPipelineSettings> = {}): CommitPipelineSettings {
  return {
    sourceCommit,
    input: ['*.txt'],
    refresh: false,
    concurrency: 4,
    datumTimeoutMs: 60_000,
    checkpoint: { datums: 1_000_000, intervalMs: 3_600_000 },
    shard: WHOLE_RUN,
    force: NONE_FORCED,
    ...overrides,
  };
}

/** A run with no quota to mind and no budget, unless given. */
export function pipelineEnv(options: { control?: RunControl; log?: PipelineLog } = {}): RunEnvironment {
  return { control: options.control ?? new RunControl(), quota: null, log: options.log ?? recordingLog() };
}
