import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  DataStore,
  GitHubBackend,
  GitHubSources,
  GoFileReader,
  MAX_GO_MOD_BYTES,
  NotFoundError,
  PROJECTS_DIR,
  SourceError,
  StatsBuilder,
  canonicalName,
  createGitHubClient,
  diffData,
  escapePlain,
  failureRecord,
  fileRole,
  formatChange,
  formatCount,
  headline,
  isEmpty,
  nameKey,
  parseInputFiles,
  runCommitPipeline,
  shortSha,
  successRecord,
  tarballStats,
  totalsParts,
  unchangedLine
} from "./chunk-OKZTFZ4D.js";

// src/diff/json.ts
var row = ({ repo, deps, lines }) => ({ repo, deps, lines });
var change = ({ before, after, delta }) => ({ before, after, delta });
var totals = ({ repositories, deps, lines }) => ({ repositories, deps, lines });
var invalidLine = ({ file, line, text }) => ({ file, line, text });
function renderJson(diff) {
  const document = {
    added: diff.added.map(row),
    removed: diff.removed.map(row),
    changed: diff.changed.map((c) => ({ repo: c.repo, deps: change(c.deps), lines: change(c.lines) })),
    unchanged: diff.unchanged,
    totals: { before: totals(diff.totals.before), after: totals(diff.totals.after) },
    failed: diff.failed.map(({ repo, error }) => ({ repo, error })),
    invalid: diff.invalid.map(invalidLine)
  };
  return `${JSON.stringify(document, null, 2)}
`;
}

// src/diff/text.ts
function columns(table) {
  const widths = table[0].map((_, i) => Math.max(...table.map((cells) => cells[i].length)));
  return table.map((cells) => cells.map((cell, i) => i === cells.length - 1 ? cell : cell.padEnd(widths[i])).join("  "));
}
function rowTable(diff) {
  const rows = [
    ...diff.added.map((r) => ["added", escapePlain(r.repo), formatCount(r.deps), formatCount(r.lines)]),
    ...diff.removed.map((r) => ["removed", escapePlain(r.repo), formatCount(r.deps), formatCount(r.lines)]),
    ...diff.changed.map((r) => ["changed", escapePlain(r.repo), formatChange(r.deps.before, r.deps.after), formatChange(r.lines.before, r.lines.after)])
  ];
  return rows.length === 0 ? [] : [...columns([["Status", "Repository", "Deps", "Lines"], ...rows]), ""];
}
function problemLines(diff) {
  const failed = diff.failed.map((f) => `  ${escapePlain(f.repo)}: ${escapePlain(f.error)}`);
  const invalid = diff.invalid.map((l) => `  ${escapePlain(l.file)}:${l.line}: ${escapePlain(l.text)}`);
  return [
    ...failed.length > 0 ? ["", `Failed (${formatCount(failed.length)}):`, ...failed] : [],
    ...invalid.length > 0 ? ["", `Invalid lines (${formatCount(invalid.length)}):`, ...invalid] : []
  ];
}
function renderText(diff, context) {
  const { lead, details } = headline(diff);
  const { base, head } = context;
  const baseAt = base.dataCommit === null ? "(no data yet)" : `at ${shortSha(base.dataCommit)}`;
  const lines = [
    `Tusk data diff: ${[lead, ...details].join(" \xB7 ")}`,
    `Base: ${escapePlain(base.label)} ${baseAt}`,
    `Head: ${escapePlain(head.label)} at ${shortSha(head.commit)}`
  ];
  if (!isEmpty(diff)) {
    lines.push("", ...rowTable(diff), `${unchangedLine(diff)}.`, `Totals: ${totalsParts(diff).join(" \xB7 ")}`, ...problemLines(diff));
  }
  return `${lines.join("\n")}
`;
}

// src/stats/directory-stats.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
async function* regularFiles(root, components = []) {
  const entries = await readdir(join(root, ...components), { withFileTypes: true });
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const path = [...components, entry.name];
    if (entry.isDirectory()) {
      if (fileRole([...path, "x.go"]) !== "ignored") yield* regularFiles(root, path);
    } else if (entry.isFile()) {
      yield path;
    }
  }
}
async function directoryStats(root, repo) {
  const builder = new StatsBuilder();
  for await (const components of regularFiles(root)) {
    const role = fileRole(components);
    if (role === "ignored") continue;
    const path = join(root, ...components);
    if (role === "go.mod") {
      if ((await stat(path)).size <= MAX_GO_MOD_BYTES) builder.addGoMod(await readFile(path, "utf8"));
    } else {
      const content = await readFile(path);
      const { lines, scan } = GoFileReader.read(content);
      builder.addGoFile(lines, scan);
    }
  }
  return builder.finish(repo);
}

// src/stats/local-source.ts
import { createReadStream } from "node:fs";
import { stat as stat2 } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
function commitOfTopFolder(topFolder) {
  const match = topFolder ? /-([0-9a-f]{7,40})$/.exec(topFolder) : null;
  return match ? match[1] : null;
}
function withoutTarballExtension(name) {
  return name.replace(/\.(tar\.gz|tgz)$/i, "");
}
function parseSourceArgument(argument) {
  const eq = argument.indexOf("=");
  if (eq !== -1) {
    const name = argument.slice(0, eq);
    const repo2 = canonicalName(name);
    if (!repo2) throw new SourceError(`${argument}: "${name}" is not a repository name (owner/repo)`);
    return { repo: repo2, path: argument.slice(eq + 1) };
  }
  const full = resolve(argument);
  const repo = canonicalName(`${basename(dirname(full))}/${withoutTarballExtension(basename(full))}`);
  if (!repo) throw new SourceError(`${argument}: cannot name a repository after this path; write owner/repo=${argument}`);
  return { repo, path: argument };
}
async function readDirectory(source) {
  try {
    return await directoryStats(source.path, source.repo);
  } catch (error) {
    throw new SourceError(`${source.path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
async function localSourceRecord(source) {
  let info;
  try {
    info = await stat2(source.path);
  } catch (error) {
    const { code, message } = error;
    throw new SourceError(`${source.path}: ${code === "ENOENT" ? "no such file or directory" : message}`);
  }
  if (info.isDirectory()) return successRecord(source.repo, null, await readDirectory(source));
  if (info.size === 0) throw new SourceError(`${source.path}: empty file, not a tarball`);
  const { stats, topFolder } = await tarballStats(
    createReadStream(source.path, { highWaterMark: 1 << 20 }),
    source.repo,
    source.path
  );
  return successRecord(source.repo, commitOfTopFolder(topFolder), stats);
}

// src/sources/local-sources.ts
import { readdir as readdir2, stat as stat3 } from "node:fs/promises";
import { join as join2 } from "node:path";
async function exists(path) {
  return stat3(path).then(
    () => true,
    () => false
  );
}
async function findEntry(dir, name) {
  if (await exists(join2(dir, name))) return join2(dir, name);
  const entries = await readdir2(dir).catch(() => []);
  const match = entries.find((entry) => entry.toLowerCase() === name.toLowerCase());
  return match ? join2(dir, match) : null;
}
var LocalSources = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  async compute(repo) {
    const path = await this.locate(repo);
    if (!path) return failureRecord(repo, null, `no source for ${repo} in ${this.dir} (looked for ${repo} and ${repo}.tar.gz)`);
    try {
      return await localSourceRecord({ repo, path });
    } catch (error) {
      return failureRecord(repo, null, error instanceof Error ? error.message : String(error));
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

// src/store/local-git-backend.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

// src/store/git-runner.ts
import { execFile } from "node:child_process";
var IDENTITY_ENV = {
  GIT_AUTHOR_NAME: "Tusk",
  GIT_AUTHOR_EMAIL: "tusk@localhost",
  GIT_COMMITTER_NAME: "Tusk",
  GIT_COMMITTER_EMAIL: "tusk@localhost"
};
var GitRunner = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  identity;
  /** Runs git; resolves whatever the exit code, for commands whose failure is an answer. */
  exec(args, options = {}) {
    return new Promise((resolve2, reject) => {
      const child = execFile(
        "git",
        args,
        { cwd: this.cwd, env: { ...process.env, ...options.env }, maxBuffer: 1 << 30, encoding: "utf8" },
        (error, stdout, stderr) => {
          const code = error && typeof error.code === "number" ? error.code : error ? -1 : 0;
          if (code === -1) reject(error);
          else resolve2({ stdout, stderr, exitCode: code });
        }
      );
      if (options.input !== void 0) child.stdin?.end(options.input);
    });
  }
  /** Runs git and returns its stdout; throws with git's message on failure. */
  async run(args, options = {}) {
    const result = await this.exec(args, options);
    if (result.exitCode !== 0) throw new Error(`git ${args[0]} failed in ${this.cwd}: ${result.stderr.trim()}`);
    return result.stdout;
  }
  /** Environment for commands that write commits: the user's identity, or Tusk's when none is set. */
  async commitEnv() {
    if (!this.identity) {
      const name = await this.exec(["config", "user.name"]);
      const email = await this.exec(["config", "user.email"]);
      this.identity = name.exitCode === 0 && email.exitCode === 0 ? {} : IDENTITY_ENV;
    }
    return this.identity;
  }
};

// src/store/local-git-backend.ts
var RECORD_SEPARATOR = "";
var LocalGitBackend = class {
  constructor(path) {
    this.path = path;
    this.git = new GitRunner(path);
    this.description = path;
  }
  path;
  description;
  git;
  async defaultBranch() {
    const result = await this.git.exec(["symbolic-ref", "--quiet", "--short", "HEAD"]);
    if (result.exitCode !== 0) throw new Error(`HEAD is detached in ${this.path}: check out a branch, or name one with --branch`);
    return result.stdout.trim();
  }
  async branchHead(branch) {
    const result = await this.git.exec(["rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`]);
    return result.exitCode === 0 ? result.stdout.trim() : null;
  }
  async resolveCommit(ref) {
    const result = await this.git.exec(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    if (result.exitCode !== 0) throw new NotFoundError(`no commit "${ref}" in ${this.path}`);
    return result.stdout.trim();
  }
  async listFiles(commit) {
    const out = await this.git.run(["ls-tree", "-r", "--name-only", "-z", commit]);
    return out.split("\0").filter((path) => path !== "");
  }
  async readFile(commit, path) {
    const result = await this.git.exec(["cat-file", "blob", `${commit}:${path}`]);
    return result.exitCode === 0 ? result.stdout : null;
  }
  async commitInfo(sha) {
    const [info] = await this.readCommits(["-n", "1", "--no-walk", sha]);
    if (!info) throw new NotFoundError(`no commit "${sha}" in ${this.path}`);
    return info;
  }
  history(head, limit) {
    return this.readCommits(["--first-parent", "-n", String(limit), head]);
  }
  async isAncestor(ancestor, descendant) {
    const result = await this.git.exec(["merge-base", "--is-ancestor", ancestor, descendant]);
    if (result.exitCode > 1) throw new Error(`git merge-base failed in ${this.path}: ${result.stderr.trim()}`);
    return result.exitCode === 0;
  }
  async commitFiles(branch, parent, changes, message) {
    const tree = await this.writeTree(parent, changes);
    const env = await this.git.commitEnv();
    const parentArgs = parent ? ["-p", parent] : [];
    const sha = (await this.git.run(["commit-tree", tree, ...parentArgs, "-F", "-"], { input: message, env })).trim();
    const update = await this.git.exec(["update-ref", `refs/heads/${branch}`, sha, parent ?? ""]);
    if (update.exitCode === 0) return { sha };
    if (await this.branchHead(branch) !== parent) return { conflict: true };
    throw new Error(`git update-ref failed in ${this.path}: ${update.stderr.trim()}`);
  }
  /** Builds a tree from `parent`'s with `changes` applied, in a private index so the work tree is untouched. */
  async writeTree(parent, changes) {
    const dir = await mkdtemp(join3(tmpdir(), "tusk-index-"));
    const env = { GIT_INDEX_FILE: join3(dir, "index") };
    try {
      await this.git.run(parent ? ["read-tree", `${parent}^{tree}`] : ["read-tree", "--empty"], { env });
      const lines = [];
      for (const change2 of changes) {
        if (change2.content === null) {
          lines.push(`0 ${"0".repeat(40)}	${change2.path}`);
        } else {
          const blob = (await this.git.run(["hash-object", "-w", "--stdin"], { input: change2.content })).trim();
          lines.push(`100644 ${blob}	${change2.path}`);
        }
      }
      await this.git.run(["update-index", "--index-info"], { input: lines.map((line) => `${line}
`).join(""), env });
      return (await this.git.run(["write-tree"], { env })).trim();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  async readCommits(args) {
    const result = await this.git.exec(["log", `--format=%H%x00%P%x00%B${RECORD_SEPARATOR}`, ...args]);
    if (result.exitCode !== 0) throw new NotFoundError(`cannot read history in ${this.path}: ${result.stderr.trim()}`);
    return result.stdout.split(RECORD_SEPARATOR).map((record) => record.replace(/^\n/, "")).filter((record) => record !== "").map((record) => {
      const [sha, parents, message] = record.split("\0");
      return { sha, parents: parents ? parents.split(" ") : [], message };
    });
  }
};

// src/store/work-tree.ts
var WorkTree = class {
  constructor(path) {
    this.path = path;
    this.git = new GitRunner(path);
  }
  path;
  git;
  /** Paths among `paths` whose working-tree or staged content differs from HEAD. */
  async changedPaths(paths) {
    if (paths.length === 0) return [];
    const out = await this.git.run(["status", "--porcelain", "-z", "--", ...paths]);
    return out.split("\0").filter((entry) => entry.length > 3).map((entry) => entry.slice(3));
  }
  /** After a commit to the checked-out branch: the index and files of `paths` follow HEAD. */
  async checkoutFromHead(paths) {
    if (paths.length > 0) await this.git.run(["checkout", "HEAD", "--", ...paths]);
  }
};

// src/client/put-names.ts
var InvalidNameError = class extends Error {
  name = "InvalidNameError";
};
function checkNames(names) {
  if (names.length === 0) throw new InvalidNameError("no names given: put owner/repo ...");
  return names.map((name) => {
    const canonical = canonicalName(name.trim());
    if (!canonical) throw new InvalidNameError(`"${name}" is not a GitHub repository name (owner/repo)`);
    return canonical;
  });
}
function appendNames(path, content, names) {
  const present = new Set(parseInputFiles([{ path, content }]).names.map((entry) => nameKey(entry.name)));
  const added = [];
  for (const name of names) {
    if (present.has(nameKey(name))) continue;
    present.add(nameKey(name));
    added.push(name);
  }
  const base = content === "" || content.endsWith("\n") ? content : `${content}
`;
  return { content: base + added.map((name) => `${name}
`).join(""), added };
}

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
    const template = this.options.dataBranch ?? "tusk/{branch}";
    return new DataStore(this.backend, template.replaceAll("{branch}", await this.branch()));
  }
  /** Adds names to the input file on the source branch: one commit, or one a name with `each`. */
  async put(names, options = {}) {
    const file = options.file ?? "projects.txt";
    const wanted = checkNames(names);
    const branch = await this.branch();
    if (this.workTree && await this.backend.defaultBranch().catch(() => null) === branch) {
      const dirty = await this.workTree.changedPaths([file]);
      if (dirty.length > 0) throw new Error(`${file} has uncommitted changes: commit or stash them before put`);
    }
    const batches = options.each ? wanted.map((name) => [name]) : [wanted];
    const result = { commits: [], added: [] };
    for (const batch of batches) {
      const head = await this.backend.branchHead(branch);
      if (!head) throw new NotFoundError(`no branch "${branch}" in ${this.backend.description}`);
      const current = await this.backend.readFile(head, file) ?? "";
      const { content, added } = appendNames(file, current, batch);
      if (added.length === 0) continue;
      const message = added.length === 1 ? `tusk put: add ${added[0]}
` : `tusk put: add ${added.length} repositories

${added.join("\n")}
`;
      const written = await this.backend.commitFiles(branch, head, [{ path: file, content }], message);
      if ("conflict" in written) throw new Error(`${branch} moved while putting names: run put again`);
      result.commits.push(written.sha);
      result.added.push(...added);
    }
    if (this.workTree && result.commits.length > 0 && await this.backend.defaultBranch().catch(() => null) === branch) {
      await this.workTree.checkoutFromHead([file]);
    }
    return result;
  }
  /** Runs the pipeline (the Action's `commit` mode) on the source branch's head. */
  async run(options = {}) {
    const branch = await this.branch();
    const sourceCommit = await this.backend.branchHead(branch);
    if (!sourceCommit) throw new NotFoundError(`no branch "${branch}" in ${this.backend.description}`);
    await this.warnAboutWorkTree();
    const store = await this.store();
    return runCommitPipeline(
      this.backend,
      store,
      this.sources(options.sources),
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
    const store = await this.store();
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
    const commit = await this.dataCommit(at);
    const text = await (await this.store()).readFile(commit.sha, path);
    if (text === null) throw new NotFoundError(`no file "${path}" at data commit ${commit.sha.slice(0, 7)} (try stats/results, stats/records.jsonl, or projects/...)`);
    return text;
  }
  /** The records at a data commit. */
  async records(at = {}) {
    const commit = await this.dataCommit(at);
    return (await this.store()).records(commit.sha);
  }
  /** The data diff between two data commits, as the bot shows it. */
  async diff(a, b) {
    const store = await this.store();
    const [from, to] = await Promise.all([store.dataCommit(a), store.dataCommit(b)]);
    const [before, after, invalid] = await Promise.all([store.records(from.sha), store.records(to.sha), this.invalidLinesAt(to.sha)]);
    return { diff: diffData({ records: before, invalid: [] }, { records: after, invalid }), from, to };
  }
  /** The invalid lines of the input a data commit keeps under projects/. */
  async invalidLinesAt(dataCommit) {
    const paths = (await this.backend.listFiles(dataCommit)).filter((path) => path.startsWith(PROJECTS_DIR));
    const files = await Promise.all(
      paths.map(async (path) => ({ path: path.slice(PROJECTS_DIR.length), content: await this.backend.readFile(dataCommit, path) ?? "" }))
    );
    return parseInputFiles(files).invalid;
  }
  sources(dir) {
    if (dir) return new LocalSources(dir);
    const octokit = this.octokit ?? _TuskClient.octokitFor(this.connection, this.log);
    return new GitHubSources(octokit, 1024 * 1024 * 1024);
  }
  /** `run` reads the committed input: say so when the checked-out files differ from it. */
  async warnAboutWorkTree() {
    if (!this.workTree) return;
    const changed = await this.workTree.changedPaths(this.inputPatterns);
    for (const path of changed) this.log.warning(`${path} has uncommitted changes: the pipeline reads the committed version at HEAD`);
  }
};

export {
  renderJson,
  renderText,
  directoryStats,
  parseSourceArgument,
  localSourceRecord,
  GitRunner,
  LocalGitBackend,
  WorkTree,
  TuskClient
};
