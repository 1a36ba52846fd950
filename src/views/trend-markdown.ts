/**
 * The bot's trend: where a pull request takes the totals, after the base data branch's recent data
 * commits, as Mermaid charts GitHub draws, with the same numbers in a table for readers (and for
 * wherever the charts do not render).
 */
import { repositoryCommitUrl } from '../diff/context.js';
import { codeSpan, linkDestination } from '../diff/escape.js';
import { formatCount, formatQuantity } from '../diff/format-numbers.js';
import { clipped } from '../diff/markdown.js';
import type { Totals } from '../diff/model.js';
import { mermaidLineChart } from './mermaid-xychart.js';
import { TOTALS_SERIES, type TrendPoint } from './trend.js';

export interface TrendMarkdownContent {
  /** The base data branch. */
  branch: string;
  /** Its recent data commits, oldest first. */
  history: readonly TrendPoint[];
  /** The totals with the pull request. */
  proposed: Totals;
  /** Where data commits are linked, as `<repositoryUrl>/commit/<sha>`. */
  repositoryUrl?: string;
}

/** The last point's label: this pull request. */
const PROPOSED = 'PR';
const AXIS = 'data commits, oldest first, then the pull request';

/** The points' labels: numbers, oldest first (commit SHAs are too long for a readable axis), then the pull request. */
function labelsOf(history: readonly TrendPoint[]): string[] {
  return [...history.map((_, i) => String(i + 1)), PROPOSED];
}

function dataCommitCell(sha: string | null, repositoryUrl: string | undefined): string {
  const short = codeSpan((sha ?? '').slice(0, 7));
  return repositoryUrl && sha ? `[${short}](${linkDestination(repositoryCommitUrl(repositoryUrl, sha))})` : short;
}

function numbersTable(content: TrendMarkdownContent, labels: readonly string[]): string {
  const rows = content.history.map((point, i) => {
    const numbers = [point.repositories, point.deps, point.lines].map(formatCount);
    return `| ${labels[i]} | ${dataCommitCell(point.dataCommit, content.repositoryUrl)} | ${codeSpan(point.inputCommit.slice(0, 7))} | ${numbers.join(' | ')} |`;
  });
  const { repositories, deps, lines } = content.proposed;
  rows.push(`| ${PROPOSED} | this pull request | | ${[repositories, deps, lines].map((n) => `**${formatCount(n)}**`).join(' | ')} |`);
  return ['| | Data commit | Input commit | Repositories | Deps | Lines |', '|--:|---|---|--:|--:|--:|', ...rows].join('\n');
}

/** The trend section, or null when the base has no data commit to compare with. */
export function renderTrendMarkdown(content: TrendMarkdownContent): string | null {
  const { history, proposed } = content;
  if (history.length === 0) return null;
  const labels = labelsOf(history);
  const charts = TOTALS_SERIES.map(({ key, title, color }) =>
    mermaidLineChart({ title, axis: AXIS, labels, values: [...history.map((point) => point[key]), proposed[key]], color }),
  );
  const last = history[history.length - 1]!;
  const moves = TOTALS_SERIES.map(({ key, title }) => `${title.toLowerCase()} ${formatCount(last[key])} → ${formatCount(proposed[key])}`);
  const blocks = [
    '#### Trend',
    `The totals of the last ${formatQuantity(history.length, 'data commit', 'data commits')} of ${codeSpan(clipped(content.branch))}, then with this pull request (${PROPOSED}): ${moves.join(', ')}.`,
    ...charts,
    `<details>\n<summary>The numbers</summary>\n\n${numbersTable(content, labels)}\n\n</details>`,
  ];
  return `${blocks.join('\n\n')}\n`;
}
