import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_TARBALL_BYTES,
  DataStore,
  GitHubBackend,
  GitHubSources,
  createGitHubClient,
  runCommitPipeline
} from "./chunk-SIJA2ZBU.js";
import {
  LocalGitBackend,
  WorkTree,
  appendNames,
  checkNames,
  localSourceRecord
} from "./chunk-5HH5TNBY.js";
import {
  DEFAULT_DATA_BRANCH,
  NotFoundError,
  SourceError,
  dataBranchFor,
  diffData,
  errorMessage,
  failureRecord,
  parseInputFiles
} from "./chunk-A7IO7WN2.js";

// src/sources/local-sources.ts
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
async function exists(path) {
  return stat(path).then(
    () => true,
    () => false
  );
}
async function findEntry(dir, name) {
  if (await exists(join(dir, name))) return join(dir, name);
  const entries = await readdir(dir).catch(() => []);
  const match = entries.find((entry) => entry.toLowerCase() === name.toLowerCase());
  return match ? join(dir, match) : null;
}
var LocalSources = class _LocalSources {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /** Sources from `dir`, which must be a folder: a mistyped path would fail every datum and commit that. */
  static async open(dir) {
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) throw new SourceError(`${dir}: no such folder of sources`);
    return new _LocalSources(dir);
  }
  async compute(repo) {
    const path = await this.locate(repo);
    if (!path) return failureRecord(repo, null, `no source for ${repo} in ${this.dir} (looked for ${repo} and ${repo}.tar.gz)`);
    try {
      return await localSourceRecord({ repo, path });
    } catch (error) {
      return failureRecord(repo, null, errorMessage(error));
    }
  }
  /** Local sources have no upstream head to compare with: a refresh recomputes them. */
  async headMoved() {
    return true;
  }
  async locate(repo) {
    const [owner, name] = repo.split("/");
    const ownerDir = await findEntry(this.dir, owner);
    if (!ownerDir) return null;
    return await findEntry(ownerDir, `${name}.tar.gz`) ?? await findEntry(ownerDir, name);
  }
};

// src/client/tusk-client.ts
var quietLog = { info: () => {
}, warning: () => {
}, group: (_name, fn) => fn() };
var TuskClient = class _TuskClient {
  constructor(backend, options, connection, workTree, octokit) {
    this.backend = backend;
    this.options = options;
    this.connection = connection;
    this.workTree = workTree;
    this.octokit = octokit;
  }
  backend;
  options;
  connection;
  workTree;
  octokit;
  /** A client for the git repository at `path`. */
  static local(path, options = {}) {
    return new _TuskClient(new LocalGitBackend(path), options, options, new WorkTree(path), null);
  }
  /** A client for `owner/repo` on GitHub. */
  static github(fullName, options = {}) {
    const [owner, repo, ...rest] = fullName.split("/");
    if (!owner || !repo || rest.length > 0) throw new Error(`"${fullName}" is not owner/repo`);
    const octokit = _TuskClient.octokitFor(options, options.log ?? quietLog);
    return new _TuskClient(new GitHubBackend(octokit, owner, repo), options, options, null, octokit);
  }
  static octokitFor(connection, log) {
    return createGitHubClient({
      token: connection.token ?? "",
      baseUrl: connection.baseUrl ?? "https://api.github.com",
      warn: (message) => log.warning(message)
    });
  }
  get log() {
    return this.options.log ?? quietLog;
  }
  get inputPatterns() {
    return this.options.input ?? ["projects.txt"];
  }
  /** The source branch commands act on. */
  async branch() {
    return this.options.branch ?? await this.backend.defaultBranch();
  }
  /** The data branch of the source branch. */
  async store() {
    return this.storeFor(await this.branch());
  }
  storeFor(branch) {
    return new DataStore(this.backend, dataBranchFor(this.options.dataBranch ?? DEFAULT_DATA_BRANCH, branch));
  }
  /** Adds names to the input file on the source branch: one commit, or one a name with `each`. */
  async put(names, options = {}) {
    const file = options.file ?? "projects.txt";
    const wanted = checkNames(names);
    const checkedOut = this.workTree ? await this.backend.defaultBranch().catch(() => null) : null;
    const branch = this.options.branch ?? checkedOut ?? await this.branch();
    const workTree = this.workTree && checkedOut === branch ? this.workTree : null;
    if (workTree && (await workTree.changedPaths([file])).length > 0) {
      throw new Error(`${file} has uncommitted changes: commit or stash them before put`);
    }
    let head = await this.backend.branchHead(branch);
    if (!head) throw new NotFoundError(`no branch "${branch}" in ${this.backend.description}`);
    let current = await this.backend.readFile(head, file) ?? "";
    const result = { commits: [], added: [] };
    for (const batch of options.each ? wanted.map((name) => [name]) : [wanted]) {
      const { content, added } = appendNames(file, current, batch);
      if (added.length === 0) continue;
      const message = added.length === 1 ? `tusk put: add ${added[0]}
` : `tusk put: add ${added.length} repositories

${added.join("\n")}
`;
      const written = await this.backend.commitFiles(branch, head, [{ path: file, content }], message);
      if ("conflict" in written) throw new Error(`${branch} moved while putting names: run put again`);
      head = written.sha;
      current = content;
      result.commits.push(written.sha);
      result.added.push(...added);
    }
    if (workTree && result.commits.length > 0) await workTree.checkoutFromHead([file]);
    return result;
  }
  /** Runs the pipeline (the Action's `commit` mode) on the source branch's head. */
  async run(options = {}) {
    const branch = await this.branch();
    const sourceCommit = await this.backend.branchHead(branch);
    if (!sourceCommit) throw new NotFoundError(`no branch "${branch}" in ${this.backend.description}`);
    const store = this.storeFor(branch);
    const sources = await this.sources(options.sources);
    await this.warnAboutWorkTree();
    return runCommitPipeline(
      this.backend,
      store,
      sources,
      { sourceCommit, input: this.inputPatterns, refresh: false, concurrency: options.concurrency ?? 8 },
      this.log
    );
  }
  /** The data commits, newest first. */
  async history(limit) {
    return (await this.store()).log(limit);
  }
  /** The data commit `at` names (default: the data branch's head), or made from `inputCommit`. */
  async dataCommit(at = {}) {
    return this.dataCommitIn(await this.store(), at);
  }
  async dataCommitIn(store, at) {
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
  async get(path, at = {}) {
    const store = await this.store();
    const commit = await this.dataCommitIn(store, at);
    const text = await store.readFile(commit.sha, path);
    if (text === null) throw new NotFoundError(`no file "${path}" at data commit ${commit.sha.slice(0, 7)} (try stats/results, stats/records.jsonl, or projects/...)`);
    return text;
  }
  /** The records at a data commit. */
  async records(at = {}) {
    const store = await this.store();
    return store.records((await this.dataCommitIn(store, at)).sha);
  }
  /** The data diff between two data commits, as the bot shows it. */
  async diff(a, b) {
    const store = await this.store();
    const [from, to] = await Promise.all([store.dataCommit(a), store.dataCommit(b)]);
    const [before, after, inputFiles] = await Promise.all([store.records(from.sha), store.records(to.sha), store.inputFiles(to.sha)]);
    return { diff: diffData({ records: before, invalid: [] }, { records: after, invalid: parseInputFiles(inputFiles).invalid }), from, to };
  }
  async sources(dir) {
    if (dir) return LocalSources.open(dir);
    const octokit = this.octokit ?? _TuskClient.octokitFor(this.connection, this.log);
    return new GitHubSources(octokit, DEFAULT_MAX_TARBALL_BYTES);
  }
  /** `run` reads the committed input: say so when the checked-out files differ from it. */
  async warnAboutWorkTree() {
    if (!this.workTree) return;
    const changed = await this.workTree.changedPaths(this.inputPatterns);
    for (const path of changed) this.log.warning(`${path} has uncommitted changes: the pipeline reads the committed version at HEAD`);
  }
};

export {
  TuskClient
};
