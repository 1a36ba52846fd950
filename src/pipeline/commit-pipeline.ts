import type { InvalidLine } from '../names/input-file.js';
import type { StatsRecord } from '../stats/record.js';
import type { DataCommit, DataStore } from '../store/data-store.js';
import { NotFoundError, type RepoBackend } from '../store/repo-backend.js';
import { diffData, counts, type DataDiff } from '../diff/model.js';
import { computeInput } from './compute-input.js';
import type { PipelineLog } from './pipeline-log.js';
import { readInput, type Input } from './read-input.js';
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
export function runCounts(datums: { processed: number; reused: number; failed: number }, invalid: number, diff: DataDiff): RunCounts {
  return { processed: datums.processed, reused: datums.reused, failed: datums.failed, invalid, ...counts(diff) };
}

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

const MAX_ATTEMPTS = 10;

/** Input read once per source commit, so a retry reads nothing twice. */
class InputCache {
  private readonly inputs = new Map<string, Promise<Input>>();
  constructor(
    private readonly repo: RepoBackend,
    private readonly patterns: string[],
  ) {}

  get(commit: string): Promise<Input> {
    let input = this.inputs.get(commit);
    if (!input) {
      input = readInput(this.repo, commit, this.patterns);
      this.inputs.set(commit, input);
    }
    return input;
  }
}

/** Whether `head` holds data of an input newer than `commit` (history never goes back). */
async function headIsNewer(repo: RepoBackend, head: DataCommit, commit: string): Promise<boolean> {
  if (head.inputCommit === commit) return false;
  try {
    return await repo.isAncestor(commit, head.inputCommit);
  } catch (error) {
    // The head's input commit is gone from the source history: this run is newer. Any other
    // failure must not be taken for that, or the branch could move back to an older input.
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}

function noChange(outcome: 'already-processed' | 'superseded', head: DataCommit, invalid: InvalidLine[]): CommitPipelineResult {
  const zero = { processed: 0, reused: 0, failed: 0, added: 0, removed: 0, changed: 0 };
  return { outcome, dataCommit: head.sha, inputCommit: head.inputCommit, previous: head, records: [], invalid, counts: { ...zero, invalid: invalid.length }, diff: null };
}

/**
 * The `commit` and `refresh` modes (SPEC §3): one data commit on top of the branch's head, made
 * with a compare-and-swap; when another run moved the head first, re-plan against it and retry.
 */
export async function runCommitPipeline(
  repo: RepoBackend,
  store: DataStore,
  sources: SourceProvider,
  settings: CommitPipelineSettings,
  log: PipelineLog,
): Promise<CommitPipelineResult> {
  const inputs = new InputCache(repo, settings.input);
  const computed = new Map<string, StatsRecord>();
  const mode = settings.refresh ? 'refresh' : 'commit';

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const head = await store.head();
    let inputCommit = settings.sourceCommit;
    if (head && !settings.refresh && head.inputCommit === inputCommit) {
      log.info(`${store.branch} already holds data for ${inputCommit.slice(0, 7)} (${head.sha.slice(0, 7)}): nothing to do`);
      return noChange('already-processed', head, (await inputs.get(inputCommit)).parsed.invalid);
    }
    if (head && (await headIsNewer(repo, head, inputCommit))) {
      if (!settings.refresh) {
        log.info(`${store.branch} already holds data of a newer input (${head.inputCommit.slice(0, 7)}): this older input changes nothing`);
        return noChange('superseded', head, (await inputs.get(inputCommit)).parsed.invalid);
      }
      inputCommit = head.inputCommit; // a refresh never takes the input back
    }

    const input = await log.group(`Read input at ${inputCommit.slice(0, 7)}`, async () => {
      const value = await inputs.get(inputCommit);
      log.info(`${value.files.map((f) => f.path).join(', ')}: ${value.parsed.names.length} repositories, ${value.parsed.invalid.length} invalid lines`);
      return value;
    });
    const previous = head ? await store.records(head.sha) : [];
    const result = await computeInput(input, previous, sources, { concurrency: settings.concurrency, log, refresh: settings.refresh, computed });

    const diff = diffData({ records: previous, invalid: [] }, { records: result.records, invalid: input.parsed.invalid });
    const rows = result.records.length - result.failed;
    const facts = {
      inputCommit,
      mode,
      counts: { processed: result.processed, reused: result.reused, failed: result.failed, rows, invalid: input.parsed.invalid.length },
    };
    const written = await log.group(`Commit to ${store.branch}`, () => store.write(head, { inputFiles: input.files, records: result.records }, facts));
    if ('conflict' in written) {
      log.info(`${store.branch} moved while this run worked (attempt ${attempt}): re-reading it and trying again`);
      continue;
    }
    log.info(`committed ${written.sha} to ${store.branch}`);
    return {
      outcome: 'committed',
      dataCommit: written.sha,
      inputCommit,
      previous: head,
      records: result.records,
      invalid: input.parsed.invalid,
      counts: runCounts(result, input.parsed.invalid.length, diff),
      diff,
    };
  }
  throw new Error(`${store.branch} kept moving under this run: gave up after ${MAX_ATTEMPTS} attempts`);
}
