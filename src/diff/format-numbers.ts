/**
 * Numbers as every renderer shows them: en-US grouping whatever the machine's locale, so output is
 * stable. Counts are integers, grouped here by arithmetic: a 10,000-row job summary formats some
 * 50,000 of them, in half the time Intl.NumberFormat takes (tests hold the two equal).
 */
let intl: { count: Intl.NumberFormat; delta: Intl.NumberFormat } | undefined;

/** Intl, for anything but a safe integer (never a count, but a renderer must not show it wrong). */
function viaIntl(): { count: Intl.NumberFormat; delta: Intl.NumberFormat } {
  return (intl ??= {
    count: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
    delta: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
  });
}

/** |n| with its digits in groups of three. */
function grouped(n: number): string {
  let rest = Math.abs(n);
  if (rest < 1000) return String(rest);
  let text = '';
  while (rest >= 1000) {
    text = `,${String(rest % 1000).padStart(3, '0')}${text}`;
    rest = Math.floor(rest / 1000);
  }
  return `${rest}${text}`;
}

/** `1,234`. */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return viaIntl().count.format(n);
  return n < 0 ? `-${grouped(n)}` : grouped(n);
}

/** `+12`, `-3` (ASCII hyphen-minus, so the text can be searched and copied), `0`. */
export function formatDelta(n: number): string {
  if (!Number.isSafeInteger(n)) return viaIntl().delta.format(n);
  return n > 0 ? `+${grouped(n)}` : n < 0 ? `-${grouped(n)}` : '0';
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
