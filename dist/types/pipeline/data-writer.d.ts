import type { InputFile, InputName } from '../names/input-file.js';
import { type StatsRecord } from '../stats/record.js';
import { type BranchState, type DataCommit, type DataStore } from '../store/data-store.js';
import type { RepoBackend } from '../store/repo-backend.js';
import type { PipelineLog } from './pipeline-log.js';
import type { RunControl } from './run-control.js';
import { type Shard } from './shard.js';
/** What a run commits: the datums of one input. */
export interface WriteTarget {
    inputCommit: string;
    inputFiles: InputFile[];
    names: readonly InputName[];
    invalid: number;
    mode: 'commit' | 'refresh';
    /** This job's part of a run split over a matrix (1/1: the whole run). */
    shard: Shard;
    /** Datums this run computes again by request, although they could be reused. */
    forced: string[];
}
/** How often progress is committed, so that a killed run loses little. */
export interface CheckpointPolicy {
    datums: number;
    intervalMs: number;
    /** Whether a checkpoint may spend requests now (the quota keeps the final commit's share). */
    affordable(): boolean;
}
export type WriterOutcome = 
/** The data commit the run ends at, made by it or already holding what it computed. */
{
    kind: 'written';
    commit: DataCommit;
    records: StatsRecord[];
}
/** A newer input is on the branch: this run handed over what it had computed, if that was of use. */
 | {
    kind: 'superseded';
    head: DataCommit;
};
/**
 * Commits a run's progress to the data branch: at checkpoints while it works, and at its end.
 * Every commit is a compare-and-swap on the branch; when another run moved it first, the branch is
 * read again and this run's records are merged with what it holds, never computed again. A commit
 * of the same input keeps what others finished; one of an older input offers its records with
 * stats for reuse; a newer input takes over: this run fills in what it can of that input's pending
 * datums, and stops.
 */
export declare class DataWriter {
    private readonly store;
    private readonly repo;
    private readonly target;
    private readonly policy;
    private readonly control;
    private readonly log;
    private readonly results;
    private readonly computedKeys;
    /** Datums that another run finished since this one read the branch: not worth starting. */
    private readonly doneElsewhere;
    /** The records of the branch as the run read it, by name key. */
    private readonly initial;
    private head;
    private supersededBy;
    private sinceCommit;
    private lastCommitAt;
    private queue;
    private checkpointing;
    /** projects/ as this run's commits write them. */
    private readonly projects;
    /** Forced datums no commit of this run holds yet: computed by request, they count as computed once. */
    private readonly forcedUncommitted;
    /** Data commits this run made. */
    commits: number;
    constructor(store: DataStore, repo: RepoBackend, target: WriteTarget, start: {
        state: BranchState;
        index: ReadonlyMap<string, StatsRecord>;
    }, policy: CheckpointPolicy, control: RunControl, log: PipelineLog);
    /**
     * Takes one datum's record. While a checkpoint commits, every worker that brings a record waits
     * for it (the one that made it due included), so that a killed run loses at most the policy's
     * datums and those in flight: `checkpointDatums + concurrency`.
     */
    add(record: StatsRecord, computed: boolean): Promise<void>;
    isDone(name: string): boolean;
    /** Commits what is finished now; a failed checkpoint is only reported (the run's end commits again). */
    private checkpoint;
    /** The final commit, after any checkpoint under way. */
    finish(): Promise<WriterOutcome>;
    /** Where this run's commit takes each record from, on top of `head`. */
    private sources;
    /** Commits on top of the branch as this run knows it; resolves to the records committed, or null when there was nothing new. */
    private commit;
    private pauseAfterConflict;
    /** Whether the branch's tip is a data commit of this run's input, with no hand-made commit on top. */
    private holdsInput;
    /** Whether `head` already holds exactly `records` (nothing to commit). */
    private holds;
    /** Reads the branch again after a lost race; hands over to a newer input if one took it. */
    private reread;
    /**
     * Fills in a newer input's pending and failed datums with what this run computed (a refresh's
     * newer numbers replace any), in commits of that input, until one lands or nothing is of use.
     */
    private handOver;
    /** A commit's facts: what it computed against its parent, what it carried, what is still to do. */
    private factsOf;
}
