/**
 * Target 4: peak RSS of `tusk stats` on every tarball, up to a synthetic ~1 GB one, and on the
 * worst cases built to exhaust memory (a Go file of gigabytes of newlines, or of one comment):
 * bounded whatever the archive holds, and not growing with real code.
 */
import { resultLine, type StatsRecord } from '../../src/stats/record.js';
import type { Tarball } from '../corpus/corpus.js';
import { worstCaseTarballs, type WorstCase } from '../corpus/worst-case.js';
import { runChild } from '../lib/child.js';
import { cliArgs, type BenchContext } from '../lib/context.js';
import * as format from '../lib/format.js';
import { hasGnuTime, runWithPeakRss } from '../lib/processes.js';
import { max, median } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

const LIMIT_BYTES = 150e6;
/**
 * "Does not grow with size": the largest tarball may cost at most this much more than the
 * smallest synthetic one. Between golang/go and that one, peak RSS rises once as V8 lets up to
 * ~64 MB of spent 1 MB inflate buffers (external memory) wait for a collection; past that slack
 * it stays flat, which is what this row checks.
 */
const GROWTH_LIMIT = 1.1;

interface Peak {
  bytes: number;
  /** `owner/repo, deps, lines`, as the CLI prints it (empty for the idle run). */
  output: string;
}

/** Peak RSS of one `tusk stats` process; without GNU time, of the engine in a child Node process. */
async function peak(context: BenchContext, args: string[], tarball: Tarball | null): Promise<Peak> {
  if (hasGnuTime()) {
    const run = await runWithPeakRss(process.execPath, cliArgs(context, ...args));
    return { bytes: run.peakRssBytes, output: run.stdout.trim() };
  }
  const child = await runChild(context, tarball === null ? ['idle'] : ['engine', `${tarball.repo}=${tarball.path}`]);
  const [record] = (child.report.records ?? []) as StatsRecord[];
  return { bytes: child.report.maxRssBytes, output: record ? resultLine(record) : '' };
}

const linesOf = (peaks: Peak[]): number => Number(peaks[0]!.output.split(', ').pop());

/** Rounds over every tarball, each starting one tarball later; the idle CLI once a round. */
async function measurePeaks(context: BenchContext, all: readonly Tarball[], runs: number): Promise<{ idle: number[]; peaks: Map<string, Peak[]> }> {
  const idle: number[] = [];
  const peaks = new Map<string, Peak[]>(all.map((t) => [t.repo, []]));
  for (let round = 0; round < runs; round++) {
    context.log(`4  peak RSS of ${all.length} tarballs: round ${round + 1} of ${runs}`);
    idle.push((await peak(context, ['--help'], null)).bytes);
    for (let i = 0; i < all.length; i++) {
      const tarball = all[(i + round) % all.length]!;
      peaks.get(tarball.repo)!.push(await peak(context, ['stats', `${tarball.repo}=${tarball.path}`], tarball));
    }
  }
  return { idle, peaks };
}

/** A synthetic tarball that does not hold N full copies of the Go tree would prove nothing. */
function checkSynthetic(synthetic: readonly Tarball[], goTarball: Tarball, peaks: Map<string, Peak[]>): void {
  const goLines = linesOf(peaks.get(goTarball.repo)!);
  for (const tree of synthetic) {
    const lines = linesOf(peaks.get(tree.repo)!);
    if (lines !== (tree.copies ?? 1) * goLines) throw new Error(`${tree.repo} should count ${tree.copies} × ${goLines} lines, but counts ${lines}`);
  }
}

/** A worst case proves nothing unless its whole file was read: its lines are known in advance. */
function checkWorstCases(worst: readonly WorstCase[], peaks: Map<string, Peak[]>): void {
  for (const tarball of worst) {
    const lines = linesOf(peaks.get(tarball.repo)!);
    if (lines !== tarball.lines) throw new Error(`${tarball.repo} should count ${tarball.lines} lines, but counts ${lines}`);
  }
}

/**
 * `synthetic`: copies of the Go tree, of growing size; the largest is compared with golang/go
 * itself. The worst cases are measured too, with the same target, and left out of the growth row.
 */
export async function peakMemoryRows(context: BenchContext, tarballs: readonly Tarball[], goTarball: Tarball, synthetic: readonly Tarball[]): Promise<Row[]> {
  const worst = await worstCaseTarballs(context);
  const code = [...tarballs, ...synthetic].sort((a, b) => a.tarBytes - b.tarBytes);
  const all = [...code, ...worst];
  const runs = context.quick ? 1 : 3;
  const { idle, peaks } = await measurePeaks(context, all, runs);
  checkSynthetic(synthetic, goTarball, peaks);
  checkWorstCases(worst, peaks);
  const how = hasGnuTime() ? 'tusk stats' : 'engine in a child node';
  const highest = (t: Tarball) => max(peaks.get(t.repo)!.map((p) => p.bytes));
  const id = (i: number) => `4${String.fromCharCode(97 + i)}`;
  const holding = new Map(worst.map((t) => [t.repo, `${t.holds}, `]));
  const holds = (t: Tarball) => holding.get(t.repo) ?? '';
  const rows: Row[] = all.map((tarball, i) => ({
    id: id(i),
    what: `peak RSS, ${how} ${tarball.repo} (${holds(tarball)}${format.megabytes(tarball.tarBytes)} tar) vs tusk --help`,
    tusk: format.megabytes(highest(tarball)),
    baseline: format.megabytes(median(idle)),
    ratio: format.ratio(highest(tarball) / median(idle)),
    target: '< 150 MB',
    verdict: highest(tarball) < LIMIT_BYTES ? 'PASS' : 'FAIL',
    runs: `${runs}+${runs}`,
  }));
  const largest = code[code.length - 1]!;
  const reference = synthetic.length > 1 ? [...synthetic].sort((a, b) => a.tarBytes - b.tarBytes)[0]! : goTarball;
  const growth = highest(largest) / highest(reference);
  const lines = `, ${format.count(linesOf(peaks.get(largest.repo)!))} lines`;
  rows.push({
    id: id(all.length),
    what: `peak RSS growth: ${largest.repo} (${format.megabytes(largest.tarBytes)} tar${lines}) vs ${reference.repo} (${format.megabytes(reference.tarBytes)} tar)`,
    tusk: format.megabytes(highest(largest)),
    baseline: format.megabytes(highest(reference)),
    ratio: format.ratio(growth),
    // With one synthetic tarball (--quick) there is no plateau to compare with: report only.
    target: reference === goTarball ? 'report' : `≤ ${GROWTH_LIMIT.toFixed(2)}× (no growth)`,
    verdict: reference === goTarball ? 'report' : growth <= GROWTH_LIMIT ? 'PASS' : 'FAIL',
    runs: `${runs}+${runs}`,
  });
  return rows;
}
