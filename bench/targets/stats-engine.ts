/** Target 1: the stats engine on one large tarball against the decompression floor, `gzip -dc`. */
import type { Tarball } from '../corpus/corpus.js';
import { runChild } from '../lib/child.js';
import { cliArgs, type BenchContext } from '../lib/context.js';
import * as format from '../lib/format.js';
import { interleave } from '../lib/interleave.js';
import { runShell, runTimed } from '../lib/processes.js';
import { timeRow } from '../lib/rows.js';
import { median } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

const LIMIT = { max: 1.3, text: '≤ 1.30× gzip -dc' };

export async function statsEngineRows(context: BenchContext, large: Tarball): Promise<Row[]> {
  const source = `${large.repo}=${large.path}`;
  let cliLine = '';
  let engineLine = '';
  const warm: number[] = [];
  const samples = await interleave(
    [
      { name: 'gzip', run: async () => (await runShell('gzip -dc "$1" > /dev/null', [large.path])).ms },
      {
        name: 'cli',
        run: async () => {
          const run = await runTimed(process.execPath, cliArgs(context, 'stats', source));
          cliLine = run.stdout.trim();
          return run.ms;
        },
      },
      {
        name: 'engine',
        run: async () => {
          const { report } = await runChild(context, ['engine', source, '--twice']);
          const [record] = report.records as { repo: string; deps: number; lines: number }[];
          engineLine = `${record!.repo}, ${record!.deps}, ${record!.lines}`;
          warm.push(Number(report.warmMs));
          return report.ms;
        },
      },
    ],
    context.repetitions,
    (round) => context.log(`1  ${large.repo}: round ${round}`),
  );
  if (cliLine !== engineLine) throw new Error(`the CLI printed "${cliLine}" but the engine computed "${engineLine}"`);
  const size = `${large.repo} (${format.megabytes(large.gzipBytes)} gz, ${format.megabytes(large.tarBytes)} tar)`;
  const gzip = samples.get('gzip')!;
  return [
    timeRow({ id: '1a', what: `${size}: \`node dist/cli.js stats\` process vs gzip -dc`, tusk: samples.get('cli')!, baseline: gzip, limit: LIMIT }),
    timeRow({ id: '1b', what: 'same, engine in-process (dist/lib.js): no Node startup', tusk: samples.get('engine')!, baseline: gzip, limit: LIMIT }),
    // Not a target: shows how much of 1b is the JIT warming up on its first tarball.
    timeRow({ id: '1c', what: 'same, engine in-process, 2nd pass in that process (warm JIT)', tusk: { name: 'warm', samples: warm, median: median(warm) }, baseline: gzip }),
  ];
}
