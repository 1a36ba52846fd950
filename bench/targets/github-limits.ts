/**
 * Target 8: a first run within GitHub's limits. API requests per computed datum, against the
 * pipeline before one-request datums (which asked for each head, then for its tarball); and the
 * datums a second a long first run gets through at 50 ms of latency, at concurrency 8 and 32.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GitHubEmulator } from '../../test/support/github-emulator/index.js';
import { seedGoRepo } from '../../test/support/go-repos.js';
import { pushEvent, runAction } from '../../test/support/run-action.js';
import { INPUT_PATH } from '../emulator/data-branch.js';
import { inputFile } from '../emulator/names.js';
import type { BenchContext } from '../lib/context.js';
import * as format from '../lib/format.js';
import type { Row } from '../lib/table.js';

/** The last commit of the pipeline that made two API requests a datum: the baseline's bundle. */
const BEFORE = '9098919';
const OWNER = 'bench-limits';
const LATENCY_MS = 50;

/** dist/index.js as it was at BEFORE, unpacked once into .bench/. */
function baselineBundle(context: BenchContext): string {
  const dir = join(context.benchDir, `dist-${BEFORE}`);
  if (!existsSync(join(dir, 'dist', 'index.js'))) {
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['archive', BEFORE, 'dist'], { cwd: context.root, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  }
  return join(dir, 'dist', 'index.js');
}

/** `count` names of copies of one small real Go repository, made once for the whole target. */
async function seedNames(emulator: GitHubEmulator, prefix: string, count: number): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(5, '0')}`);
  emulator.copyRepo(OWNER, 'seed', names);
  return names.map((name) => `${OWNER}/${name}`);
}

interface FirstRun {
  ms: number;
  /** API requests about the datums' repositories (not the run's own reads and commits). */
  datumRequests: number;
  apiRequests: number;
}

async function firstRun(
  node: string,
  emulator: GitHubEmulator,
  names: string[],
  repo: string,
  inputs: Record<string, string>,
  bundle?: string,
): Promise<FirstRun> {
  await emulator.createRepo('acme', repo);
  const sha = await emulator.commitFiles('acme', repo, 'main', { [INPUT_PATH]: inputFile(names) }, `track ${names.length} repositories`);
  emulator.resetLog();
  const start = performance.now();
  const run = await runAction({
    node,
    apiUrl: emulator.url,
    repository: `acme/${repo}`,
    event: pushEvent('main', null, sha),
    inputs,
    ...(bundle ? { bundle } : {}),
  });
  const ms = performance.now() - start;
  if (run.exitCode !== 0 || run.outputs.processed !== String(names.length) || run.outputs.failed !== '0') {
    throw new Error(
      `the first run over ${names.length} names did not compute them all (exit ${run.exitCode}, processed ${run.outputs.processed}, failed ${run.outputs.failed}): ${run.stderr.trim().slice(0, 300)}`,
    );
  }
  const api = emulator.requests.filter((r) => r.path.startsWith('/repos/'));
  return { ms, apiRequests: api.length, datumRequests: api.filter((r) => r.path.startsWith(`/repos/${OWNER}/`)).length };
}

function perDatumRow(id: string, what: string, tusk: FirstRun, baseline: FirstRun, datums: number, max: number): Row {
  const perDatum = tusk.datumRequests / datums;
  const before = baseline.datumRequests / datums;
  return {
    id,
    what: `${what} (the run's own reads and commits: ${tusk.apiRequests - tusk.datumRequests})`,
    tusk: perDatum.toFixed(2),
    baseline: `${before.toFixed(2)} (before)`,
    ratio: format.ratio(perDatum / before),
    target: max === 0 ? '0 a datum' : `≤ ${max.toFixed(1)} a datum`,
    verdict: perDatum <= max ? 'PASS' : 'FAIL',
    runs: '1+1',
  };
}

function throughputRow(id: string, what: string, run: FirstRun, datums: number, against: FirstRun | null): Row {
  const rate = (r: FirstRun) => datums / (r.ms / 1000);
  return {
    id,
    what,
    tusk: `${rate(run).toFixed(0)} datums/s`,
    baseline: against ? `${rate(against).toFixed(0)} datums/s` : `${format.duration(run.ms)} in all`,
    ratio: against ? format.ratio(rate(run) / rate(against)) : '-',
    target: 'report',
    verdict: 'report',
    runs: against ? '1+1' : '1',
  };
}

export async function githubLimitsRows(context: BenchContext, emulator: GitHubEmulator): Promise<Row[]> {
  await seedGoRepo(emulator, { owner: OWNER, repo: 'seed', deps: ['github.com/pkg/errors'], bodyLines: 30 });
  const perDatumCount = context.quick ? 200 : 1_000;
  context.log(`8  API requests a datum: ${perDatumCount}-name first runs, through the API, the archive URLs, and the pipeline before`);
  const requestNames = await seedNames(emulator, 'requests', perDatumCount);
  const before = await firstRun(context.actionNode(), emulator, requestNames, 'limits-before', {}, baselineBundle(context));
  const api = await firstRun(context.actionNode(), emulator, requestNames, 'limits-api', { download: 'api' });
  const archive = await firstRun(context.actionNode(), emulator, requestNames, 'limits-archive', { download: 'archive' });

  const longCount = context.quick ? 1_000 : 10_000;
  const longNames = await seedNames(emulator, 'long', longCount);
  const runs = new Map<number, FirstRun>();
  emulator.setLatency(LATENCY_MS);
  try {
    for (const concurrency of [8, 32]) {
      context.log(`8  ${longCount}-name first run, ${LATENCY_MS} ms latency, concurrency ${concurrency}`);
      runs.set(concurrency, await firstRun(context.actionNode(), emulator, longNames, `limits-long-${concurrency}`, { concurrency: String(concurrency) }));
    }
  } finally {
    emulator.setLatency(0);
  }
  const what = `${format.count(longCount)}-name first run, ${LATENCY_MS} ms latency, download auto`;
  return [
    perDatumRow('8a', `API requests a computed datum, ${format.count(perDatumCount)}-name first run, download: api, vs before`, api, before, perDatumCount, 1),
    perDatumRow('8b', `the same through the archive URLs (download: archive)`, archive, before, perDatumCount, 0),
    throughputRow('8c', `${what}: concurrency 8`, runs.get(8)!, longCount, null),
    throughputRow('8d', `${what}: concurrency 32 vs 8`, runs.get(32)!, longCount, runs.get(8)!),
  ];
}
