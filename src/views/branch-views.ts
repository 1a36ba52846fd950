import type { StatsRecord } from '../stats/record.js';
import type { DataCommitFacts } from '../store/data-commit-message.js';
import type { FileChange, RepoBackend } from '../store/repo-backend.js';
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
 * commit needs its recent history and its README.md: two reads, made only for a commit this
 * store did not write itself (a run's first commit, or after another run moved the branch).
 */
export class BranchViews {
  private last: (ViewBase & { sha: string }) | null = null;
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
    const changes: FileChange[] = [{ path: CHART_PATH, content: renderTotalsChart(trend) }];
    if (!base.readmeIsTheirs) changes.push({ path: README_PATH, content: renderDataReadme({ branch: this.branch, about: this.about, ...data, trend }) });
    else if (!this.toldOfReadme) {
      this.toldOfReadme = true;
      this.warn(
        `${README_PATH} on ${this.branch} is not one Tusk wrote: it is kept, and Tusk's own is not written (remove it, and the next data commit writes one)`,
      );
    }
    return {
      changes,
      wrote: (sha) => {
        this.last = {
          sha,
          trend: trend.map((point, i) => (i === trend.length - 1 ? { ...point, dataCommit: sha } : point)),
          readmeIsTheirs: base.readmeIsTheirs,
        };
      },
    };
  }

  private async baseAt(tip: string | null): Promise<ViewBase> {
    if (tip === null) return { trend: [], readmeIsTheirs: false };
    if (this.last?.sha === tip) return this.last;
    const [history, readme] = await Promise.all([this.backend.history(tip, TREND_COMMITS), this.backend.readFile(tip, README_PATH)]);
    return { trend: trendOfCommits(history), readmeIsTheirs: readme !== null && !isGeneratedReadme(readme) };
  }
}
