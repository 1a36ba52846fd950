/** Numbers as the table shows them: units, thousands separators, fixed decimals. */

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function count(n: number): string {
  return grouped.format(n);
}

export function duration(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 1_000) return `${ms.toFixed(0)} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(2)} s`;
  return `${(ms / 1_000).toFixed(1)} s`;
}

/** Decimal megabytes (10^6 bytes): the stricter reading of a "150 MB" limit. */
export function megabytes(bytes: number): string {
  const mb = bytes / 1e6;
  return `${mb < 10 ? mb.toFixed(2) : mb < 100 ? mb.toFixed(1) : grouped.format(mb)} MB`;
}

export function ratio(r: number): string {
  return `${r < 0.1 ? r.toFixed(3) : r.toFixed(2)}×`;
}

export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(fraction < 0.01 ? 2 : 1)} %`;
}
