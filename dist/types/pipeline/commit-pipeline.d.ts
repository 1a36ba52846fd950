import type { ApiQuota } from '../github/api-quota.js';
import type { InvalidLine } from '../names/input-file.js';
import { type StatsRecord } from '../stats/record.js';
import type { DataCommit, DataStore } from '../store/data-store.js';
import type { RepoBackend } from '../store/repo-backend.js';
import { type DataDiff } from '../diff/model.js';
import type { SourceProvider } from '../sources/source-provider.js';
import { type ForcedNames } from './plan.js';
import type { PipelineLog } from './pipeline-log.js';
import type { RunControl, StopReason } from './run-control.js';
import { type Shard } from './shard.js';
export interface CommitPipelineSettings {
    /** The source commit whose input is processed. */
    sourceCommit: string;
    /** Paths or globs of the input files. */
    input: string[];
    /** Refresh: re-check every repository's head instead of reusing its record. */
    refresh: boolean;
    concurrency: number;
    datumTimeoutMs: number;
    /** Progress is committed after this many datums or this much time, whichever comes first. */
    checkpoint: {
        datums: number;
        intervalMs: number;
    };
    /** This job's part of a run split over a matrix: the datums it computes. */
    shard: Shard;
    /** Datums to compute again although they could be reused (a forced re-run). */
    force: ForcedNames;
}
/** What a run works under: when to stop (budget, cancellation), the API quota (null: none to mind), its log. */
export interface RunEnvironment {
    control: RunControl;
    quota: ApiQuota | null;
    log: PipelineLog;
}
export interface RunCounts {
    processed: number;
    reused: number;
    failed: number;
    pending: number;
    invalid: number;
    added: number;
    removed: number;
    changed: number;
}
/** A run's counts: its datums, its invalid input lines, and the rows its diff adds, removes and changes. */
export declare function runCounts(datums: {
    processed: number;
    reused: number;
    failed: number;
    pending: number;
}, invalid: number, diff: DataDiff): RunCounts;
interface BaseResult {
    /** The data commit the branch holds for this run: made by it, or the one that made it unnecessary. */
    dataCommit: string;
    /** The source commit whose input the data commit holds. */
    inputCommit: string;
    invalid: InvalidLine[];
    counts: RunCounts;
    /** Why the run stopped before every datum was computed (they are pending), or null. */
    stopped: StopReason | null;
}
export type CommitPipelineResult = 
/** The run's data is on the branch (in `commits` new data commits: none when it already was). */
(BaseResult & {
    outcome: 'committed';
    previous: DataCommit | null;
    records: StatsRecord[];
    diff: DataDiff;
    commits: number;
})
/** Nothing to do: this input was processed already, or a newer one is on the branch. */
 | (BaseResult & {
    outcome: 'already-processed' | 'superseded';
    previous: DataCommit;
    commits: number;
});
/**
 * The `commit` and `refresh` modes (docs/contract.md §5): the input's datums, computed with everything the
 * branch already has, committed as they finish (checkpoints) and at the end, each commit a
 * compare-and-swap on the branch. A run that stops early (quota, time budget, cancellation)
 * commits what it finished and leaves the rest pending; the next run of that input (or a newer
 * one) computes those first.
 */
export declare function runCommitPipeline(repo: RepoBackend, store: DataStore, sources: SourceProvider, settings: CommitPipelineSettings, env: RunEnvironment): Promise<CommitPipelineResult>;
export {};
