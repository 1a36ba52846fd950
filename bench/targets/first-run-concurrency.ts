/** Target 6: a first run over many small repositories, `concurrency: 8` against `concurrency: 1`, with API latency. */
import { availableParallelism } from 'node:os';
import type { GitHubEmulator } from '../../test/support/github-emulator/index.js';
import { seedGoRepo, type GoRepoSpec } from '../../test/support/go-repos.js';
import { pushEvent, runAction } from '../../test/support/run-action.js';
import { mapConcurrent } from '../lib/map-concurrent.js';
import { INPUT_PATH } from '../emulator/data-branch.js';
import { inputFile } from '../emulator/names.js';
import type { BenchContext } from '../lib/context.js';
import { cpuSoFarMs } from '../lib/cpu.js';
import * as format from '../lib/format.js';
import { interleave, type Samples } from '../lib/interleave.js';
import { timeRow } from '../lib/rows.js';
import { median } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

const LATENCY_MS = 50;
const OWNER = 'acme';

function specs(count: number): GoRepoSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    owner: 'bench-small',
    repo: `repo-${String(i).padStart(3, '0')}`,
    deps: i % 3 === 0 ? [] : [`github.com/dep-${i % 7}/lib`],
    bodyLines: 20 + (i % 50),
  }));
}

interface FirstRun {
  ms: number;
  /** CPU time of the whole machine's share in it (the action, the emulator, git), or null off Linux. */
  cpuMs: number | null;
}

/** A push of `input` to a new repository (no data branch yet), run with `concurrency`. */
async function firstRun(node: string, emulator: GitHubEmulator, repo: string, input: string, count: number, concurrency: number): Promise<FirstRun> {
  await emulator.createRepo(OWNER, repo);
  const sha = await emulator.commitFiles(OWNER, repo, 'main', { [INPUT_PATH]: input }, `track ${count} repositories`);
  emulator.setLatency(LATENCY_MS);
  try {
    const cpuBefore = cpuSoFarMs();
    const start = performance.now();
    const run = await runAction({
      node,
      apiUrl: emulator.url,
      repository: `${OWNER}/${repo}`,
      event: pushEvent('main', null, sha),
      inputs: { concurrency: String(concurrency) },
    });
    const ms = performance.now() - start;
    const cpuAfter = cpuSoFarMs();
    const { processed, failed } = run.outputs;
    if (run.exitCode !== 0 || processed !== String(count) || failed !== '0') {
      throw new Error(
        `the first run with concurrency ${concurrency} did not compute ${count} (exit ${run.exitCode}, processed ${processed}, failed ${failed}): ${run.stderr.trim().slice(0, 300)}`,
      );
    }
    return { ms, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
  } finally {
    emulator.setLatency(0);
  }
}

/**
 * Not a target: the emulator and its git processes share the machine with the action, so the
 * run's CPU time spread over every core is a floor under its wall time.
 */
function cpuFloorRow(cpuMs: number[], run: Samples): Row {
  const cores = availableParallelism();
  const floor = median(cpuMs) / cores;
  return {
    id: '6b',
    what: `CPU floor of the concurrency-8 run: CPU of action + emulator + git / ${cores} cores, vs its wall time`,
    tusk: format.duration(floor),
    baseline: format.duration(run.median),
    ratio: format.ratio(floor / run.median),
    target: 'report',
    verdict: 'report',
    runs: `${cpuMs.length}+${run.samples.length}`,
  };
}

export async function firstRunRows(context: BenchContext, emulator: GitHubEmulator): Promise<Row[]> {
  const count = context.quick ? 50 : 200;
  const repos = specs(count);
  context.log(`6  seeding ${count} small Go repositories`);
  await mapConcurrent(repos, 4, (spec) => seedGoRepo(emulator, spec));
  const input = inputFile(repos.map((r) => `${r.owner}/${r.repo}`));
  // One untimed run makes every archive once, so no measured run pays for `git archive` alone.
  context.log('6  warm-up run');
  await firstRun(context.actionNode(), emulator, 'first-run-warm-up', input, count, 8);
  let round = 0;
  const cpuOfEight: number[] = [];
  const samples = await interleave(
    [8, 1].map((concurrency) => ({
      name: String(concurrency),
      run: async () => {
        const run = await firstRun(context.actionNode(), emulator, `first-run-c${concurrency}-${round}`, input, count, concurrency);
        if (concurrency === 8 && run.cpuMs !== null) cpuOfEight.push(run.cpuMs);
        return run.ms;
      },
    })),
    context.repetitions,
    (r) => {
      round = r;
      context.log(`6  first run over ${count} repositories, concurrency 8 and 1: round ${r}`);
    },
  );
  const eight = samples.get('8')!;
  const rows = [
    timeRow({
      id: '6a',
      what: `first run, ${format.count(count)} small repos, ${LATENCY_MS} ms API latency: concurrency 8 vs 1`,
      tusk: eight,
      baseline: samples.get('1')!,
      limit: { max: 0.2, text: '≤ 0.20× (≥ 5× faster)' },
    }),
  ];
  if (cpuOfEight.length > 0) rows.push(cpuFloorRow(cpuOfEight, eight));
  return rows;
}
