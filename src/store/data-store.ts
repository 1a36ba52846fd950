import type { InputFile } from '../names/input-file.js';
import type { StatsRecord } from '../stats/record.js';
import {
  formatDataCommitMessage,
  parseDataCommitMessage,
  type DataCommitFacts,
} from './data-commit-message.js';
import { PROJECTS_DIR, RECORDS_PATH, RESULTS_PATH, parseRecords, renderRecords, renderResults, sortRecords } from './data-layout.js';
import { NotFoundError, type CommitConflict, type CommitInfo, type FileChange, type RepoBackend } from './repo-backend.js';

/** A commit on the data branch, with the facts its message records. */
export interface DataCommit extends DataCommitFacts {
  sha: string;
}

/** What one data commit holds. */
export interface DataContent {
  inputFiles: InputFile[];
  records: StatsRecord[];
}

const HISTORY_PAGE = 1000;

/** The data commits among `commits`, in their order: commits Tusk did not make are left out. */
function dataCommits(commits: CommitInfo[]): DataCommit[] {
  return commits.flatMap((info) => {
    const facts = parseDataCommitMessage(info.message);
    return facts ? [{ sha: info.sha, ...facts }] : [];
  });
}

/** The data branch: versioned input and output of the stats pipeline, on any RepoBackend. */
export class DataStore {
  constructor(
    readonly backend: RepoBackend,
    readonly branch: string,
  ) {}

  /** The branch's newest data commit, or null when the branch does not exist yet. */
  async head(): Promise<DataCommit | null> {
    const sha = await this.backend.branchHead(this.branch);
    return sha ? this.dataCommitAt(sha) : null;
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
    if (!facts) throw new NotFoundError(`${sha.slice(0, 7)} in ${this.backend.description} is not a Tusk data commit`);
    return { sha, ...facts };
  }

  async records(dataCommit: string): Promise<StatsRecord[]> {
    const text = await this.backend.readFile(dataCommit, RECORDS_PATH);
    return text === null ? [] : parseRecords(text, dataCommit.slice(0, 7));
  }

  /** The input files a data commit keeps under projects/, at their source paths. */
  async inputFiles(dataCommit: string): Promise<InputFile[]> {
    const paths = (await this.backend.listFiles(dataCommit)).filter((path) => path.startsWith(PROJECTS_DIR));
    return Promise.all(paths.map(async (path) => ({ path: path.slice(PROJECTS_DIR.length), content: (await this.backend.readFile(dataCommit, path)) ?? '' })));
  }

  /** A data file's text at a data commit, or null when it has none. */
  readFile(dataCommit: string, path: string): Promise<string | null> {
    return this.backend.readFile(dataCommit, path);
  }

  /** Data commits newest first, following the branch's (linear) history. */
  async log(limit = HISTORY_PAGE): Promise<DataCommit[]> {
    const head = await this.backend.branchHead(this.branch);
    if (!head) return [];
    return dataCommits(await this.backend.history(head, limit));
  }

  /**
   * The newest data commit made from `inputCommit`: provenance, followed backwards through the
   * whole history, in windows ten times larger each time (most questions are about recent input),
   * each going on from where the one before stopped.
   */
  async findByInputCommit(inputCommit: string): Promise<DataCommit | null> {
    let from = await this.backend.branchHead(this.branch);
    for (let limit = HISTORY_PAGE; from; limit *= 10) {
      const commits = await this.backend.history(from, limit);
      const found = dataCommits(commits).find((commit) => commit.inputCommit === inputCommit);
      if (found) return found;
      if (commits.length < limit) return null;
      from = commits[commits.length - 1]!.parents[0];
    }
    return null;
  }

  /**
   * Commits `content` on top of `parent` (null: creates the branch as an orphan). Input files are
   * kept under projects/ at their source paths; input files that are gone are deleted.
   */
  async write(
    parent: DataCommit | null,
    content: DataContent,
    facts: DataCommitFacts,
  ): Promise<{ sha: string } | CommitConflict> {
    const changes: FileChange[] = content.inputFiles.map((file) => ({ path: PROJECTS_DIR + file.path, content: file.content }));
    if (parent) {
      const kept = new Set(changes.map((change) => change.path));
      const stale = (await this.backend.listFiles(parent.sha)).filter((path) => path.startsWith(PROJECTS_DIR) && !kept.has(path));
      changes.push(...stale.map((path) => ({ path, content: null })));
    }
    // Sorted once here: each renderer then finds the records in order and does not sort again.
    const records = sortRecords(content.records);
    changes.push({ path: RESULTS_PATH, content: renderResults(records) });
    changes.push({ path: RECORDS_PATH, content: renderRecords(records) });
    return this.backend.commitFiles(this.branch, parent?.sha ?? null, changes, formatDataCommitMessage(facts));
  }
}
