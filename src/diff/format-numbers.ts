/** Numbers as every renderer shows them: en-US grouping whatever the machine's locale, so output is stable. */
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const DELTA = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });

/** `1,234`. */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** `+12`, `-3` (ASCII hyphen-minus, so the text can be searched and copied), `0`. */
export function formatDelta(n: number): string {
  return DELTA.format(n);
}

/** `100 → 112 (+12)`, or just `100` when the number did not move. */
export function formatChange(before: number, after: number): string {
  if (before === after) return formatCount(after);
  return `${formatCount(before)} → ${formatCount(after)} (${formatDelta(after - before)})`;
}

/** `1 repository`, `2 repositories`: `n` formatted, with the noun agreeing. */
export function formatQuantity(n: number, singular: string, plural: string): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
