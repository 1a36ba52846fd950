import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  GoFileReader,
  LimitExceeded,
  MAX_GO_MOD_BYTES,
  SourceError,
  StatsBuilder,
  canonicalName,
  commitOfArchive,
  errorMessage,
  fileRole,
  nameKey,
  parseInputFiles,
  successRecord,
  tarballStats
} from "./chunk-7BIYXUPC.js";
import {
  NotFoundError
} from "./chunk-EFMK3WOT.js";

// src/stats/directory-stats.ts
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
var READ_CHUNK_BYTES = 1 << 20;
var SLICE_MS = 10;
function* regularFiles(root, components = []) {
  const entries = readdirSync(join(root, ...components), { withFileTypes: true });
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
function slicer() {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await yieldToEventLoop();
    sliceStart = performance.now();
  };
}
async function readGoFile(path, pause) {
  const fd = openSync(path, "r");
  try {
    if (fstatSync(fd).size <= READ_CHUNK_BYTES) return GoFileReader.read(readFileSync(fd));
    const reader = new GoFileReader();
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
      const bytesRead = readSync(fd, chunk, 0, READ_CHUNK_BYTES, null);
      if (bytesRead === 0) return reader.finish();
      reader.add(chunk.subarray(0, bytesRead));
      await pause();
    }
  } finally {
    closeSync(fd);
  }
}
async function collect(root, builder) {
  const pause = slicer();
  for (const components of regularFiles(root)) {
    const role = fileRole(components);
    if (role === "ignored") continue;
    const path = join(root, ...components);
    try {
      if (role === "go.mod") {
        if (statSync(path).size <= MAX_GO_MOD_BYTES) builder.addGoMod(readFileSync(path, "utf8"));
      } else {
        const { lines, scan } = await readGoFile(path, pause);
        builder.addGoFile(lines, scan);
      }
    } catch (error) {
      if (error instanceof LimitExceeded) throw new SourceError(`${root}: ${components.join("/")}: ${error.message}`);
      throw error;
    }
    await pause();
  }
}
async function directoryStats(root, repo) {
  const builder = new StatsBuilder();
  try {
    await collect(root, builder);
  } catch (error) {
    throw error instanceof SourceError ? error : new SourceError(`${root}: ${errorMessage(error)}`);
  }
  return builder.finish(repo);
}

// src/stats/path-stats.ts
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
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
async function localSourceRecord(source, options = {}) {
  let info;
  try {
    info = await stat(source.path);
  } catch (error) {
    const { code, message } = error;
    throw new SourceError(`${source.path}: ${code === "ENOENT" ? "no such file or directory" : message}`);
  }
  if (info.isDirectory()) return successRecord(source.repo, null, await directoryStats(source.path, source.repo));
  if (info.isFile() && info.size === 0) throw new SourceError(`${source.path}: empty file, not a tarball`);
  const archive = await tarballStats(createReadStream(source.path, { highWaterMark: 1 << 20 }), source.repo, source.path, options);
  return successRecord(source.repo, commitOfArchive(archive), archive.stats);
}

// src/store/local-git-backend.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/store/git-runner.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
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
      const child = spawn("git", args, { cwd: this.cwd, env: { ...process.env, ...options.env }, detached: true, stdio: ["pipe", "pipe", "pipe"] });
      const stdout = [];
      const stderr = [];
      child.stdout.on("data", (chunk) => stdout.push(chunk));
      child.stderr.on("data", (chunk) => stderr.push(chunk));
      child.on("error", (error) => reject(this.spawnError(error)));
      child.on(
        "close",
        (code) => resolve2({ stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8"), exitCode: code ?? -1 })
      );
      child.stdin.on("error", () => {
      });
      child.stdin.end(options.input);
    });
  }
  /** Node says `spawn git ENOENT` both when git is missing and when the folder to run it in is. */
  spawnError(error) {
    if (error.code !== "ENOENT") return error;
    if (!existsSync(this.cwd)) return new Error(`${this.cwd}: no such folder`);
    return new Error(`git is not installed, or not on the PATH (${error.message})`);
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
      const found = await this.exec(["config", "--get-regexp", "^user\\.(name|email)$"]);
      const keys = new Set(found.stdout.split("\n").map((line) => line.split(" ", 1)[0]));
      this.identity = keys.has("user.name") && keys.has("user.email") ? {} : IDENTITY_ENV;
    }
    return this.identity;
  }
};

// src/store/local-git-backend.ts
var RECORD_SEPARATOR = "";
function utcDate(iso) {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, "Z");
}
var LocalGitBackend = class {
  constructor(path) {
    this.path = path;
    this.git = new GitRunner(path);
    this.description = path;
  }
  path;
  description;
  kind = "local";
  git;
  async defaultBranch() {
    const result = await this.git.exec(["symbolic-ref", "--quiet", "--short", "HEAD"]);
    if (result.exitCode === 1) throw new Error(`HEAD is detached in ${this.path}: check out a branch, or name one with --branch`);
    if (/not a git repository/i.test(result.stderr)) {
      throw new NotFoundError(`${this.path} is not in a git repository: run tusk in a clone, or name one with --local DIR or --github OWNER/REPO`);
    }
    if (result.exitCode !== 0) throw new Error(`git failed in ${this.path}: ${result.stderr.trim()}`);
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
    if (/not a valid (commit|object) name/i.test(result.stderr)) throw new NotFoundError(`no commit ${ancestor} or ${descendant} in ${this.path}`);
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
    const dir = await mkdtemp(join2(tmpdir(), "tusk-index-"));
    const env = { GIT_INDEX_FILE: join2(dir, "index") };
    try {
      await this.git.run(parent ? ["read-tree", `${parent}^{tree}`] : ["read-tree", "--empty"], { env });
      const blobs = await this.writeBlobs(
        changes.flatMap((change) => change.content === null ? [] : [change.content]),
        dir
      );
      let next = 0;
      const lines = changes.map((change) => change.content === null ? `0 ${"0".repeat(40)}	${change.path}` : `100644 ${blobs[next++]}	${change.path}`);
      await this.git.run(["update-index", "--index-info"], { input: lines.map((line) => `${line}
`).join(""), env });
      return (await this.git.run(["write-tree"], { env })).trim();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  /**
   * Writes each content as a blob, by one git process for all of them: each is put in a file in
   * `dir` first, and git hashes them as they are (--no-filters: no attributes or line-ending
   * conversion of the user's apply to data).
   */
  async writeBlobs(contents, dir) {
    if (contents.length === 0) return [];
    const paths = contents.map((_, i) => join2(dir, `blob-${i}`));
    await Promise.all(contents.map((content, i) => writeFile(paths[i], content)));
    const shas = (await this.git.run(["hash-object", "-w", "--no-filters", "--stdin-paths"], { input: paths.map((path) => `${path}
`).join("") })).trim().split("\n");
    if (shas.length !== contents.length) throw new Error(`git hash-object wrote ${shas.length} blobs of ${contents.length} in ${this.path}`);
    return shas;
  }
  async readCommits(args) {
    const result = await this.git.exec(["log", `--format=%H%x00%P%x00%cI%x00%B${RECORD_SEPARATOR}`, ...args]);
    if (result.exitCode !== 0) throw new NotFoundError(`cannot read history in ${this.path}: ${result.stderr.trim()}`);
    return result.stdout.split(RECORD_SEPARATOR).map((record) => record.replace(/^\n/, "")).filter((record) => record !== "").map((record) => {
      const [sha, parents, date, message] = record.split("\0");
      return { sha, parents: parents ? parents.split(" ") : [], message, date: utcDate(date) };
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
  present = null;
  /** Whether the repository has a work tree at all: a bare one has none, and nothing to keep in step. */
  exists() {
    this.present ??= this.git.exec(["rev-parse", "--is-inside-work-tree"]).then((result) => result.exitCode === 0 && result.stdout.trim() === "true");
    return this.present;
  }
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
  const eol = content.includes("\r\n") ? "\r\n" : "\n";
  const base = content === "" || content.endsWith("\n") ? content : `${content}${eol}`;
  return { content: base + added.map((name) => `${name}${eol}`).join(""), added };
}

// src/client/export-file.ts
import { createWriteStream } from "node:fs";
import { rename, rm as rm2 } from "node:fs/promises";

// src/views/table-rows.ts
var EXPORT_TABLE = {
  columns: ["data_commit", "input_commit", "date", "repo", "commit", "files", "lines", "deps", "unparsed", "error", "pending", "stale"],
  cells: ({ commit, record }) => [
    commit.sha,
    commit.inputCommit,
    commit.date ?? null,
    record.repo,
    record.commit,
    record.files,
    record.lines,
    record.deps,
    record.unparsed,
    record.error,
    record.pending === true,
    record.stale ?? null
  ]
};
var TOTALS_TABLE = {
  columns: ["data_commit", "input_commit", "date", "repositories", "deps", "lines"],
  cells: (commit) => [commit.sha, commit.inputCommit, commit.date ?? null, commit.counts.rows, commit.counts.deps, commit.counts.lines]
};
var REPOSITORY_TABLE = {
  columns: ["data_commit", "input_commit", "date", "repo", "deps", "lines", "error", "pending"],
  cells: ({ commit, record }) => [
    commit.sha,
    commit.inputCommit,
    commit.date ?? null,
    record.repo,
    record.deps,
    record.lines,
    record.error,
    record.pending === true
  ]
};
function csvCell(cell) {
  if (cell === null) return "";
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function csvLine(cells) {
  return `${cells.map(csvCell).join(",")}
`;
}
function jsonObject(columns, cells) {
  const object = {};
  columns.forEach((column, i) => object[column] = cells[i]);
  return JSON.stringify(object);
}

// src/client/sqlite-sink.ts
var INTEGER_COLUMNS = /* @__PURE__ */ new Set(["files", "lines", "deps", "unparsed", "pending"]);
var CREATE_TABLE = `CREATE TABLE records (${EXPORT_TABLE.columns.map((column) => `"${column}" ${INTEGER_COLUMNS.has(column) ? "INTEGER" : "TEXT"}`).join(", ")})`;
async function loadSqlite() {
  try {
    return await import("node:sqlite");
  } catch {
    throw new Error(
      `--format sqlite needs node:sqlite, which Node.js ${process.version} does not have without a flag (Node.js 22.13 or later has it): run it there, or export --format csv and load that with sqlite3 (.import --csv FILE records)`
    );
  }
}
function bindable(cell) {
  return typeof cell === "boolean" ? Number(cell) : cell;
}
async function sqliteSink(path) {
  const { DatabaseSync } = await loadSqlite();
  const db = new DatabaseSync(path);
  db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF");
  db.exec(`DROP TABLE IF EXISTS records; ${CREATE_TABLE}`);
  const insert = db.prepare(`INSERT INTO records VALUES (${EXPORT_TABLE.columns.map(() => "?").join(", ")})`);
  return {
    add: async ({ commit, records }) => {
      db.exec("BEGIN");
      for (const record of records) insert.run(...EXPORT_TABLE.cells({ commit, record }).map(bindable));
      db.exec("COMMIT");
    },
    close: async () => {
      db.exec("CREATE INDEX records_by_repo ON records (repo)");
      db.close();
    },
    abort: async () => db.close()
  };
}

// src/client/export-file.ts
var EXPORT_FORMATS = ["csv", "jsonl", "sqlite"];
function write(stream, text) {
  return new Promise((resolve2, reject) => stream.write(text, (error) => error ? reject(error) : resolve2()));
}
function textSink(path, format) {
  const stream = createWriteStream(path);
  const { columns, cells } = EXPORT_TABLE;
  const line = format === "csv" ? (row) => csvLine(cells(row)) : (row) => `${jsonObject(columns, cells(row))}
`;
  let started = false;
  return {
    add: async ({ commit, records }) => {
      let text = !started && format === "csv" ? csvLine(columns) : "";
      started = true;
      for (const record of records) text += line({ commit, record });
      await write(stream, text);
    },
    close: async () => {
      if (!started && format === "csv") await write(stream, csvLine(columns));
      await new Promise((resolve2, reject) => stream.end((error) => error ? reject(error) : resolve2()));
    },
    abort: async () => {
      stream.destroy();
    }
  };
}
async function exportVersions(versions, file, format) {
  const partial = `${file}.partial-${process.pid}`;
  const summary = { dataCommits: 0, rows: 0 };
  await rm2(partial, { force: true });
  const sink = format === "sqlite" ? await sqliteSink(partial) : textSink(partial, format);
  try {
    for await (const version of versions) {
      await sink.add(version);
      summary.dataCommits++;
      summary.rows += version.records.length;
    }
    await sink.close();
  } catch (error) {
    await sink.abort();
    await rm2(partial, { force: true });
    throw error;
  }
  await rename(partial, file);
  return summary;
}

export {
  directoryStats,
  parseSourceArgument,
  localSourceRecord,
  GitRunner,
  LocalGitBackend,
  WorkTree,
  InvalidNameError,
  checkNames,
  appendNames,
  TOTALS_TABLE,
  REPOSITORY_TABLE,
  csvLine,
  jsonObject,
  EXPORT_FORMATS,
  exportVersions
};
