import { errorMessage } from '../../src/error-message.js';
import * as format from './format.js';
import type { Samples } from './interleave.js';
import type { Row, Verdict } from './table.js';

export interface Comparison {
  id: string;
  what: string;
  tusk: Samples;
  baseline: Samples;
  /** The verdict from tusk/baseline; absent for a row that only reports. */
  limit?: { max: number; text: string };
}

function runs(tusk: Samples, baseline: Samples): string {
  return `${tusk.samples.length}+${baseline.samples.length}`;
}

/** A row of two timed medians and their ratio, Tusk over baseline (below 1: Tusk is faster). */
export function timeRow(c: Comparison): Row {
  const r = c.tusk.median / c.baseline.median;
  const verdict: Verdict = c.limit === undefined ? 'report' : r <= c.limit.max ? 'PASS' : 'FAIL';
  return {
    id: c.id,
    what: c.what,
    tusk: format.duration(c.tusk.median),
    baseline: format.duration(c.baseline.median),
    ratio: format.ratio(r),
    target: c.limit?.text ?? 'report',
    verdict,
    runs: runs(c.tusk, c.baseline),
  };
}

/** A row for a measurement that could not be made: it fails, with the reason where the figure would be. */
export function failedRow(id: string, what: string, error: unknown): Row {
  return {
    id,
    what: `${what}: ERROR ${errorMessage(error).split('\n')[0]!.slice(0, 110)}`,
    tusk: '-',
    baseline: '-',
    ratio: '-',
    target: '-',
    verdict: 'FAIL',
    runs: '-',
  };
}
