/** The wording the renderers share: numbers only, nothing taken from input, so no escaping is needed. */
import { formatChange, formatCount, formatDelta, formatQuantity } from './format-numbers.js';
import { counts, isEmpty, type DataDiff } from './model.js';

/** What changes, in a few words (`lead`), then the numbers behind it. */
export interface Headline {
  lead: string;
  details: string[];
}

function problems(diff: DataDiff): string[] {
  const parts: string[] = [];
  if (diff.failed.length > 0) parts.push(`${formatCount(diff.failed.length)} failed`);
  if (diff.pending.length > 0) parts.push(`${formatCount(diff.pending.length)} pending`);
  if (diff.invalid.length > 0) parts.push(formatQuantity(diff.invalid.length, 'invalid line', 'invalid lines'));
  if (diff.renamed.length > 0) parts.push(`${formatCount(diff.renamed.length)} renamed on GitHub`);
  return parts;
}

export function headline(diff: DataDiff): Headline {
  const { before, after } = diff.totals;
  if (isEmpty(diff)) {
    const size = [formatQuantity(after.repositories, 'repository', 'repositories'), `deps ${formatCount(after.deps)}`, `lines ${formatCount(after.lines)}`];
    return { lead: 'No data changes', details: size };
  }
  const { added, removed, changed } = counts(diff);
  if (added + removed + changed === 0) return { lead: 'No row changes', details: problems(diff) };
  const kinds = [
    [added, 'added'],
    [removed, 'removed'],
    [changed, 'changed'],
  ] as const;
  const lead = kinds
    .filter(([n]) => n > 0)
    .map(([n, kind]) => `${formatCount(n)} ${kind}`)
    .join(', ');
  const engine = diff.engineChanged > 0 ? [`${formatCount(diff.engineChanged)} changed by a new stats engine, not the source`] : [];
  return { lead, details: [`deps ${formatDelta(after.deps - before.deps)}`, `lines ${formatDelta(after.lines - before.lines)}`, ...engine, ...problems(diff)] };
}

/** `12 repositories unchanged`. */
export function unchangedLine(diff: DataDiff): string {
  return `${formatQuantity(diff.unchanged, 'repository', 'repositories')} unchanged`;
}

/** The totals before → after; a number that did not move is shown once. */
export function totalsParts(diff: DataDiff): string[] {
  const { before, after } = diff.totals;
  return [
    `repositories ${formatChange(before.repositories, after.repositories)}`,
    `deps ${formatChange(before.deps, after.deps)}`,
    `lines ${formatChange(before.lines, after.lines)}`,
  ];
}
