/** The diff as plain text, for `tusk diff --format text`: every row, in aligned columns. */
import { shortSha, type DiffContext } from './context.js';
import { escapePlain } from './escape.js';
import { formatChange, formatCount } from './format-numbers.js';
import { isEmpty, type DataDiff } from './model.js';
import { headline, totalsParts, unchangedLine } from './headline.js';
import { formatTable } from '../text-table.js';

function rowTable(diff: DataDiff): string[] {
  const rows = [
    ...diff.added.map((r) => ['added', escapePlain(r.repo), formatCount(r.deps), formatCount(r.lines)]),
    ...diff.removed.map((r) => ['removed', escapePlain(r.repo), formatCount(r.deps), formatCount(r.lines)]),
    ...diff.changed.map((r) => ['changed', escapePlain(r.repo), formatChange(r.deps.before, r.deps.after), formatChange(r.lines.before, r.lines.after)]),
  ];
  return rows.length === 0 ? [] : [...formatTable(['Status', 'Repository', 'Deps', 'Lines'], rows, { numbersRight: false }), ''];
}

function problemLines(diff: DataDiff): string[] {
  const failed = diff.failed.map((f) => `  ${escapePlain(f.repo)}: ${escapePlain(f.error)}`);
  const pending = diff.pending.map((repo) => `  ${escapePlain(repo)}`);
  const renamed = diff.renamed.map(({ from, to }) => `  ${escapePlain(from)} -> ${escapePlain(to)}`);
  const invalid = diff.invalid.map((l) => `  ${escapePlain(l.file)}:${l.line}: ${escapePlain(l.text)}`);
  return [
    ...(failed.length > 0 ? ['', `Failed (${formatCount(failed.length)}):`, ...failed] : []),
    ...(pending.length > 0 ? ['', `Pending, not computed yet (${formatCount(pending.length)}):`, ...pending] : []),
    ...(renamed.length > 0 ? ['', `Renamed on GitHub, update the input (${formatCount(renamed.length)}):`, ...renamed] : []),
    ...(invalid.length > 0 ? ['', `Invalid lines (${formatCount(invalid.length)}):`, ...invalid] : []),
  ];
}

export function renderText(diff: DataDiff, context: DiffContext): string {
  const { lead, details } = headline(diff);
  const { base, head } = context;
  const baseAt = base.dataCommit === null ? '(no data yet)' : `at ${shortSha(base.dataCommit)}`;
  const lines = [
    `Tusk data diff: ${[lead, ...details].join(' · ')}`,
    `Base: ${escapePlain(base.label)} ${baseAt}`,
    `Head: ${escapePlain(head.label)} at ${shortSha(head.commit)}`,
  ];
  if (!isEmpty(diff)) {
    lines.push('', ...rowTable(diff), `${unchangedLine(diff)}.`, `Totals: ${totalsParts(diff).join(' · ')}`, ...problemLines(diff));
  }
  return `${lines.join('\n')}\n`;
}
