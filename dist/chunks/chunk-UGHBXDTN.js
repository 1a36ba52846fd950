import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  DataStore,
  NONE_FORCED,
  RunControl,
  connectGitHub,
  forcedNames,
  runCommitPipeline
} from "./chunk-TPOQYYXA.js";
import {
  InvalidNameError,
  LocalGitBackend,
  WorkTree,
  appendNames,
  checkNames,
  exportVersions,
  localSourceRecord
} from "./chunk-AGBWVIMD.js";
import {
  DEFAULTS,
  SourceError,
  commitPipelineSettings,
  defaultRunLimits,
  diffData,
  errorMessage,
  failureRecord,
  nameKey,
  parseInputFiles,
  shortWaitsOnly
} from "./chunk-7BIYXUPC.js";
import {
  NotFoundError
} from "./chunk-EFMK3WOT.js";

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
function abandonedOn(signal) {
  return new Promise((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}
var LocalSources = class _LocalSources {
  constructor(dir, limits) {
    this.dir = dir;
    this.limits = limits;
  }
  dir;
  limits;
  apiRequestsPerDatum = 0;
  /** Sources from `dir`, which must be a folder: a mistyped path would fail every datum and commit that. */
  static async open(dir, limits) {
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) throw new SourceError(`${dir}: no such folder of sources`);
    return new _LocalSources(dir, limits);
  }
  async compute(repo, options) {
    const path = await this.locate(repo);
    if (!path) return failureRecord(repo, null, `no source for ${repo} in ${this.dir} (looked for ${repo} and ${repo}.tar.gz)`);
    const record = localSourceRecord({ repo, path }, { maxInflatedBytes: this.limits.maxInflatedBytes }).catch(
      (error) => failureRecord(repo, null, errorMessage(error))
    );
    return Promise.race([record, abandonedOn(options.signal)]);
  }
  /** Local sources have no upstream head to compare with: a refresh recomputes them. */
  async headMoved() {
    return { moved: true, head: null };
  }
  async locate(repo) {
    const [owner, name] = repo.split("/");
    const ownerDir = await findEntry(this.dir, owner);
    if (!ownerDir) return null;
    return await findEntry(ownerDir, `${name}.tar.gz`) ?? await findEntry(ownerDir, name);
  }
};

// src/client/data-versions.ts
var READ_AHEAD = 4;
async function* dataCommitsOf(store, maxCount = Infinity) {
  if (maxCount <= 0) return;
  let left = maxCount;
  for await (const commit of store.dataCommits()) {
    yield commit;
    if (--left === 0) return;
  }
}
async function* readInOrder(items, ahead, read) {
  const window = [];
  try {
    for await (const item of items) {
      const result = read(item);
      result.catch(() => {
      });
      window.push(result);
      if (window.length >= ahead) yield await window.shift();
    }
    while (window.length > 0) yield await window.shift();
  } finally {
    await Promise.allSettled(window);
  }
}
function dataVersionsOf(store, maxCount = Infinity) {
  return readInOrder(dataCommitsOf(store, maxCount), READ_AHEAD, async (commit) => ({ commit, records: await store.records(commit.sha) }));
}

// src/client/tusk-client.ts
var quietLog = { info: () => {
}, warning: () => {
}, group: (_name, fn) => fn() };
function defined(options) {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== void 0));
}
var TuskClient = class _TuskClient {
  constructor(options, github, workTree, backendOf) {
    this.options = options;
    this.github = github;
    this.workTree = workTree;
    this.backend = backendOf(() => this.connection());
  }
  options;
  github;
  workTree;
  access = null;
  /** The run under way, whose budget and cancellation rule what the client may wait for. */
  activeRun = null;
  sourceBranch = null;
  backend;
  /** A client for the git repository at `path`. */
  static local(path, options = {}) {
    return new _TuskClient(options, options, new WorkTree(path), () => new LocalGitBackend(path));
  }
  /** A client for `owner/repo` on GitHub. */
  static github(fullName, options = {}) {
    const [owner, repo, ...rest] = fullName.split("/");
    if (!owner || !repo || rest.length > 0) throw new Error(`"${fullName}" is not owner/repo`);
    return new _TuskClient(options, options, null, (connection) => connection().backend(owner, repo));
  }
  connection() {
    this.access ??= connectGitHub({
      token: this.github.token ?? "",
      apiUrl: this.github.baseUrl ?? DEFAULTS.apiUrl,
      serverUrl: this.github.serverUrl ?? DEFAULTS.serverUrl,
      requestTimeoutMs: this.github.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
      mayWait: (ms) => this.activeRun?.mayWait(ms) ?? shortWaitsOnly(ms),
      warn: (message) => this.log.warning(message)
    });
    return this.access;
  }
  get log() {
    return this.options.log ?? quietLog;
  }
  get inputPatterns() {
    return this.options.input ?? [...DEFAULTS.input];
  }
  /** The source branch commands act on. */
  async branch() {
    this.sourceBranch ??= this.options.branch !== void 0 ? Promise.resolve(this.options.branch) : this.backend.defaultBranch();
    return this.sourceBranch;
  }
  /** The data branch of the source branch. */
  async store() {
    return this.storeFor(await this.branch());
  }
  storeFor(branch) {
    const template = this.options.dataBranch ?? DEFAULTS.dataBranch;
    return DataStore.forSourceBranch(this.backend, template, branch, this.github.serverUrl ?? DEFAULTS.serverUrl, (message) => this.log.warning(message));
  }
  /** Adds names to the input file on the source branch: one commit, or one a name with `each`. */
  async put(names, options = {}) {
    const file = options.file ?? DEFAULTS.input[0];
    const wanted = checkNames(names);
    const workTree = await this.workTree?.exists() ? this.workTree : null;
    const checkedOut = workTree ? await this.backend.defaultBranch().catch(() => null) : null;
    const branch = this.options.branch ?? checkedOut ?? await this.branch();
    const syncedTree = workTree && checkedOut === branch ? workTree : null;
    if (syncedTree && (await syncedTree.changedPaths([file])).length > 0) {
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
    if (syncedTree && result.commits.length > 0) await syncedTree.checkoutFromHead([file]);
    return result;
  }
  /**
   * Runs the pipeline (the Action's `commit` mode) on the source branch's head. It commits its
   * progress as it goes; stopped early (its time budget, `signal`, the API quota), it commits what
   * it finished and leaves the rest pending for the next run.
   */
  async run(options = {}) {
    const { sources: sourceDir, signal, force: forceOption, ...given } = options;
    const force = forceOption === void 0 ? NONE_FORCED : forcedNames(forceOption);
    if ("invalid" in force) throw new InvalidNameError(`"${force.invalid}" is not a GitHub repository name (owner/repo)`);
    const limits = { ...defaultRunLimits(null), ...defined(given) };
    const branch = await this.branch();
    const sourceCommit = await this.backend.branchHead(branch);
    if (!sourceCommit) throw new NotFoundError(`no branch "${branch}" in ${this.backend.description}`);
    const store = this.storeFor(branch);
    const control = new RunControl(limits.timeBudgetMs);
    const cancel = () => control.stop("cancel");
    if (signal?.aborted) cancel();
    signal?.addEventListener("abort", cancel, { once: true });
    this.activeRun = control;
    try {
      const sources = await this.sources(sourceDir, given.download, limits);
      await this.warnAboutWorkTree();
      const quota = sourceDir && this.backend.kind === "local" ? null : this.connection().quota;
      const settings = commitPipelineSettings(limits, { sourceCommit, input: this.inputPatterns, refresh: false, force });
      const result = await runCommitPipeline(this.backend, store, sources, settings, { control, quota, log: this.log });
      return { ...result, quota: quota?.state ?? null };
    } finally {
      signal?.removeEventListener("abort", cancel);
      this.activeRun = null;
      control.dispose();
    }
  }
  /** The data commits, newest first. */
  async history(limit) {
    return (await this.logEntries(limit)).filter((entry) => !("foreign" in entry));
  }
  /** The data branch's commits, newest first: data commits, and any commit Tusk did not make. */
  async logEntries(limit) {
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
    if (text === null)
      throw new NotFoundError(`no file "${path}" at data commit ${commit.sha.slice(0, 7)} (try stats/results, stats/records.jsonl, or projects/...)`);
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
  /** The data commits, newest first, read a page at a time however long the history is (at most `maxCount`). */
  async *dataCommits(options = {}) {
    yield* dataCommitsOf(await this.store(), options.maxCount);
  }
  /** Each data commit with its records, newest first, read as they are consumed: a few data files are held at a time. */
  async *versions(options = {}) {
    yield* dataVersionsOf(await this.store(), options.maxCount);
  }
  /** The records of `names` across data commits, newest first: each data commit's record of each name, where it has one. */
  async *repositoryHistory(names, options = {}) {
    const keys = [...new Set(checkNames(names).map(nameKey))];
    const wanted = new Set(keys);
    for await (const { commit, records } of this.versions(options)) {
      const found = /* @__PURE__ */ new Map();
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
  async export(file, format, options = {}) {
    return exportVersions(this.versions(options), file, format);
  }
  /** Offline sources from `dir`, or GitHub's: archive URLs without a token (no API quota to spend), else `auto`. */
  async sources(dir, download, limits) {
    if (dir) return LocalSources.open(dir, limits);
    return this.connection().sources(download ?? (this.github.token ? "auto" : "archive"), limits);
  }
  /** `run` reads the committed input: say so when the checked-out files differ from it. */
  async warnAboutWorkTree() {
    if (!await this.workTree?.exists()) return;
    const changed = await this.workTree.changedPaths(this.inputPatterns);
    for (const path of changed) this.log.warning(`${path} has uncommitted changes: the pipeline reads the committed version at HEAD`);
  }
};

export {
  TuskClient
};
