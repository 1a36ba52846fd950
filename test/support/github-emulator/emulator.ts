import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Permission } from './auth.js';
import type { CutOff, CutOffSpec } from './cut-offs.js';
import { commitFiles, type CommitOptions, type FileChanges } from './direct-commits.js';
import type { Fault } from './faults.js';
import { openPullRequest, updatePullRequest, type PullRequestInfo, type PullRequestSpec } from './pull-requests.js';
import type { QuotaOptions, QuotaState, RefusalCounts } from './rate-limit.js';
import { RepoStore } from './repos.js';
import type { LoggedRequest } from './request-log.js';
import { allRoutes } from './routes/index.js';
import { EmulatorServer } from './server.js';
import { commentShape, type IssueCommentView } from './shapes.js';
import type { TokenIdentity } from './token-identities.js';

export interface EmulatorOptions {
  /** Token → permission. Default: `{ 'test-token': 'write' }`. */
  tokens?: Record<string, Permission>;
  /** The primary quota: default 5000 requests a token and 60 without one, an hour. */
  quota?: QuotaOptions;
  /** Token → who it acts as. Default: GITHUB_TOKEN's `github-actions[bot]`. */
  identities?: Record<string, TokenIdentity>;
}

interface Running {
  root: string;
  store: RepoStore;
  server: EmulatorServer;
  url: string;
}

/**
 * GitHub's REST API on 127.0.0.1, backed by real bare git repositories, for the test suite.
 * Tests drive it over HTTP with Octokit and arrange its state in-process with the methods below.
 */
export class GitHubEmulator {
  private readonly tokens: Map<string, Permission>;
  private readonly quotaOptions?: QuotaOptions;
  private readonly identities: Map<string, TokenIdentity>;
  private running?: Running;

  constructor(options: EmulatorOptions = {}) {
    this.tokens = new Map(Object.entries(options.tokens ?? { 'test-token': 'write' }));
    this.quotaOptions = options.quota;
    this.identities = new Map(Object.entries(options.identities ?? {}));
  }

  static async start(options?: EmulatorOptions): Promise<GitHubEmulator> {
    return new GitHubEmulator(options).listen();
  }

  async listen(): Promise<this> {
    const root = await realpath(await mkdtemp(join(tmpdir(), 'tusk-github-emulator-')));
    const store = await RepoStore.open(root);
    const server = new EmulatorServer(allRoutes, store, this.tokens, this.identities, this.quotaOptions);
    this.running = { root, store, server, url: await server.listen() };
    return this;
  }

  /** Stops listening (cutting responses still open) and deletes every repository. */
  async close(): Promise<void> {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    await running.server.close();
    running.store.close();
    await rm(running.root, { recursive: true, force: true });
  }

  private get state(): Running {
    if (!this.running) throw new Error('the GitHub emulator is not running: call listen() or GitHubEmulator.start()');
    return this.running;
  }

  /** The API root, e.g. http://127.0.0.1:40123: Octokit's baseUrl. */
  get url(): string {
    return this.state.url;
  }

  /** The website's root (github.com's part: source-archive URLs), the same as `url`. */
  get serverUrl(): string {
    return this.state.url;
  }

  // --- repositories and their content

  /** A private repository is visible to the emulator's tokens only, and to no archive URL. */
  async createRepo(owner: string, repo: string, options: { defaultBranch?: string; private?: boolean } = {}): Promise<void> {
    await this.state.store.create(owner, repo, options.defaultBranch ?? 'main', options.private ?? false);
  }

  /**
   * Many read-only repositories `owner/name` with the history of `owner/source` (which must exist),
   * made at once: a long list of repositories for a test, without a git repository each.
   */
  copyRepo(owner: string, source: string, names: readonly string[]): void {
    const { store } = this.state;
    const origin = store.get(owner, source);
    for (const name of names) store.alias(origin, owner, name);
  }

  /** Renames (and with `newOwner`, transfers) it: requests to the old name then redirect, as on GitHub. */
  renameRepo(owner: string, repo: string, newName: string, newOwner?: string): void {
    const { store } = this.state;
    store.rename(store.get(owner, repo), newOwner ?? owner, newName);
  }

  /** Gone: 404 under its name, its old names and its id. */
  async deleteRepo(owner: string, repo: string): Promise<void> {
    const { store } = this.state;
    await store.delete(store.get(owner, repo));
  }

  /** A repository of `newOwner` with the same name and the same history. */
  async forkRepo(owner: string, repo: string, newOwner: string): Promise<void> {
    const { store } = this.state;
    await store.fork(store.get(owner, repo), newOwner);
  }

  /** The bare repository's path, for running git in tests. */
  repoDir(owner: string, repo: string): string {
    return this.state.store.get(owner, repo).git.dir;
  }

  /**
   * Commits `files` (null deletes) on top of `branch`, as a push would; returns the sha. A missing
   * branch is created, as an orphan unless `options.from` names where it starts.
   */
  async commitFiles(owner: string, repo: string, branch: string, files: FileChanges, message: string, options: CommitOptions = {}): Promise<string> {
    const { store } = this.state;
    return commitFiles(store.get(owner, repo), branch, files, message, options);
  }

  /** Serve these bytes as every tarball of the repository (a corrupt or huge archive); null restores git's. */
  setArchive(owner: string, repo: string, bytes: Buffer | Uint8Array | null): void {
    this.state.store.get(owner, repo).archiveOverride = bytes === null ? null : Buffer.from(bytes);
  }

  // --- pull requests and comments

  createPullRequest(spec: PullRequestSpec): Promise<PullRequestInfo> {
    return openPullRequest(this.state.store, spec);
  }

  /** Re-reads the head and base branches (after commitFiles moved them) and recomputes the merge. */
  updatePullRequest(owner: string, repo: string, number: number): Promise<PullRequestInfo> {
    return updatePullRequest(this.state.store, owner, repo, number);
  }

  /** The comments of an issue or pull request, oldest first, as the API shows them. */
  comments(owner: string, repo: string, number: number): IssueCommentView[] {
    const { store, url } = this.state;
    const target = store.get(owner, repo);
    return target.comments.filter((comment) => comment.issueNumber === number).map((comment) => commentShape(url, target, comment));
  }

  // --- the primary quota

  /** This token's limit per window, instead of the quota's `limit`. */
  setTokenLimit(token: string, limit: number): void {
    this.state.server.quota.setLimit(token, limit);
  }

  /** Starts a new window for every token now, so that tests never wait for the clock. */
  resetQuota(): void {
    this.state.server.quota.reset();
  }

  /** Where a token (null: anonymous requests) stands in its window. */
  quota(token: string | null): QuotaState {
    return this.state.server.quota.state(token);
  }

  /** Requests refused because their quota was spent: in all, by token, and without one. */
  get primaryLimitRefusals(): RefusalCounts {
    return this.state.server.quota.refusalCounts();
  }

  // --- faults, cut-offs, latency and the request log

  inject(fault: Fault): void {
    this.state.server.faults.add(fault);
  }

  clearFaults(): void {
    this.state.server.faults.clear();
  }

  /**
   * When the `after`-th matching request arrives, sends `signal` to process `pid`, then answers
   * the request as usual, as work in flight goes on when a runner cancels a job. The returned
   * record tells when it fired.
   */
  cutOff(spec: CutOffSpec): CutOff {
    return this.state.server.cutOffs.add(spec);
  }

  /** Every cut-off armed so far, fired or not. */
  get cutOffs(): readonly CutOff[] {
    return this.state.server.cutOffs.all;
  }

  /** Every request waits this long before it is answered. */
  setLatency(ms: number): void {
    this.state.server.latencyMs = ms;
  }

  get requests(): LoggedRequest[] {
    return this.state.server.log.entries;
  }

  count(method: string, path: RegExp): number {
    return this.state.server.log.count(method, path);
  }

  /** The requests that arrived from `from` to `to` (Date.now() values, e.g. a cut-off's firedAt), both included. */
  requestsBetween(from: number, to: number): LoggedRequest[] {
    return this.state.server.log.between(from, to);
  }

  resetLog(): void {
    this.state.server.log.reset();
  }
}
