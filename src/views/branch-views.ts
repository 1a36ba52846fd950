import type { StatsRecord } from '../stats/record.js';
import { parseDataCommitMessage, type DataCommitFacts } from '../store/data-commit-message.js';
import type { CommitInfo, FileChange, RepoBackend } from '../store/repo-backend.js';
import { README_PATH, isGeneratedReadme, renderDataReadme, type DataBranchAbout } from './data-readme.js';
import { CHART_PATH, renderTotalsChart } from './totals-chart.js';
import { TREND_COMMITS, extendTrend, trendOfCommits, trendPoint, type TrendPoint } from './trend.js';

/** What a commit's views are drawn on top of: the trend up to its parent, and whose README.md the parent holds. */
interface ViewBase {
  trend: TrendPoint[];
  /** A README.md that Tusk did not write: kept, never replaced. */
  readmeIsTheirs: boolean;
}

/** A commit's data, as its views need it. */
export interface ViewedData {
  records: readonly StatsRecord[];
  facts: DataCommitFacts;
  inputPaths: readonly string[] | null;
}

/**
 * The generated files of each data commit: README.md and the chart. Drawing them on top of a
 * commit needs its recent history and whose README.md it holds: read only for a commit this store
 * did not write itself (a run's first commit, or after another run moved the branch), and the
 * README.md only when the history cannot tell.
 */
export class BranchViews {
  /** What this store knows of the last commit it read or wrote (sha null: no branch yet). */
  private known: (ViewBase & { sha: string | null }) | null = null;
  private toldOfReadme = false;

  constructor(
    private readonly backend: RepoBackend,
    private readonly branch: string,
    private readonly about: DataBranchAbout,
    private readonly warn: (message: string) => void,
  ) {}

  /** The files to commit on top of `tip`, and what to call once the commit is made (its SHA). */
  async render(tip: string | null, data: ViewedData): Promise<{ changes: FileChange[]; wrote: (sha: string) => void }> {
    const base = await this.baseAt(tip);
    const trend = extendTrend(base.trend, trendPoint(null, data.facts));
    const changes: FileChange[] = [{ path: CHART_PATH, content: renderTotalsChart(trend), small: true }];
    if (!base.readmeIsTheirs)
      changes.push({ path: README_PATH, content: renderDataReadme({ branch: this.branch, about: this.about, ...data, trend }), small: true });
    else if (!this.toldOfReadme) {
      this.toldOfReadme = true;
      this.warn(
        `${README_PATH} on ${this.branch} is not one Tusk wrote: it is kept, and Tusk's own is not written (remove it, and the next data commit writes one)`,
      );
    }
    return {
      changes,
      wrote: (sha) => {
        this.known = {
          sha,
          trend: trend.map((point, i) => (i === trend.length - 1 ? { ...point, dataCommit: sha } : point)),
          readmeIsTheirs: base.readmeIsTheirs,
        };
      },
    };
  }

  private async baseAt(tip: string | null): Promise<ViewBase> {
    const known = this.known;
    if (known?.sha === tip) return known;
    if (tip === null) {
      this.known = { sha: null, trend: [], readmeIsTheirs: false };
      return this.known;
    }
    const [history, readme] = await Promise.all([this.backend.history(tip, TREND_COMMITS), known ? undefined : this.readmeAt(tip)]);
    // Only data commits on top of a commit whose README is known (shards landing first): theirs
    // stays theirs and Tusk's stays Tusk's, as every data commit keeps it so. No read needed.
    const theirs = readme ?? (known && onlyDataCommitsAbove(history, known.sha) ? known.readmeIsTheirs : await this.readmeAt(tip));
    this.known = { sha: tip, trend: trendOfCommits(history), readmeIsTheirs: theirs };
    return this.known;
  }

  /** Whether the README.md at `commit` is one that Tusk did not write. */
  private async readmeAt(commit: string): Promise<boolean> {
    const readme = await this.backend.readFile(commit, README_PATH);
    return readme !== null && !isGeneratedReadme(readme);
  }
}

/** Whether `history` (newest first) has only Tusk's data commits above `sha` (null: the whole history, down to its root). */
function onlyDataCommitsAbove(history: readonly CommitInfo[], sha: string | null): boolean {
  const at = sha === null ? (history.at(-1)?.parents.length === 0 ? history.length : -1) : history.findIndex((commit) => commit.sha === sha);
  return at !== -1 && history.slice(0, at).every((commit) => parseDataCommitMessage(commit.message) !== null);
}
