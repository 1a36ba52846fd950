import { DEFAULTS } from '../defaults.js';
import { diffData, type DataDiff } from '../diff/model.js';
import { parseInputFiles } from '../names/input-file.js';
import { runCommitPipeline, type CommitPipelineResult } from '../pipeline/commit-pipeline.js';
import type { PipelineLog } from '../pipeline/pipeline-log.js';
import { forcedNames, NONE_FORCED } from '../pipeline/plan.js';
import { RunControl } from '../pipeline/run-control.js';
import type { QuotaState } from '../github/api-quota.js';
import { shortWaitsOnly } from '../github/octokit.js';
import { connectGitHub, type GitHubAccess } from '../runtime/github-connection.js';
import { commitPipelineSettings, defaultRunLimits, type RunLimits } from '../settings/run-limits.js';
import { LocalSources } from '../sources/local-sources.js';
import type { SourceProvider } from '../sources/source-provider.js';
import type { StatsRecord } from '../stats/record.js';
import { DataStore, type DataCommit, type LogEntry } from '../store/data-store.js';
import { LocalGitBackend } from '../store/local-git-backend.js';
import { NotFoundError, type RepoBackend } from '../store/repo-backend.js';
import { WorkTree } from '../store/work-tree.js';
import { appendNames, checkNames, InvalidNameError } from './put-names.js';
import { nameKey } from '../names/repo-name.js';
import type { ExportRow } from '../views/table-rows.js';
import { dataCommitsOf, dataVersionsOf, type DataVersion } from './data-versions.js';
import { exportVersions, type ExportFormat, type ExportSummary } from './export-file.js';

export interface TuskClientOptions {
  /** The source branch (default: the checked-out branch locally, the default branch on GitHub). */
  branch?: string;
  /** The data branch; `{branch}` stands for the source branch. */
  dataBranch?: string;
  /** Paths or globs of the input files. */
  input?: string[];
  log?: PipelineLog;
}

export interface GitHubConnection {
  token?: string;
  /** The REST API's root (default https://api.github.com). */
  baseUrl?: string;
  /** The web root, for source archives (default https://github.com). */
  serverUrl?: string;
  /** A request with no response, or a download with no data, for this long is given up. */
  requestTimeoutMs?: number;
}

export interface PutResult {
  /** The commits made on the source branch: one, one a name (`each`), or none when nothing was new. */
  commits: string[];
  added: string[];
}

export interface RunOptions extends Partial<Omit<RunLimits, 'requestTimeoutMs'>> {
  /** A folder of `owner/repo` directories or `owner/repo.tar.gz` tarballs; default: GitHub. */
  sources?: string;
  /** Aborting it stops the run: it commits what it finished, and leaves the rest pending. */
  signal?: AbortSignal;
  /** Datums to compute again although they could be reused: names, or every one. */
  force?: string[] | 'all';
}

const quietLog: PipelineLog = { info: () => {}, warning: () => {}, group: (_name, fn) => fn() };

/** `options` without its undefined values, so that they do not override defaults. */
function defined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** A run's result, and the API quota as the run left it (null: it used no API), which says when a quota stop ends. */
export type ClientRunResult = CommitPipelineResult & { quota: QuotaState | null };

/**
 * Tusk's client, like Pachyderm's: put names, run the pipeline, read data at any version, follow
 * provenance and diff versions, on GitHub or on a local git repository, with the same rules.
 */
export class TuskClient {
  private access: GitHubAccess | null = null;
  /** The run under way, whose budget and cancellation rule what the client may wait for. */
  private activeRun: RunControl | null = null;
  private sourceBranch: Promise<string> | null = null;
  readonly backend: RepoBackend;

  private constructor(
    private readonly options: TuskClientOptions,
    private readonly github: GitHubConnection,
    private readonly workTree: WorkTree | null,
    backendOf: (connection: () => GitHubAccess) => RepoBackend,
  ) {
    this.backend = backendOf(() => this.connection());
  }

  /** A client for the git repository at `path`. */
  static local(path: string, options: TuskClientOptions & GitHubConnection = {}): TuskClient {
    return new TuskClient(options, options, new WorkTree(path), () => new LocalGitBackend(path));
  }

  /** A client for `owner/repo` on GitHub. */
  static github(fullName: string, options: TuskClientOptions & GitHubConnection = {}): TuskClient {
    const [owner, repo, ...rest] = fullName.split('/');
    if (!owner || !repo || rest.length > 0) throw new Error(`"${fullName}" is not owner/repo`);
    return new TuskClient(options, options, null, (connection) => connection().backend(owner, repo));
  }

  private connection(): GitHubAccess {
    this.access ??= connectGitHub({
      token: this.github.token ?? '',
      apiUrl: this.github.baseUrl ?? DEFAULTS.apiUrl,
      serverUrl: this.github.serverUrl ?? DEFAULTS.serverUrl,
      requestTimeoutMs: this.github.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
      mayWait: (ms) => this.activeRun?.mayWait(ms) ?? shortWaitsOnly(ms),
      warn: (message) => this.log.warning(message),
    });
    return this.access;
  }

  private get log(): PipelineLog {
    return this.options.log ?? quietLog;
  }

  private get inputPatterns(): string[] {
    return this.options.input ?? [...DEFAULTS.input];
  }

  /** The source branch commands act on. */
  async branch(): Promise<string> {
    // Asked once: a command that opens the data branch twice must not ask GitHub twice.
    this.sourceBranch ??= this.options.branch !== undefined ? Promise.resolve(this.options.branch) : this.backend.defaultBranch();
    return this.sourceBranch;
  }

  /** The data branch of the source branch. */
  async store(): Promise<DataStore> {
    return this.storeFor(await this.branch());
  }

  private storeFor(branch: string): DataStore {
    const template = this.options.dataBranch ?? DEFAULTS.dataBranch;
    return DataStore.forSourceBranch(this.backend, template, branch, this.github.serverUrl ?? DEFAULTS.serverUrl, (message) => this.log.warning(message));
  }

  /** Adds names to the input file on the source branch: one commit, or one a name with `each`. */
  async put(names: string[], options: { file?: string; each?: boolean } = {}): Promise<PutResult> {
    const file = options.file ?? DEFAULTS.input[0];
    const wanted = checkNames(names);
    // Only a work tree has a checked-out branch to keep in step; without one, no need to ask.
    const workTree = (await this.workTree?.exists()) ? this.workTree : null;
    const checkedOut = workTree ? await this.backend.defaultBranch().catch(() => null) : null;
    const branch = this.options.branch ?? checkedOut ?? (await this.branch());
    // A commit to the checked-out branch must leave the work tree's copy in step with it.
    const syncedTree = workTree && checkedOut === branch ? workTree : null;
    if (syncedTree && (await syncedTree.changedPaths([file])).length > 0) {
      throw new Error(`${file} has uncommitted changes: commit or stash them before put`);
    }
    let head = await this.backend.branchHead(branch);
    if (!head) throw new NotFoundError(`no branch "${branch}" in ${this.backend.description}`);
    let current = (await this.backend.readFile(head, file)) ?? '';
    const result: PutResult = { commits: [], added: [] };
    for (const batch of options.each ? wanted.map((name) => [name]) : [wanted]) {
      const { content, added } = appendNames(file, current, batch);
      if (added.length === 0) continue;
      const message = added.length === 1 ? `tusk put: add ${added[0]}\n` : `tusk put: add ${added.length} repositories\n\n${added.join('\n')}\n`;
      const written = await this.backend.commitFiles(branch, head, [{ path: file, content }], message);
      if ('conflict' in written) throw new Error(`${branch} moved while putting names: run put again`);
      // The next commit goes on top of this one: nothing to read again.
      head = written.sha;
      current = content;
      result.commits.push(written.sha);
      result.added.push(...added);
    }
    if (syncedTree && result.commits.length > 0) await syncedTree.checkoutFromHead([file]);
    return result;
  }

  /**
   * Runs the pipeline (the Action's `commit` mode) on the source branch's head. It commits its
   * progress as it goes; stopped early (its time budget, `signal`, the API quota), it commits what
   * it finished and leaves the rest pending for the next run.
   */
  async run(options: RunOptions = {}): Promise<ClientRunResult> {
    const { sources: sourceDir, signal, force: forceOption, ...given } = options;
    const force = forceOption === undefined ? NONE_FORCED : forcedNames(forceOption);
    if ('invalid' in force) throw new InvalidNameError(`"${force.invalid}" is not a GitHub repository name (owner/repo)`);
    const limits: RunLimits = { ...defaultRunLimits(null), ...defined(given) };
    const branch = await this.branch();
    const sourceCommit = await this.backend.branchHead(branch);
    if (!sourceCommit) throw new NotFoundError(`no branch "${branch}" in ${this.backend.description}`);
    const store = this.storeFor(branch);
    const control = new RunControl(limits.timeBudgetMs);
    const cancel = (): void => control.stop('cancel');
    if (signal?.aborted) cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    this.activeRun = control;
    try {
      const sources = await this.sources(sourceDir, given.download, limits);
      await this.warnAboutWorkTree();
      const quota = sourceDir && this.backend.kind === 'local' ? null : this.connection().quota;
      const settings = commitPipelineSettings(limits, { sourceCommit, input: this.inputPatterns, refresh: false, force });
      const result = await runCommitPipeline(this.backend, store, sources, settings, { control, quota, log: this.log });
      return { ...result, quota: quota?.state ?? null };
    } finally {
      signal?.removeEventListener('abort', cancel);
      this.activeRun = null;
      control.dispose();
    }
  }

  /** The data commits, newest first. */
  async history(limit?: number): Promise<DataCommit[]> {
    return (await this.logEntries(limit)).filter((entry): entry is DataCommit => !('foreign' in entry));
  }

  /** The data branch's commits, newest first: data commits, and any commit Tusk did not make. */
  async logEntries(limit?: number): Promise<LogEntry[]> {
    return (await this.store()).log(limit);
  }

  /** The data commit `at` names (default: the data branch's head), or made from `inputCommit`. */
  async dataCommit(at: { at?: string; inputCommit?: string } = {}): Promise<DataCommit> {
    return this.dataCommitIn(await this.store(), at);
  }

  private async dataCommitIn(store: DataStore, at: { at?: string; inputCommit?: string }): Promise<DataCommit> {
    if (at.inputCommit) {
      const input = await this.backend.resolveCommit(at.inputCommit);
      const found = await store.findByInputCommit(input);
      if (!found) throw new NotFoundError(`no data commit on ${store.branch} was made from ${input.slice(0, 7)}: run the pipeline at that commit first`);
      return found;
    }
    if (at.at) return store.dataCommit(at.at);
    const head = await store.head();
    if (!head) throw new NotFoundError(`${store.branch} has no data yet: run the pipeline first`);
    return head;
  }

  /** A data file's text at a data commit. */
  async get(path: string, at: { at?: string; inputCommit?: string } = {}): Promise<string> {
    const store = await this.store();
    const commit = await this.dataCommitIn(store, at);
    const text = await store.readFile(commit.sha, path);
    if (text === null)
      throw new NotFoundError(`no file "${path}" at data commit ${commit.sha.slice(0, 7)} (try stats/results, stats/records.jsonl, or projects/...)`);
    return text;
  }

  /** The records at a data commit. */
  async records(at: { at?: string; inputCommit?: string } = {}): Promise<StatsRecord[]> {
    const store = await this.store();
    return store.records((await this.dataCommitIn(store, at)).sha);
  }

  /** The data diff between two data commits, as the bot shows it. */
  async diff(a: string, b: string): Promise<{ diff: DataDiff; from: DataCommit; to: DataCommit }> {
    const store = await this.store();
    const [from, to] = await Promise.all([store.dataCommit(a), store.dataCommit(b)]);
    const [before, after, inputFiles] = await Promise.all([store.records(from.sha), store.records(to.sha), store.inputFiles(to.sha)]);
    return { diff: diffData({ records: before, invalid: [] }, { records: after, invalid: parseInputFiles(inputFiles).invalid }), from, to };
  }

  /** The data commits, newest first, read a page at a time however long the history is (at most `maxCount`). */
  async *dataCommits(options: { maxCount?: number } = {}): AsyncGenerator<DataCommit> {
    yield* dataCommitsOf(await this.store(), options.maxCount);
  }

  /** Each data commit with its records, newest first, read as they are consumed: a few data files are held at a time. */
  async *versions(options: { maxCount?: number } = {}): AsyncGenerator<DataVersion> {
    yield* dataVersionsOf(await this.store(), options.maxCount);
  }

  /** The records of `names` across data commits, newest first: each data commit's record of each name, where it has one. */
  async *repositoryHistory(names: string[], options: { maxCount?: number } = {}): AsyncGenerator<ExportRow> {
    const keys = [...new Set(checkNames(names).map(nameKey))];
    const wanted = new Set(keys);
    for await (const { commit, records } of this.versions(options)) {
      // Only the named records are indexed: a data commit may hold 100,000.
      const found = new Map<string, StatsRecord>();
      for (const record of records) {
        const key = nameKey(record.repo);
        if (wanted.has(key)) found.set(key, record);
      }
      for (const key of keys) {
        const record = found.get(key);
        if (record) yield { commit, record };
      }
    }
  }

  /** Every record of every data commit (or of the newest `maxCount`) into `file`, as one table: CSV, JSON lines or SQLite. */
  async export(file: string, format: ExportFormat, options: { maxCount?: number } = {}): Promise<ExportSummary> {
    return exportVersions(this.versions(options), file, format);
  }

  /** Offline sources from `dir`, or GitHub's: archive URLs without a token (no API quota to spend), else `auto`. */
  private async sources(dir: string | undefined, download: RunLimits['download'] | undefined, limits: RunLimits): Promise<SourceProvider> {
    if (dir) return LocalSources.open(dir, limits);
    return this.connection().sources(download ?? (this.github.token ? 'auto' : 'archive'), limits);
  }

  /** `run` reads the committed input: say so when the checked-out files differ from it. */
  private async warnAboutWorkTree(): Promise<void> {
    if (!(await this.workTree?.exists())) return;
    const changed = await this.workTree!.changedPaths(this.inputPatterns);
    for (const path of changed) this.log.warning(`${path} has uncommitted changes: the pipeline reads the committed version at HEAD`);
  }
}
