/**
 * Target 5: an incremental push that adds one name to N names whose records the data branch
 * already holds. The work must not grow with N: the same API requests, about the same time,
 * and bounded memory at 100,000 names.
 */
import type { GitHubEmulator } from '../../test/support/github-emulator/index.js';
import { seedGoRepo } from '../../test/support/go-repos.js';
import { PEAK_RSS_REPORTER, peakRssOf } from '../../test/support/peak-rss.js';
import { pushEvent, runAction } from '../../test/support/run-action.js';
import { INPUT_PATH, seedDataCommit } from '../emulator/data-branch.js';
import { earlierRecord, inputFile, manyNames } from '../emulator/names.js';
import type { BenchContext } from '../lib/context.js';
import * as format from '../lib/format.js';
import { interleave, type Samples } from '../lib/interleave.js';
import { timeRow } from '../lib/rows.js';
import type { Row } from '../lib/table.js';

export const SIZES = [100, 1_000, 10_000, 100_000] as const;
/** Peak RSS of the action at the largest size. */
const LARGEST_RSS_LIMIT_BYTES = 300e6;
const ADDED = { owner: 'bench-go', repo: 'added', deps: ['github.com/pkg/errors'], bodyLines: 40 };
const OWNER = 'acme';

export interface IncrementalResult {
  rows: Row[];
  /** The runs at 10,000 names: target 7 compares against them. */
  tenThousand: Samples;
}

interface Prepared {
  repo: string;
  before: string;
  after: string;
}

/** A source repository whose data branch holds the records of `n` names, then a push that adds one. */
async function prepare(emulator: GitHubEmulator, n: number, round: number): Promise<Prepared> {
  const repo = `incremental-${n}-${round}`;
  await emulator.createRepo(OWNER, repo);
  const names = manyNames(n);
  const input = inputFile(names);
  const before = await emulator.commitFiles(OWNER, repo, 'main', { [INPUT_PATH]: input }, `track ${n} repositories`);
  await seedDataCommit(emulator, OWNER, repo, input, before, names.map(earlierRecord));
  const after = await emulator.commitFiles(OWNER, repo, 'main', { [INPUT_PATH]: input + `${ADDED.owner}/${ADDED.repo}\n` }, 'track one more');
  return { repo, before, after };
}

async function timedRun(
  node: string,
  emulator: GitHubEmulator,
  n: number,
  prepared: Prepared,
): Promise<{ ms: number; requests: number; peakRssBytes: number }> {
  emulator.resetLog();
  const start = performance.now();
  const run = await runAction({
    node,
    apiUrl: emulator.url,
    repository: `${OWNER}/${prepared.repo}`,
    event: pushEvent('main', prepared.before, prepared.after),
    nodeArgs: ['--import', PEAK_RSS_REPORTER],
  });
  const ms = performance.now() - start;
  const { processed, reused, added } = run.outputs;
  if (run.exitCode !== 0 || processed !== '1' || reused !== String(n) || added !== '1') {
    throw new Error(
      `the run over ${n} + 1 names did not reuse ${n} and compute 1 (exit ${run.exitCode}, processed ${processed}, reused ${reused}, added ${added}): ${run.stderr.trim().slice(0, 300)}`,
    );
  }
  return { ms, requests: emulator.requests.length, peakRssBytes: peakRssOf(run.stderr).bytes };
}

export async function incrementalRows(context: BenchContext, emulator: GitHubEmulator): Promise<IncrementalResult> {
  await seedGoRepo(emulator, ADDED);
  const requests = new Map<number, number[]>(SIZES.map((n) => [n, []]));
  const peaks: number[] = [];
  // One untimed run first (rounds count from 1): the first action run and the first archive of
  // the added repository are paid for here, not by whichever size the first round starts with.
  const node = context.actionNode();
  await timedRun(node, emulator, SIZES[0]!, await prepare(emulator, SIZES[0]!, 0));
  let round = 0;
  const samples = await interleave(
    SIZES.map((n) => ({
      name: String(n),
      run: async () => {
        const { ms, requests: count, peakRssBytes } = await timedRun(node, emulator, n, await prepare(emulator, n, round));
        requests.get(n)!.push(count);
        if (n === SIZES[SIZES.length - 1]) peaks.push(peakRssBytes);
        return ms;
      },
    })),
    { ...context.repetitions, fast: Math.max(3, context.repetitions.fast), slow: Math.max(3, context.repetitions.slow) },
    (r) => {
      round = r;
      context.log(`5  incremental run, +1 name to ${SIZES.map(format.count).join(' / ')}: round ${r}`);
    },
  );
  const [small, middle, large, largest] = SIZES.map((n) => samples.get(String(n))!) as [Samples, Samples, Samples, Samples];
  const counts = SIZES.map((n) => requests.get(n)!);
  const identical = new Set(counts.flat()).size === 1;
  const shown = (list: number[]) => (new Set(list).size === 1 ? format.count(list[0]!) : list.map(format.count).join('/'));
  const sizes = SIZES.map(format.count).join(' / ');
  const rows: Row[] = [
    {
      id: '5a',
      what: `API requests, incremental run +1 name, at ${sizes} names (1,000: ${shown(counts[1]!)}; 10,000: ${shown(counts[2]!)})`,
      tusk: `${shown(counts[3]!)} req`,
      baseline: `${shown(counts[0]!)} req`,
      ratio: format.ratio(counts[3]![0]! / counts[0]![0]!),
      target: 'identical at every size',
      verdict: identical ? 'PASS' : 'FAIL',
      runs: `${counts[3]!.length}+${counts[0]!.length}`,
    },
    timeRow({
      id: '5b',
      what: `wall time, \`node dist/index.js\`, +1 name to 10,000 vs to 100`,
      tusk: large,
      baseline: small,
      limit: { max: 2, text: '≤ 2.00× (10,000 vs 100)' },
    }),
    timeRow({ id: '5c', what: `wall time, +1 name to 1,000 vs to 100`, tusk: middle, baseline: small }),
    timeRow({ id: '5d', what: `wall time, +1 name to 100,000 vs to 100`, tusk: largest, baseline: small, limit: { max: 3, text: '≤ 3.00× (100,000 vs 100)' } }),
    {
      id: '5e',
      what: 'peak RSS of the action, +1 name to 100,000 names (the max over the runs)',
      tusk: format.megabytes(Math.max(...peaks)),
      baseline: '-',
      ratio: '-',
      target: '< 300 MB',
      verdict: Math.max(...peaks) < LARGEST_RSS_LIMIT_BYTES ? 'PASS' : 'FAIL',
      runs: String(peaks.length),
    },
  ];
  return { rows, tenThousand: large };
}
