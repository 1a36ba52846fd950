import type { CommitPipelineSettings } from '../pipeline/commit-pipeline.js';
import type { ForcedNames } from '../pipeline/plan.js';
import { type Shard } from '../pipeline/shard.js';
import { type DownloadMode } from '../sources/github-sources.js';
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
export declare const RUN_LIMIT_NAMES: readonly ["concurrency", "download", "max-tarball-mb", "max-inflated-mb", "time-budget", "checkpoint-datums", "checkpoint-interval", "request-timeout", "datum-timeout", "shard"];
export type RunLimitName = (typeof RUN_LIMIT_NAMES)[number];
/** Each setting's parser: raw text to its part of RunLimits; throws ValueError stating the rule. */
export declare const RUN_LIMIT_PARSERS: {
    [name in RunLimitName]: (raw: string) => Partial<RunLimits>;
};
/** The defaults, as text in each setting's own spelling (action.yml's defaults, the CLI's help). */
export declare const RUN_LIMIT_DEFAULTS: {
    [name in RunLimitName]: string;
};
/** The limits with every setting at its default; `timeBudgetMs` as given (the action has one, the CLI none). */
export declare function defaultRunLimits(timeBudgetMs: number | null): RunLimits;
/** What a committing run (the action's commit or refresh mode, `tusk run`) takes of the limits. */
export declare function commitPipelineSettings(limits: RunLimits, run: {
    sourceCommit: string;
    input: string[];
    refresh: boolean;
    force: ForcedNames;
}): CommitPipelineSettings;
