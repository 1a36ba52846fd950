import { type DataDiff } from '../diff/model.js';
import type { InvalidLine } from '../names/input-file.js';
import type { SourceProvider } from '../sources/source-provider.js';
import { type StatsRecord } from '../stats/record.js';
import type { DataCommit, DataStore } from '../store/data-store.js';
import type { RepoBackend } from '../store/repo-backend.js';
import { type RunCounts, type RunEnvironment } from './commit-pipeline.js';
import type { StopReason } from './run-control.js';
export interface PreviewSettings {
    /** The commit whose input is previewed (a pull request's merge commit). */
    commit: string;
    input: string[];
    concurrency: number;
    datumTimeoutMs: number;
}
export interface PreviewResult {
    /** The data commit compared with: the data branch's newest, or null before it has data. */
    base: DataCommit | null;
    records: StatsRecord[];
    invalid: InvalidLine[];
    diff: DataDiff;
    counts: RunCounts;
    /** Why the preview stopped before every datum was computed (they show as pending), or null. */
    stopped: StopReason | null;
}
/**
 * The data an input would make, against the data branch's head, without writing anything: the
 * bot's step. Datums the branch has are reused; the rest are computed under the same quota,
 * time and cancellation rules as a committing run, and what is not reached shows as pending.
 */
export declare function runPreview(repo: RepoBackend, store: DataStore, sources: SourceProvider, settings: PreviewSettings, env: RunEnvironment): Promise<PreviewResult>;
