/**
 * Target 9: a first run split over a workflow matrix. The same 2,000 names as one job and as 4
 * shards racing at one input commit, 50 ms of latency on every request: the shards may add only
 * a few requests each (their own reads and commits, and re-reads after lost races), and the
 * slowest shard should take about a quarter of the one job's time.
 */
import type { GitHubEmulator } from '../../test/support/github-emulator/index.js';
import { seedGoRepo } from '../../test/support/go-repos.js';
import { pushEvent, runAction } from '../../test/support/run-action.js';
import { INPUT_PATH } from '../emulator/data-branch.js';
import { inputFile } from '../emulator/names.js';
import type { BenchContext } from '../lib/context.js';
import * as format from '../lib/format.js';
import type { Row } from '../lib/table.js';

const OWNER = 'bench-shards';
const LATENCY_MS = 50;
const SHARDS = 4;
/** Requests a shard may add to the one job's: its reads of the input and branch, its commits, a few lost races. */
const EXTRA_PER_SHARD = 20;

interface Timed {
  ms: number;
  requests: number;
}

async function sourceRepo(emulator: GitHubEmulator, repo: string, names: string[]): Promise<string> {
  await emulator.createRepo('acme', repo);
  return emulator.commitFiles('acme', repo, 'main', { [INPUT_PATH]: inputFile(names) }, `track ${names.length} repositories`);
}

/** Runs the jobs at once; the wall time is the slowest one's, the requests are all of theirs. */
async function jobs(node: string, emulator: GitHubEmulator, repo: string, sha: string, shards: number): Promise<Timed> {
  emulator.resetLog();
  const times = await Promise.all(
    Array.from({ length: shards }, async (_, i) => {
      const start = performance.now();
      const inputs = { download: 'api', shard: `${i + 1}/${shards}` };
      const run = await runAction({ node, apiUrl: emulator.url, repository: `acme/${repo}`, event: pushEvent('main', null, sha), inputs });
      if (run.exitCode !== 0)
        throw new Error(
          `shard ${i + 1}/${shards} failed (exit ${run.exitCode}): ${run.stdout
            .split('\n')
            .filter((l) => l.startsWith('::error'))
            .join(' ')}`,
        );
      return performance.now() - start;
    }),
  );
  return { ms: Math.max(...times), requests: emulator.requests.filter((r) => r.path.startsWith('/repos/')).length };
}

export async function shardRows(context: BenchContext, emulator: GitHubEmulator): Promise<Row[]> {
  const count = context.quick ? 400 : 2_000;
  await seedGoRepo(emulator, { owner: OWNER, repo: 'seed', deps: ['github.com/pkg/errors'], bodyLines: 30 });
  const names = Array.from({ length: count }, (_, i) => `lib-${String(i).padStart(5, '0')}`);
  emulator.copyRepo(OWNER, 'seed', names);
  const list = names.map((name) => `${OWNER}/${name}`);
  emulator.setLatency(LATENCY_MS);
  try {
    context.log(`9  ${count}-name first run as one job, ${LATENCY_MS} ms latency`);
    const one = await jobs(context.actionNode(), emulator, 'shards-one', await sourceRepo(emulator, 'shards-one', list), 1);
    context.log(`9  the same as ${SHARDS} shards at once`);
    const split = await jobs(context.actionNode(), emulator, 'shards-four', await sourceRepo(emulator, 'shards-four', list), SHARDS);
    const allowed = one.requests + EXTRA_PER_SHARD * SHARDS;
    return [
      {
        id: '9a',
        what: `API requests, ${format.count(count)}-name first run (download: api): ${SHARDS} shards vs one job`,
        tusk: `${format.count(split.requests)} req`,
        baseline: `${format.count(one.requests)} req`,
        ratio: format.ratio(split.requests / one.requests),
        target: `≤ one job + ${EXTRA_PER_SHARD} a shard`,
        verdict: split.requests <= allowed ? 'PASS' : 'FAIL',
        runs: '1+1',
      },
      {
        id: '9b',
        what: `wall time, the slowest of ${SHARDS} shards vs one job, ${LATENCY_MS} ms latency`,
        tusk: format.duration(split.ms),
        baseline: format.duration(one.ms),
        ratio: format.ratio(split.ms / one.ms),
        target: 'report',
        verdict: 'report',
        runs: '1+1',
      },
    ];
  } finally {
    emulator.setLatency(0);
  }
}
