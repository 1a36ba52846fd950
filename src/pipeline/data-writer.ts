import { errorMessage } from '../error-message.js';
import type { InputFile, InputName } from '../names/input-file.js';
import { nameKey } from '../names/repo-name.js';
import { ENGINE_VERSION } from '../stats/engine-version.js';
import { changedByEngine, hasStats, isOutdated, renamesOf, tallyRecords, type StatsRecord } from '../stats/record.js';
import { TUSK_VERSION } from '../version.js';
import type { DataCommitFacts } from '../store/data-commit-message.js';
import { projectPathsOf, type BranchState, type DataCommit, type DataStore } from '../store/data-store.js';
import type { RepoBackend } from '../store/repo-backend.js';
import { isNewerInput } from './input-order.js';
import { byKey, finishedIn, recordsFor, sameRecord, withStatsIn, type RecordSource } from './merge-records.js';
import type { PipelineLog } from './pipeline-log.js';
import type { RunControl } from './run-control.js';
import { formatShard, type Shard } from './shard.js';

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

/** The branch as this run last knew it. */
interface KnownHead {
  tip: string | null;
  data: DataCommit | null;
  records: ReadonlyMap<string, StatsRecord>;
  /** projects/ at the tip, when known without listing it (this run wrote them). */
  projects: string[] | null;
  /**
   * The tip is a data commit of this run's input, made by this run or, since it read the branch, by
   * another job of it (a shard): its projects/ are this run's input files already.
   */
  holdsInput: boolean;
}

export type WriterOutcome =
  /** The data commit the run ends at, made by it or already holding what it computed. */
  | { kind: 'written'; commit: DataCommit; records: StatsRecord[] }
  /** A newer input is on the branch: this run handed over what it had computed, if that was of use. */
  | { kind: 'superseded'; head: DataCommit };

/**
 * Tries of one commit against writers that keep landing first: the shards of a wide matrix all
 * finish at about the same time. Between tries a random pause, growing with the tries, spreads
 * them out; a cancelled run does not pause, it has seconds to commit.
 */
const MAX_ATTEMPTS = 60;
const BACKOFF_BASE_MS = 50;
const BACKOFF_MAX_MS = 5000;

/**
 * Commits a run's progress to the data branch: at checkpoints while it works, and at its end.
 * Every commit is a compare-and-swap on the branch; when another run moved it first, the branch is
 * read again and this run's records are merged with what it holds, never computed again. A commit
 * of the same input keeps what others finished; one of an older input offers its records with
 * stats for reuse; a newer input takes over: this run fills in what it can of that input's pending
 * datums, and stops.
 */
export class DataWriter {
  private readonly results = new Map<string, StatsRecord>();
  private readonly computedKeys = new Set<string>();
  /** Datums that another run finished since this one read the branch: not worth starting. */
  private readonly doneElsewhere = new Set<string>();
  /** The records of the branch as the run read it, by name key. */
  private readonly initial: ReadonlyMap<string, StatsRecord>;
  private head: KnownHead;
  private supersededBy: DataCommit | null = null;
  private sinceCommit = 0;
  private lastCommitAt = Date.now();
  private queue: Promise<void> = Promise.resolve();
  private checkpointing = false;
  /** projects/ as this run's commits write them. */
  private readonly projects: string[];
  /** Forced datums no commit of this run holds yet: computed by request, they count as computed once. */
  private readonly forcedUncommitted: Set<string>;
  /** Data commits this run made. */
  commits = 0;

  constructor(
    private readonly store: DataStore,
    private readonly repo: RepoBackend,
    private readonly target: WriteTarget,
    start: { state: BranchState; index: ReadonlyMap<string, StatsRecord> },
    private readonly policy: CheckpointPolicy,
    private readonly control: RunControl,
    private readonly log: PipelineLog,
  ) {
    this.initial = start.index;
    this.forcedUncommitted = new Set(target.forced.map(nameKey));
    this.projects = projectPathsOf(target.inputFiles);
    this.head = { tip: start.state.tip, data: start.state.data, records: this.initial, projects: null, holdsInput: false };
  }

  /**
   * Takes one datum's record. While a checkpoint commits, every worker that brings a record waits
   * for it (the one that made it due included), so that a killed run loses at most the policy's
   * datums and those in flight: `checkpointDatums + concurrency`.
   */
  async add(record: StatsRecord, computed: boolean): Promise<void> {
    const key = nameKey(record.repo);
    this.results.set(key, record);
    if (computed) this.computedKeys.add(key);
    this.sinceCommit++;
    if (this.checkpointing) return this.queue;
    const due = this.sinceCommit >= this.policy.datums || Date.now() - this.lastCommitAt >= this.policy.intervalMs;
    if (due && !this.control.stopped && this.policy.affordable()) return this.checkpoint();
  }

  isDone(name: string): boolean {
    return this.doneElsewhere.has(nameKey(name));
  }

  /** Commits what is finished now; a failed checkpoint is only reported (the run's end commits again). */
  private checkpoint(): Promise<void> {
    this.checkpointing = true;
    this.lastCommitAt = Date.now();
    this.queue = this.commit('checkpoint')
      .then(() => undefined)
      .catch((error: unknown) => this.log.warning(`checkpoint commit failed (the run goes on; its end commits again): ${errorMessage(error)}`))
      .finally(() => {
        this.checkpointing = false;
      });
    return this.queue;
  }

  /** The final commit, after any checkpoint under way. */
  async finish(): Promise<WriterOutcome> {
    await this.queue;
    const committed = await this.commit('final');
    if (this.supersededBy) return { kind: 'superseded', head: this.supersededBy };
    const records = committed ?? recordsFor(this.target.names, this.sources(this.head));
    return { kind: 'written', commit: this.head.data!, records };
  }

  /** Where this run's commit takes each record from, on top of `head`. */
  private sources(head: KnownHead): RecordSource[] {
    const sameInput = head.data?.inputCommit === this.target.inputCommit;
    return [(key) => this.results.get(key), sameInput ? finishedIn(head.records) : withStatsIn(head.records), withStatsIn(this.initial)];
  }

  /** Commits on top of the branch as this run knows it; resolves to the records committed, or null when there was nothing new. */
  private async commit(kind: 'checkpoint' | 'final'): Promise<StatsRecord[] | null> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      if (this.supersededBy) return null;
      const head = this.head;
      const records = recordsFor(this.target.names, this.sources(head));
      const counted = this.sinceCommit;
      // Nothing new on the branch's own data: no commit, but for a refresh or a forced re-run, whose check is worth a record.
      const asked = this.target.mode === 'refresh' || this.target.forced.length > 0;
      const recordsTheCheck = kind === 'final' && asked && this.commits === 0;
      if (head.data?.inputCommit === this.target.inputCommit && this.holds(head, records) && !recordsTheCheck) {
        this.sinceCommit -= counted;
        return null;
      }
      const facts = this.factsOf(this.target.inputCommit, records, head.records, this.target.invalid);
      // Input files the tip holds already are not sent again (on GitHub, a blob request saved a commit).
      const inputFiles = head.holdsInput ? null : this.target.inputFiles;
      const written = await this.store.write(head.tip, { inputFiles, records }, facts, head.holdsInput ? this.projects : head.projects);
      if (!('conflict' in written)) {
        // After the final commit no other is made on top: its records need no index.
        const index = kind === 'final' ? new Map<string, StatsRecord>() : byKey(records);
        this.head = { tip: written.sha, data: { sha: written.sha, ...facts }, records: index, projects: this.projects, holdsInput: true };
        this.sinceCommit -= counted;
        this.commits++;
        for (const key of this.computedKeys) this.forcedUncommitted.delete(key);
        const pending = facts.counts.pending > 0 ? `, ${facts.counts.pending} pending` : '';
        this.log.info(
          `${kind === 'checkpoint' ? 'checkpoint: ' : ''}committed ${written.sha} to ${this.store.branch} (${facts.counts.processed} computed${pending})`,
        );
        return records;
      }
      this.log.info(`${this.store.branch} moved while this run worked (attempt ${attempt}): re-reading it`);
      await this.pauseAfterConflict(attempt);
      await this.reread();
    }
    throw new Error(`${this.store.branch} kept moving under this run: gave up after ${MAX_ATTEMPTS} attempts`);
  }

  private async pauseAfterConflict(attempt: number): Promise<void> {
    if (this.control.signal.aborted) return;
    const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 10));
    await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
  }

  /** Whether the branch's tip is a data commit of this run's input, with no hand-made commit on top. */
  private holdsInput(state: BranchState): boolean {
    return state.data !== null && state.data.sha === state.tip && state.data.inputCommit === this.target.inputCommit;
  }

  /** Whether `head` already holds exactly `records` (nothing to commit). */
  private holds(head: KnownHead, records: StatsRecord[]): boolean {
    return records.length === head.records.size && records.every((record) => sameRecord(record, head.records.get(nameKey(record.repo))));
  }

  /** Reads the branch again after a lost race; hands over to a newer input if one took it. */
  private async reread(): Promise<void> {
    const state = await this.store.state();
    const records = state.tip ? await this.store.records(state.tip) : [];
    const head: KnownHead = { tip: state.tip, data: state.data, records: byKey(records), projects: null, holdsInput: this.holdsInput(state) };
    const data = state.data;
    if (data && data.inputCommit !== this.target.inputCommit && (await isNewerInput(this.repo, data.inputCommit, this.target.inputCommit))) {
      this.log.info(`${this.store.branch} now holds a newer input (${data.inputCommit.slice(0, 7)}): handing over what this run computed, then stopping`);
      this.control.stop('superseded');
      await this.handOver(head);
      return;
    }
    if (data?.inputCommit === this.target.inputCommit) {
      for (const [key, record] of head.records) {
        if (!record.pending && !this.results.has(key) && !sameRecord(record, this.initial.get(key))) this.doneElsewhere.add(key);
      }
    }
    this.head = head;
  }

  /**
   * Fills in a newer input's pending and failed datums with what this run computed (a refresh's
   * newer numbers replace any), in commits of that input, until one lands or nothing is of use.
   */
  private async handOver(start: KnownHead): Promise<void> {
    let head = start;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const data = head.data!;
      const names = [...head.records.values()].map((record) => ({ name: record.repo }));
      const mine: RecordSource = (key) => {
        const theirs = head.records.get(key);
        const useful = this.computedKeys.has(key) && (this.target.mode === 'refresh' || !theirs || !hasStats(theirs));
        return useful ? this.results.get(key) : undefined;
      };
      const records = recordsFor(names, [mine, finishedIn(head.records)]);
      if (this.holds(head, records)) break;
      const facts = this.factsOf(data.inputCommit, records, head.records, data.counts.invalid);
      const written = await this.store.write(head.tip, { inputFiles: null, records }, facts);
      if (!('conflict' in written)) {
        this.log.info(`handed ${facts.counts.processed} datums over to ${data.inputCommit.slice(0, 7)}: committed ${written.sha} to ${this.store.branch}`);
        this.supersededBy = { sha: written.sha, ...facts };
        this.commits++;
        return;
      }
      const state = await this.store.state();
      if (!state.data || !state.tip) break;
      head = { tip: state.tip, data: state.data, records: byKey(await this.store.records(state.tip)), projects: null, holdsInput: false };
    }
    this.supersededBy = head.data;
  }

  /** A commit's facts: what it computed against its parent, what it carried, what is still to do. */
  private factsOf(inputCommit: string, records: StatsRecord[], parent: ReadonlyMap<string, StatsRecord>, invalid: number): DataCommitFacts {
    const counts = { ...tallyRecords(records), processed: 0, reused: 0, outdated: 0, invalid };
    let engineChanged = 0;
    for (let i = 0; i < records.length; i++) {
      const record = records[i]!;
      if (isOutdated(record)) counts.outdated++;
      if (record.pending || this.computedKeys.size === 0) continue;
      const key = nameKey(record.repo);
      // Computed here and new to the parent; a forced datum counts even when its numbers held.
      const computed = this.computedKeys.has(key) && this.results.get(key);
      if (computed && (this.forcedUncommitted.has(key) || !sameRecord(record, parent.get(key)))) {
        counts.processed++;
        const was = parent.get(key);
        if (was && changedByEngine(was, record)) engineChanged++;
      }
    }
    counts.reused = records.length - counts.processed - counts.pending;
    const renamed = renamesOf(records);
    const stopped = this.control.stopReason;
    const { shard } = this.target;
    return {
      inputCommit,
      mode: this.target.mode,
      counts,
      tuskVersion: TUSK_VERSION,
      engine: ENGINE_VERSION,
      ...(counts.pending > 0 && stopped && stopped !== 'superseded' ? { stopped } : {}),
      ...(shard.count > 1 ? { shard: formatShard(shard) } : {}),
      ...(this.target.forced.length > 0 ? { forced: this.target.forced } : {}),
      ...(engineChanged > 0 ? { engineChanged } : {}),
      ...(renamed.length > 0 ? { renamed } : {}),
    };
  }
}
