/**
 * The diff as GitHub markdown: the bot's comment and the job summary. The body always fits
 * `maxLength`: lists are cut at whole items, each cut said with an "…and N more" line.
 */
import { commitUrl, shortSha, type DiffContext } from './context.js';
import { codeSpan, escapeCell, linkDestination } from './escape.js';
import { formatChange, formatCount, formatQuantity } from './format-numbers.js';
import { isEmpty, type DataDiff } from './model.js';
import { headline, totalsParts, unchangedLine } from './headline.js';

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_MAX_LENGTH = 65536;

export interface MarkdownOptions {
  /** The longest body, in UTF-16 code units (never fewer than the characters GitHub counts). Default: a comment's limit. */
  maxLength?: number;
  /** Where the full diff can be read, said wherever items are cut. */
  fullDiffHint?: string;
  /**
   * Markdown shown after the diff (the trend), ending in a newline: only where the whole body
   * still fits, so that it never takes the room of the diff's own text.
   */
  trend?: string;
}

const HEADING = '### Tusk data diff';
/** Rows shown before the rest folds into `<details>`. */
const VISIBLE_ROWS = 25;
/** Code points of one input text shown: one long error message must not crowd out every row. */
const MAX_TEXT = 200;
const TABLE_HEAD = '| Status | Repository | Deps | Lines |\n|---|---|--:|--:|';

/** The items of each list, rendered once; a body shows a prefix of each. */
export interface Items {
  rows: RenderedList;
  failed: RenderedList;
  pending: RenderedList;
  invalid: RenderedList;
  renamed: RenderedList;
}

/** What each list's "…and N more" line calls its items, singular and plural. */
const MORE: { [list in keyof Items]: [string, string] } = {
  rows: ['more row', 'more rows'],
  failed: ['more failed repository', 'more failed repositories'],
  pending: ['more pending repository', 'more pending repositories'],
  invalid: ['more invalid line', 'more invalid lines'],
  renamed: ['more renamed repository', 'more renamed repositories'],
};
const LISTS = ['rows', 'failed', 'pending', 'invalid', 'renamed'] as const;

/** A list whose items are rendered when first read: a body shows a few of what may be many. */
class RenderedList {
  private readonly rendered: string[] = [];

  constructor(
    readonly length: number,
    private readonly renderAt: (index: number) => string,
  ) {}

  at(index: number): string {
    return (this.rendered[index] ??= this.renderAt(index));
  }

  slice(start: number, end: number): string[] {
    const items: string[] = [];
    for (let i = start; i < Math.min(end, this.length); i++) items.push(this.at(i));
    return items;
  }
}

/** At most `MAX_TEXT` code points of an input text, `…` marking a cut. */
export function clipped(text: string): string {
  if (text.length <= MAX_TEXT) return text; // fewer code units than the limit: no code point to cut
  const codePoints = Array.from(text);
  return codePoints.length <= MAX_TEXT ? text : `${codePoints.slice(0, MAX_TEXT).join('')}…`;
}

function tableRow(status: string, repo: string, deps: string, lines: string): string {
  return `| ${status} | ${escapeCell(clipped(repo))} | ${deps} | ${lines} |`;
}

function renderItems(diff: DataDiff): Items {
  const { added, removed, changed } = diff;
  const row = (i: number): string => {
    if (i < added.length) return tableRow('added', added[i]!.repo, formatCount(added[i]!.deps), formatCount(added[i]!.lines));
    const r = removed[i - added.length];
    if (r) return tableRow('removed', r.repo, formatCount(r.deps), formatCount(r.lines));
    const c = changed[i - added.length - removed.length]!;
    return tableRow('changed', c.repo, formatChange(c.deps.before, c.deps.after), formatChange(c.lines.before, c.lines.after));
  };
  return {
    rows: new RenderedList(added.length + removed.length + changed.length, row),
    failed: new RenderedList(diff.failed.length, (i) => `- ${codeSpan(clipped(diff.failed[i]!.repo))}: ${codeSpan(clipped(diff.failed[i]!.error))}`),
    pending: new RenderedList(diff.pending.length, (i) => `- ${codeSpan(clipped(diff.pending[i]!))}`),
    invalid: new RenderedList(diff.invalid.length, (i) => {
      const l = diff.invalid[i]!;
      return `- ${codeSpan(clipped(l.file))} line ${l.line}: ${codeSpan(clipped(l.text))}`;
    }),
    renamed: new RenderedList(diff.renamed.length, (i) => `- ${codeSpan(clipped(diff.renamed[i]!.from))} is now ${codeSpan(clipped(diff.renamed[i]!.to))}`),
  };
}

function commitRef(context: DiffContext, sha: string, url: string | undefined): string {
  const link = commitUrl(context, sha, url);
  const label = codeSpan(shortSha(sha));
  return link === undefined ? label : `[${label}](${linkDestination(link)})`;
}

function comparison(context: DiffContext): string {
  const { base, head } = context;
  const baseAt = base.dataCommit === null ? '(no data yet)' : `at ${commitRef(context, base.dataCommit, base.url)}`;
  return `Comparing ${codeSpan(clipped(base.label))} ${baseAt} with ${codeSpan(clipped(head.label))} at ${commitRef(context, head.commit, head.url)}.`;
}

function moreLine(left: number, singular: string, plural: string, hint: string): string[] {
  return left > 0 ? [`…and ${formatQuantity(left, singular, plural)} (${hint})`] : [];
}

function rowBlocks(rows: RenderedList, shown: number, hint: string): string[] {
  const visible = rows.slice(0, Math.min(shown, VISIBLE_ROWS));
  const folded = rows.slice(visible.length, shown);
  const blocks = visible.length > 0 ? [[TABLE_HEAD, ...visible].join('\n')] : [];
  if (folded.length > 0) {
    const summary = `<summary>${formatQuantity(folded.length, ...MORE.rows)}</summary>`;
    blocks.push(`<details>\n${summary}\n\n${[TABLE_HEAD, ...folded].join('\n')}\n\n</details>`);
  }
  return [...blocks, ...moreLine(rows.length - shown, ...MORE.rows, hint)];
}

function listBlocks(title: string, items: RenderedList, shown: number, more: [string, string], hint: string): string[] {
  if (items.length === 0) return [];
  const list = shown > 0 ? [items.slice(0, shown).join('\n')] : [];
  return [title, ...list, ...moreLine(items.length - shown, ...more, hint)];
}

/** `**lead** · details`: what the diff does, in numbers. */
function headlineLine(diff: DataDiff): string {
  const { lead, details } = headline(diff);
  return [`**${lead}**`, ...details].join(' · ');
}

/**
 * The body with at most `cap` items of each list, as a function of `cap`: the parts that do not
 * depend on it are rendered once, since the search for the largest body renders several.
 */
function bodyRenderer(diff: DataDiff, context: DiffContext, items: Items, hint: string): (cap: number) => string {
  const top = [HEADING, headlineLine(diff), comparison(context)];
  if (isEmpty(diff)) {
    const text = `${top.join('\n\n')}\n`;
    return () => text;
  }
  const totals = `${unchangedLine(diff)}. Totals: ${totalsParts(diff).join(' · ')}.`;
  const failedTitle = `**Failed (${formatCount(diff.failed.length)})**: no stats, so not in the results; retried on the next run.`;
  const pendingTitle = `**Pending (${formatCount(diff.pending.length)})**: not computed yet, so not in the results; ${context.pendingNote ?? 'a later run computes them first.'}`;
  const invalidTitle = `**Invalid lines (${formatCount(diff.invalid.length)})**: not repository names, so left out.`;
  const renamedTitle = `**Renamed on GitHub (${formatCount(diff.renamed.length)})**: their stats are the new repository's; update the input to the new name.`;
  return (cap) => {
    const shown = (list: RenderedList) => Math.min(list.length, cap);
    const blocks = [
      ...top,
      ...rowBlocks(items.rows, shown(items.rows), hint),
      totals,
      ...listBlocks(failedTitle, items.failed, shown(items.failed), MORE.failed, hint),
      ...listBlocks(pendingTitle, items.pending, shown(items.pending), MORE.pending, hint),
      ...listBlocks(invalidTitle, items.invalid, shown(items.invalid), MORE.invalid, hint),
      ...listBlocks(renamedTitle, items.renamed, shown(items.renamed), MORE.renamed, hint),
    ];
    return `${blocks.join('\n\n')}\n`;
  };
}

/** The last resort when not even the summary fits: the headline and where to look. */
function tooLarge(diff: DataDiff, hint: string): string {
  return `${HEADING}\n\n${headlineLine(diff)}\n\nThe diff is too large to show here (${hint}).\n`;
}

const SEARCH_MARGIN = 2000;

/**
 * The largest cap, from `from` on, whose items beyond `from` (one line each) fit in `room`
 * characters: a body with more items than that grows by more than `room`.
 */
function capBound(items: Items, room: number, from = 0): number {
  const lists = LISTS.map((list) => items[list]);
  let used = 0;
  for (let cap = from; ; cap++) {
    for (const list of lists) if (cap < list.length) used += list.at(cap).length + 1;
    if (used > room || lists.every((list) => cap >= list.length)) return cap;
  }
}

/**
 * The most characters a body with more than `cap` items can lose against the body with `cap`: the
 * "…and N more" lines (and the blank line before each), which shorten and then go.
 */
function shrinkBeyond(items: Items, cap: number, hint: string): number {
  let most = 0;
  for (const list of LISTS) {
    for (const line of moreLine(items[list].length - cap, ...MORE[list], hint)) most += line.length + 2;
  }
  return most;
}

const DEFAULT_HINT = 'see the job summary for the full diff';

/**
 * The bodies a diff can have, whatever their length: `render(cap)` shows at most `cap` items of
 * each list. `renderMarkdown` picks the largest that fits its limit.
 */
export function diffBodies(
  diff: DataDiff,
  context: DiffContext,
  options: Pick<MarkdownOptions, 'fullDiffHint'> = {},
): { items: Items; render: (cap: number) => string } {
  const items = renderItems(diff);
  return { items, render: bodyRenderer(diff, context, items, options.fullDiffHint ?? DEFAULT_HINT) };
}

/** What is said instead of a trend that does not fit. */
const TREND_LEFT_OUT = '_The trend chart is left out to keep within the size limit._\n';

/** `body` and the trend after it, or what fits of them: the body first. */
function withTrend(body: string, trend: string | undefined, maxLength: number): string {
  if (trend === undefined) return body;
  for (const after of [trend, TREND_LEFT_OUT]) {
    if (body.length + 1 + after.length <= maxLength) return `${body}\n${after}`;
  }
  return body;
}

/**
 * Renders the diff; each list keeps as many items as fit, the same number for every list that is
 * cut; then the trend, if it fits after them.
 */
export function renderMarkdown(diff: DataDiff, context: DiffContext, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? COMMENT_MAX_LENGTH;
  return withTrend(renderDiff(diff, context, options, maxLength), options.trend, maxLength);
}

function renderDiff(diff: DataDiff, context: DiffContext, options: MarkdownOptions, maxLength: number): string {
  const hint = options.fullDiffHint ?? DEFAULT_HINT;
  const { items, render } = diffBodies(diff, context, options);
  const longest = Math.max(...LISTS.map((list) => items[list].length));
  const empty = render(0);
  if (empty.length > maxLength) {
    const last = tooLarge(diff, hint);
    if (last.length > maxLength) throw new RangeError(`maxLength ${maxLength} is too small for a diff's headline (${last.length} characters)`);
    return last;
  }
  // A body that fits bounds the answer: a longer one adds its items' lines and loses at most the
  // "more" lines. Below that bound, the lengths of the lists split the caps into runs where the
  // body only grows; a run's first body that does not fit rules the whole run out.
  const tooMany = Math.min(longest + 1, firstTooMany(items, 0, empty, maxLength, hint));
  const starts = [...new Set([0, ...LISTS.map((list) => items[list].length)])].filter((n) => n < tooMany).sort((a, b) => a - b);
  for (let run = starts.length - 1; ; run--) {
    const start = starts[run]!;
    const first = start === 0 ? empty : render(start);
    if (first.length > maxLength) continue;
    const end = run + 1 < starts.length ? starts[run + 1]! : tooMany;
    return largestInRun(items, { cap: start, body: first }, end, render, maxLength, hint);
  }
}

/** Past `cap` (whose body has `text`), the first cap whose body cannot fit `maxLength`. */
function firstTooMany(items: Items, cap: number, text: string, maxLength: number, hint: string): number {
  return capBound(items, maxLength - text.length + shrinkBeyond(items, cap, hint), cap) + 1;
}

/**
 * The largest cap below `end` whose body fits, in a run where bodies only grow and `fits` fits.
 * Tables, folds and "more" lines add little beyond the items: filling the spare room with items is
 * a close guess, and a binary search settles the rest.
 */
function largestInRun(
  items: Items,
  fits: { cap: number; body: string },
  end: number,
  render: (cap: number) => string,
  maxLength: number,
  hint: string,
): string {
  let best = fits;
  let tooMany = Math.min(end, firstTooMany(items, best.cap, best.body, maxLength, hint));
  const tryCap = (cap: number): void => {
    const text = render(cap);
    if (text.length > maxLength) {
      tooMany = cap;
      return;
    }
    best = { cap, body: text };
    tooMany = Math.min(tooMany, firstTooMany(items, cap, text, maxLength, hint));
  };
  for (const margin of [SEARCH_MARGIN, 0]) {
    const guess = capBound(items, maxLength - best.body.length - margin, best.cap);
    if (guess > best.cap && guess < tooMany) tryCap(guess);
  }
  while (tooMany - best.cap > 1) tryCap(Math.floor((best.cap + tooMany) / 2));
  return best.body;
}
