import type { InvalidLine } from '../names/input-file.js';
import type { StatsRecord } from '../stats/record.js';
import type { DataCommit, DataStore } from '../store/data-store.js';
import { type RepoBackend } from '../store/repo-backend.js';
import { type DataDiff } from '../diff/model.js';
import type { PipelineLog } from './pipeline-log.js';
import type { SourceProvider } from '../sources/source-provider.js';
export interface CommitPipelineSettings {
    /** The source commit whose input is processed. */
    sourceCommit: string;
    /** Paths or globs of the input files. */
    input: string[];
    /** Refresh: re-check every repository's head instead of reusing its record. */
    refresh: boolean;
    concurrency: number;
}
export interface RunCounts {
    processed: number;
    reused: number;
    failed: number;
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
}, invalid: number, diff: DataDiff): RunCounts;
export interface CommitPipelineResult {
    /** committed; or nothing to do: this input was already processed, or a newer one is on the branch. */
    outcome: 'committed' | 'already-processed' | 'superseded';
    /** The data commit made, or the head that made this run unnecessary. */
    dataCommit: string;
    /** The source commit whose input the data commit holds. */
    inputCommit: string;
    previous: DataCommit | null;
    records: StatsRecord[];
    invalid: InvalidLine[];
    counts: RunCounts;
    diff: DataDiff | null;
}
/**
 * The `commit` and `refresh` modes (SPEC §3): one data commit on top of the branch's head, made
 * with a compare-and-swap; when another run moved the head first, re-plan against it and retry.
 */
export declare function runCommitPipeline(repo: RepoBackend, store: DataStore, sources: SourceProvider, settings: CommitPipelineSettings, log: PipelineLog): Promise<CommitPipelineResult>;
