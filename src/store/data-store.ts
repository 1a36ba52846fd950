import type { InputFile } from '../names/input-file.js';
import type { StatsRecord } from '../stats/record.js';
import { formatDataCommitMessage, parseDataCommitMessage, type DataCommitFacts } from './data-commit-message.js';
import { PROJECTS_DIR, RECORDS_PATH, RESULTS_PATH, dataBranchFor, dataFiles, parseRecords } from './data-layout.js';
import { collectGarbage } from '../runtime/garbage-collection.js';
import { BranchViews } from '../views/branch-views.js';
import type { DataBranchAbout } from '../views/data-readme.js';
import { NotFoundError, type CommitConflict, type CommitInfo, type FileChange, type RepoBackend } from './repo-backend.js';

/** A commit on the data branch, with the facts its message records. */
export interface DataCommit extends DataCommitFacts {
  sha: string;
  /** Its committer date (ISO 8601, UTC), when read from the branch; a commit a run just made has none. */
  date?: string;
}

/** A commit on the data branch that Tusk did not make (a README added in the web editor, say). */
export interface ForeignCommit {
  sha: string;
  foreign: true;
  /** Its message's first line. */
  subject: string;
  date?: string;
}

export type LogEntry = DataCommit | ForeignCommit;

/** What one data commit holds; `inputFiles` null keeps the parent's projects/ as they are. */
export interface DataContent {
  inputFiles: InputFile[] | null;
  records: StatsRecord[];
}

/** The branch as a writer finds it. */
export interface BranchState {
  /** The branch's commit, which the next commit goes on top of; null before the branch exists. */
  tip: string | null;
  /** The newest data commit at or below the tip. */
  data: DataCommit | null;
  /** Commits above `data` that Tusk did not make, newest first. */
  foreign: CommitInfo[];
  /** No data commit within the commits read below the tip: perhaps no data branch at all. */
  noDataFound: boolean;
}

const HISTORY_PAGE = 1000;
/** A commit of this many records or more starts from a collected heap (see write). */
const LARGE_WRITE_RECORDS = 10_000;
/** Hand-made commits read below a tip before giving up on finding data under them. */
const MAX_FOREIGN = 20;

function subjectOf(message: string): string {
  return message.split('\n', 1)[0]!;
}

/** Commits of the branch as the log shows them: data commits with their facts, and the others by their subject. */
export function logEntries(commits: CommitInfo[]): LogEntry[] {
  return commits.map((info) => {
    const facts = parseDataCommitMessage(info.message);
    return facts ? { sha: info.sha, ...facts, date: info.date } : { sha: info.sha, foreign: true, subject: subjectOf(info.message), date: info.date };
  });
}

/** The data branch: versioned input and output of the stats pipeline, on any RepoBackend. */
export class DataStore {
  /** README.md and the chart, which each commit regenerates. */
  private readonly views: BranchViews;

  /**
   * @param warn told of what the branch holds that Tusk did not write (bad record lines): it is
   *   left out and computed again, never a reason to stop
   * @param about where the data comes from, for the README each data commit writes (its links)
   */
  constructor(
    readonly backend: RepoBackend,
    readonly branch: string,
    private readonly warn: (message: string) => void = () => {},
    about: DataBranchAbout = {},
  ) {
    this.views = new BranchViews(backend, branch, about, warn);
  }

  /**
   * The data branch of `sourceBranch` (the `template`'s `{branch}`), whose README links the
   * repositories on `serverUrl`: how the action and the client both open one, so that the same
   * input makes the same data commit through either.
   */
  static forSourceBranch(backend: RepoBackend, template: string, sourceBranch: string, serverUrl: string, warn: (message: string) => void): DataStore {
    return new DataStore(backend, dataBranchFor(template, sourceBranch), warn, { sourceBranch, serverUrl });
  }

  /** The branch's tip and its newest data commit, with any hand-made commits on top of it. */
  async state(): Promise<BranchState> {
    const tip = await this.backend.branchHead(this.branch);
    const state: BranchState = { tip, data: null, foreign: [], noDataFound: false };
    let sha = tip ?? undefined;
    for (let read = 0; sha !== undefined; read++) {
      if (read === MAX_FOREIGN) return { ...state, noDataFound: true };
      const info = await this.backend.commitInfo(sha);
      const facts = parseDataCommitMessage(info.message);
      if (facts) return { ...state, data: { sha, ...facts, date: info.date } };
      state.foreign.push(info);
      sha = info.parents[0];
    }
    return { ...state, noDataFound: state.foreign.length > 0 };
  }

  /** The branch's newest data commit, or null when it has none (or does not exist yet). */
  async head(): Promise<DataCommit | null> {
    return (await this.state()).data;
  }

  /**
   * The data commit `ref` names: a SHA or ref of the data branch's repository, optionally with
   * `~N` or `^` suffixes, which are followed here so that they work on GitHub too.
   */
  async dataCommit(ref: string): Promise<DataCommit> {
    const match = /^(.*?)((?:~\d*|\^)*)$/.exec(ref)!;
    let sha = await this.backend.resolveCommit(match[1]!);
    for (const step of match[2]!.match(/~\d*|\^/g) ?? []) {
      const count = step === '^' || step === '~' ? 1 : Number(step.slice(1));
      for (let i = 0; i < count; i++) {
        const [parent] = (await this.backend.commitInfo(sha)).parents;
        if (!parent) throw new NotFoundError(`${ref}: ${sha.slice(0, 7)} has no parent`);
        sha = parent;
      }
    }
    return this.dataCommitAt(sha);
  }

  /** The data commit at a full SHA (no lookup of the name: a branch head is one already). */
  private async dataCommitAt(sha: string): Promise<DataCommit> {
    const info = await this.backend.commitInfo(sha);
    const facts = parseDataCommitMessage(info.message);
    if (!facts) throw new NotFoundError(`${sha.slice(0, 7)} in ${this.backend.description} is not a Tusk data commit ("${subjectOf(info.message)}")`);
    return { sha, ...facts, date: info.date };
  }

  /** The records at a commit of the branch; lines that are not records are reported and left out. */
  async records(commit: string): Promise<StatsRecord[]> {
    const text = await this.backend.readFile(commit, RECORDS_PATH);
    if (text === null) return [];
    const { records, problems } = parseRecords(text, `${this.branch}@${commit.slice(0, 7)}`);
    for (const problem of problems) this.warn(`${problem}: left out, and computed again`);
    return records;
  }

  /** The input files a data commit keeps under projects/, at their source paths. */
  async inputFiles(dataCommit: string): Promise<InputFile[]> {
    const paths = await this.projectPaths(dataCommit);
    return Promise.all(paths.map(async (path) => ({ path: path.slice(PROJECTS_DIR.length), content: (await this.backend.readFile(dataCommit, path)) ?? '' })));
  }

  /** The paths under projects/ at a commit. */
  async projectPaths(commit: string): Promise<string[]> {
    return (await this.backend.listFiles(commit)).filter((path) => path.startsWith(PROJECTS_DIR));
  }

  /** A data file's text at a data commit, or null when it has none. */
  readFile(dataCommit: string, path: string): Promise<string | null> {
    return this.backend.readFile(dataCommit, path);
  }

  /**
   * The branch's commits newest first, following its (linear) history: data commits and hand-made
   * ones, however long it is. Read in windows ten times larger each time, from `window` (most
   * questions are about recent commits), each going on from where the one before stopped.
   */
  async *entries(window = HISTORY_PAGE): AsyncGenerator<LogEntry> {
    let from = await this.backend.branchHead(this.branch);
    for (let limit = window; from; limit *= 10) {
      const commits = await this.backend.history(from, limit);
      yield* logEntries(commits);
      from = commits.length < limit ? null : (commits[commits.length - 1]!.parents[0] ?? null);
    }
  }

  /** The data commits among `entries()`, newest first. */
  async *dataCommits(window = HISTORY_PAGE): AsyncGenerator<DataCommit> {
    for await (const entry of this.entries(window)) if (!('foreign' in entry)) yield entry;
  }

  /** The branch's newest `limit` commits (see entries). */
  async log(limit = HISTORY_PAGE): Promise<LogEntry[]> {
    const log: LogEntry[] = [];
    if (limit <= 0) return log;
    for await (const entry of this.entries(limit)) if (log.push(entry) >= limit) break;
    return log;
  }

  /** The newest data commit made from `inputCommit`: provenance, followed backwards through the whole history. */
  async findByInputCommit(inputCommit: string): Promise<DataCommit | null> {
    for await (const commit of this.dataCommits()) if (commit.inputCommit === inputCommit) return commit;
    return null;
  }

  /**
   * Commits `content` on top of `tip` (null: creates the branch as an orphan). Input files are
   * kept under projects/ at their source paths; input files that are gone are deleted. Other
   * files on the branch (someone's README) are kept. Each commit also regenerates README.md (unless
   * the branch holds one Tusk did not write) and the chart, which readers of data ignore.
   * `knownProjects`: the projects/ paths at `tip`, when the caller knows them (it wrote them),
   * which spares a listing.
   */
  async write(
    tip: string | null,
    content: DataContent,
    facts: DataCommitFacts,
    knownProjects: string[] | null = null,
  ): Promise<{ sha: string } | CommitConflict> {
    const changes: FileChange[] = [];
    if (content.inputFiles) {
      changes.push(...content.inputFiles.map((file) => ({ path: PROJECTS_DIR + file.path, content: file.content })));
      if (tip) {
        const kept = new Set(changes.map((change) => change.path));
        const stale = (knownProjects ?? (await this.projectPaths(tip))).filter((path) => !kept.has(path));
        changes.push(...stale.map((path) => ({ path, content: null })));
      }
    }
    // While 100,000 records are rendered, V8 at times grew the heap by 60 MB rather than collect
    // it (a peak of 305 MB instead of 260 in one run of twelve): a full collection first sets its
    // next limit from what is live now.
    if (content.records.length >= LARGE_WRITE_RECORDS) collectGarbage('major');
    const files = dataFiles(content.records);
    changes.push({ path: RESULTS_PATH, content: files.results });
    changes.push({ path: RECORDS_PATH, content: files.records });
    const views = await this.views.render(tip, {
      records: files.sorted,
      facts,
      inputPaths: content.inputFiles ? projectPathsOf(content.inputFiles) : knownProjects,
    });
    const written = await this.backend.commitFiles(this.branch, tip, [...changes, ...views.changes], formatDataCommitMessage(facts));
    if (!('conflict' in written)) views.wrote(written.sha);
    return written;
  }
}

/** The projects/ paths a commit of `inputFiles` holds. */
export function projectPathsOf(inputFiles: InputFile[]): string[] {
  return inputFiles.map((file) => PROJECTS_DIR + file.path);
}
