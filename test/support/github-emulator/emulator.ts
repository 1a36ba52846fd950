import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Permission } from './auth.js';
import { commitFiles, type CommitOptions, type FileChanges } from './direct-commits.js';
import type { Fault } from './faults.js';
import { openPullRequest, updatePullRequest, type PullRequestInfo, type PullRequestSpec } from './pull-requests.js';
import { RepoStore } from './repos.js';
import type { LoggedRequest } from './request-log.js';
import { allRoutes } from './routes/index.js';
import { EmulatorServer } from './server.js';
import { commentShape, type IssueCommentView } from './shapes.js';

export interface EmulatorOptions {
  /** Token → permission. Default: `{ 'test-token': 'write' }`. */
  tokens?: Record<string, Permission>;
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
  private running?: Running;

  constructor(options: EmulatorOptions = {}) {
    this.tokens = new Map(Object.entries(options.tokens ?? { 'test-token': 'write' }));
  }

  static async start(options?: EmulatorOptions): Promise<GitHubEmulator> {
    return new GitHubEmulator(options).listen();
  }

  async listen(): Promise<this> {
    const root = await realpath(await mkdtemp(join(tmpdir(), 'tusk-github-emulator-')));
    const store = await RepoStore.open(root);
    const server = new EmulatorServer(allRoutes, store, this.tokens);
    this.running = { root, store, server, url: await server.listen() };
    return this;
  }

  /** Stops listening and deletes every repository. */
  async close(): Promise<void> {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    await running.server.close();
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

  // --- repositories and their content

  async createRepo(owner: string, repo: string, options: { defaultBranch?: string } = {}): Promise<void> {
    await this.state.store.create(owner, repo, options.defaultBranch ?? 'main');
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
    return commitFiles(store.get(owner, repo), store.scratchDir, branch, files, message, options);
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

  // --- faults, latency and the request log

  inject(fault: Fault): void {
    this.state.server.faults.add(fault);
  }

  clearFaults(): void {
    this.state.server.faults.clear();
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

  resetLog(): void {
    this.state.server.log.reset();
  }
}
