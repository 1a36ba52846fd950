/** The diff as plain text, for `tusk diff --format text`: every row, in aligned columns. */
import { shortSha, type DiffContext } from './context.js';
import { escapePlain } from './escape.js';
import { formatChange, formatCount } from './format-numbers.js';
import { isEmpty, type DataDiff } from './model.js';
import { headline, totalsParts, unchangedLine } from './summary.js';

/** Left-aligned columns two spaces apart; the last column is not padded. */
function columns(table: string[][]): string[] {
  // A fold, not Math.max(...): spreading every row into one call overflows the stack on large diffs.
  const widths = table[0]!.map((_, i) => table.reduce((width, cells) => Math.max(width, cells[i]!.length), 0));
  return table.map((cells) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '));
}

function rowTable(diff: DataDiff): string[] {
  const rows = [
    ...diff.added.map((r) => ['added', escapePlain(r.repo), formatCount(r.deps), formatCount(r.lines)]),
    ...diff.removed.map((r) => ['removed', escapePlain(r.repo), formatCount(r.deps), formatCount(r.lines)]),
    ...diff.changed.map((r) => ['changed', escapePlain(r.repo), formatChange(r.deps.before, r.deps.after), formatChange(r.lines.before, r.lines.after)]),
  ];
  return rows.length === 0 ? [] : [...columns([['Status', 'Repository', 'Deps', 'Lines'], ...rows]), ''];
}

function problemLines(diff: DataDiff): string[] {
  const failed = diff.failed.map((f) => `  ${escapePlain(f.repo)}: ${escapePlain(f.error)}`);
  const pending = diff.pending.map((repo) => `  ${escapePlain(repo)}`);
  const invalid = diff.invalid.map((l) => `  ${escapePlain(l.file)}:${l.line}: ${escapePlain(l.text)}`);
  return [
    ...(failed.length > 0 ? ['', `Failed (${formatCount(failed.length)}):`, ...failed] : []),
    ...(pending.length > 0 ? ['', `Pending, not computed yet (${formatCount(pending.length)}):`, ...pending] : []),
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
