/**
 * Tusk's performance targets, each measured against its baseline in the same run.
 *
 *   npm run bench              full run (about 10 minutes; the first one also builds the corpus)
 *   npm run bench -- --quick   smoke run: fewer repetitions, smaller sizes where a target allows
 *   npm run bench -- --only=1,6   only these targets (7 needs 5)
 *
 * scripts/bench.mjs bundles this file and bench/child/main.ts into .bench/build/ and runs it. It
 * measures the committed bundles in dist/ (so `npm run build` first when src/ changed), and
 * prints one table; the exit code is 1 when any row FAILs. Progress goes to stderr.
 *
 * Corpus: GitHub-style tarballs (`OWNER-REPO-SHORTSHA/` top folder, `tar czf`, gzip level 6) of the
 * Go tree of Debian's golang-1.19-src (golang/go: api/, misc/, src/ = the std lib, test/) and of
 * 13 Go libraries from /usr/share/gocode/src, built once into .bench/corpus/ and reused; plus
 * synthetic tarballs of 3 and 8 copies of the Go tree under one top folder (~370 MB and ~1 GB
 * uncompressed; --quick uses the first only).
 *
 * Method: the sides of a comparison run interleaved, round by round, each round starting with a
 * different side; a figure is the median of 5 runs (3 when one run takes 5 s or more; --quick:
 * 3 and 1). Absolute times vary on a shared 2-core machine; the ratios are what the targets
 * are about. Ratio = Tusk / baseline, so below 1 means Tusk is faster (or smaller). MB = 10^6 bytes.
 *
 * Rows (a row marked "report" has no target; it is there to explain its neighbours):
 *  1a `node dist/cli.js stats golang/go=FILE` end to end vs `gzip -dc FILE > /dev/null`
 *     (the decompression floor). Target: ≤ 1.3×.
 *  1b the same tarball through the engine imported from dist/lib.js (`localSourceRecord`) in a
 *     fresh Node process, timed inside it: no Node startup, a cold JIT. Same gzip runs, same target.
 *  1c report: a second pass over the tarball in the same process as 1b (warm JIT).
 *  1d 1a under the Node that action.yml's `runs.using` names (node24), the one GitHub runs the
 *     action on (scripts/action-node.mjs fetches it once from the npm registry when the bench
 *     runs on another Node). Same gzip runs, same target.
 *  1e 1d with WebAssembly taken away (an --import that deletes it), so newlines are counted by
 *     Buffer.indexOf: whether the WebAssembly counter is what meets the target. Same target.
 *  2  every corpus tarball but the synthetic ones, in one process, 4 in flight (a bounded pool over
 *     dist/lib.js's engine, as the pipeline's workers run datums), whole process, vs `gzip -dc` over each in turn. Target: < 1.
 *  3a/3b report: the 1a process vs `tar xzf FILE -C tmp && cloc --quiet --include-lang=Go tmp`,
 *     and vs `tar xzf … && find tmp -type f -name '*.go' | xargs cat | wc -l`.
 *  4…  peak RSS (GNU time's %M, the max over the runs) of `node dist/cli.js stats` on every tarball,
 *     smallest first, then on two worst cases built to exhaust memory (one Go file of 2.5 GiB of
 *     newlines, and one whose comment runs for 2.5 GiB), next to `node dist/cli.js --help` (Node
 *     with the CLI loaded, doing nothing). Target: < 150 MB each, whatever the archive holds. The last row divides the largest synthetic tarball's peak by the
 *     smallest one's: ≤ 1.10× says memory does not grow with size (report only under --quick,
 *     with one synthetic tarball). The synthetic tarballs' line counts are checked to be exactly
 *     N × Go's: the whole archive was read.
 *  5a…5e `node dist/index.js` run as GitHub's runner does (test/support/run-action.ts), on the
 *     Node that action.yml names (so are 6, 8 and 9), against the GitHub emulator, for a push that adds one real repository to 100, 1,000, 10,000 and
 *     100,000 names whose records the previous data commit already holds. 5a: API requests,
 *     identical at every size. 5b: wall time at 10,000 vs at 100, ≤ 2×. 5c: 1,000 vs 100,
 *     report. 5d: 100,000 vs 100, ≤ 3×. 5e: the action's peak RSS at 100,000, < 300 MB.
 *  6a first run (no data branch) over 200 small seeded Go repositories (50 with --quick), 50 ms
 *     of latency on every API request, `concurrency: 8` vs `concurrency: 1`. Target: ≥ 5× faster.
 *  6b report: the CPU time the concurrency-8 run costs this machine (the action, the emulator in
 *     this process and its git processes) divided by the cores: a floor under 6a's wall time.
 *  7a `diffData` + `renderMarkdown` (the bot's comment) of a 10,000-row diff (half changed, half
 *     added), timed inside a fresh Node process, as a share of 5b's 10,000-name run. Target: < 5 %.
 *  7b report: the same plus the job summary, which the action renders too.
 *  8a API requests a computed datum in a first run over 1,000 names (200 with --quick), with
 *     `download: api`, against the pipeline before one-request datums (dist/ at commit 9098919,
 *     run the same way: the head's SHA, then the tarball). Target: ≤ 1.0.
 *  8b the same with `download: archive` (source-archive URLs). Target: 0.
 *  8c/8d report: a first run over 10,000 names (1,000 with --quick) at 50 ms API latency,
 *     datums a second at concurrency 8 and at 32.
 *  9a a first run over 2,000 names (400 with --quick), `download: api`, 50 ms latency, as one job
 *     and as 4 shards racing at one input commit: the shards' API requests in all. Target: at
 *     most the one job's and 20 a shard (each shard's own reads and commits, lost races).
 *  9b report: the slowest shard's wall time vs the one job's.
 * 10a `node dist/cli.js export --format csv` of a data branch of 100 data commits of 10,000
 *     records (20 of 2,000 with --quick; built once by git fast-import into .bench/scratch/) vs
 *     a shell loop of `git show COMMIT:stats/records.jsonl | sed "s/^/COMMIT,/"` over `git rev-list`:
 *     the same records, each led by its data commit. Target: ≤ 2×.
 * 10b report: `--format sqlite` on the Node that action.yml names (node:sqlite), vs the same loop.
 * 10c peak RSS (GNU time's %M) of the csv export of all 100 data commits vs of the newest 10
 *     (`-n 10`): it streams, a few data commits at a time, so the history's length barely
 *     counts; holding every record would take 10×. Target: ≤ 2×.
 * 10d/10e report: the peak RSS of each export vs the `git show` loop's (git's own, reading a blob).
 * 11 `node dist/cli.js stats golang/go=/usr/share/go-1.19` on the Node that action.yml names: a
 *    source folder (Debian's golang-1.19-src, about 9,000 Go files) read in place, vs
 *    `find … -name '*.go' -print0 | xargs -0 cat | wc -l` over the same folder (reading alone, and
 *    more files: testdata and vendor too). Target: ≤ 2×. Files read through the promise API made it 8×.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitHubEmulator } from '../test/support/github-emulator/index.js';
import { corpus, hugeTarball, warmPageCache, type Tarball } from './corpus/corpus.js';
import { benchContext, type BenchContext } from './lib/context.js';
import { duration } from './lib/format.js';
import type { Samples } from './lib/interleave.js';
import { machineLine } from './lib/machine.js';
import { failedRow } from './lib/rows.js';
import { renderTable, type Row } from './lib/table.js';
import { corpusThroughputRows } from './targets/corpus-throughput.js';
import { diffRenderRows } from './targets/diff-render.js';
import { directoryStatsRows } from './targets/directory-stats.js';
import { exportHistoryRows } from './targets/export-history.js';
import { firstRunRows } from './targets/first-run-concurrency.js';
import { githubLimitsRows } from './targets/github-limits.js';
import { shardRows } from './targets/shards.js';
import { incrementalRows } from './targets/incremental-run.js';
import { lineCounterRows } from './targets/line-counters.js';
import { peakMemoryRows } from './targets/peak-memory.js';
import { statsEngineRows } from './targets/stats-engine.js';

/** Bundled to `.bench/build/main.js`: two levels below the project root, as run-action.ts expects of itself. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs one target; a target that throws becomes a FAIL row that says why, and the others still run. */
async function measured(context: BenchContext, id: string, what: string, measure: () => Promise<Row[]>): Promise<Row[]> {
  if (context.only && !context.only.has(id)) return [];
  try {
    return await measure();
  } catch (error) {
    process.stderr.write(`[bench] target ${id} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    return [failedRow(id, what, error)];
  }
}

async function engineTargets(context: BenchContext, tarballs: Tarball[], synthetic: Tarball[]): Promise<Row[]> {
  const go = tarballs.find((t) => t.repo === 'golang/go')!;
  return [
    ...(await measured(context, '1', 'stats engine on golang/go', () => statsEngineRows(context, go))),
    ...(await measured(context, '2', 'whole corpus', () => corpusThroughputRows(context, tarballs))),
    ...(await measured(context, '3', 'vs cloc and wc', () => lineCounterRows(context, go))),
    ...(await measured(context, '4', 'peak RSS', () => peakMemoryRows(context, tarballs, go, synthetic))),
    ...(await measured(context, '10', 'export of a long history', () => exportHistoryRows(context))),
    ...(await measured(context, '11', 'stats of a source folder', () => directoryStatsRows(context))),
  ];
}

async function pipelineTargets(context: BenchContext): Promise<Row[]> {
  const emulator = await GitHubEmulator.start();
  try {
    const rows: Row[] = [];
    const incremental: { tenThousand?: Samples } = {};
    rows.push(
      ...(await measured(context, '5', 'incremental run', async () => {
        const result = await incrementalRows(context, emulator);
        incremental.tenThousand = result.tenThousand;
        return result.rows;
      })),
    );
    rows.push(...(await measured(context, '6', 'first run, concurrency 8 vs 1', () => firstRunRows(context, emulator))));
    rows.push(...(await measured(context, '8', "first run within GitHub's limits", () => githubLimitsRows(context, emulator))));
    rows.push(...(await measured(context, '9', 'first run split over 4 shards', () => shardRows(context, emulator))));
    rows.push(
      ...(await measured(context, '7', '10,000-row diff', async () => {
        if (incremental.tenThousand === undefined) throw new Error('no 10,000-name run to compare with (target 5 failed)');
        return diffRenderRows(context, incremental.tenThousand);
      })),
    );
    return rows.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  } finally {
    await emulator.close();
  }
}

async function main(): Promise<number> {
  const context = benchContext(ROOT, process.argv.slice(2));
  for (const bundle of ['cli.js', 'lib.js', 'index.js']) {
    if (!existsSync(join(ROOT, 'dist', bundle))) throw new Error(`dist/${bundle} is missing: run \`npm run build\` first`);
  }
  const started = performance.now();
  const tarballs = await corpus(context);
  const synthetic = [await hugeTarball(context, 3), ...(context.quick ? [] : [await hugeTarball(context, 8)])];
  await warmPageCache([...tarballs, ...synthetic]);

  const rows = [...(await engineTargets(context, tarballs, synthetic)), ...(await pipelineTargets(context))];
  const failed = rows.filter((row) => row.verdict === 'FAIL').length;
  const mode = context.quick ? 'quick (--quick: fewer runs, smaller sizes)' : 'full';
  process.stdout.write(
    [
      `Tusk benchmarks, ${mode} run, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      `Machine: ${machineLine()}`,
      `Ratio = Tusk / baseline (below 1: Tusk is faster or smaller); times are medians of interleaved runs; Runs = Tusk+baseline.`,
      '',
      renderTable(rows),
      '',
      `${rows.length - failed} of ${rows.length} rows pass or report; ${failed} fail. Took ${duration(performance.now() - started)}.`,
      '',
    ].join('\n'),
  );
  return failed === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
