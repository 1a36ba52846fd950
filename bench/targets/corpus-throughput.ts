/** Target 2: the whole corpus in one process, several tarballs in flight, against serial `gzip -dc`. */
import type { Tarball } from '../corpus/corpus.js';
import { runChild } from '../lib/child.js';
import type { BenchContext } from '../lib/context.js';
import * as format from '../lib/format.js';
import { interleave } from '../lib/interleave.js';
import { runShell } from '../lib/processes.js';
import { timeRow } from '../lib/rows.js';
import type { Row } from '../lib/table.js';

/** Tarballs in flight at once (bench/lib/map-concurrent.ts), as the pipeline's workers run datums. */
export const ENGINE_CONCURRENCY = 4;

export async function corpusThroughputRows(context: BenchContext, tarballs: readonly Tarball[]): Promise<Row[]> {
  // The pipeline takes names in input order, and data files list them by name: no tuning of the order.
  const ordered = [...tarballs].sort((a, b) => a.repo.localeCompare(b.repo));
  const samples = await interleave(
    [
      {
        name: 'gzip',
        run: async () =>
          (
            await runShell(
              'for f in "$@"; do gzip -dc "$f" > /dev/null; done',
              ordered.map((t) => t.path),
            )
          ).ms,
      },
      {
        name: 'tusk',
        run: async () => (await runChild(context, ['engine-all', String(ENGINE_CONCURRENCY), ...ordered.map((t) => `${t.repo}=${t.path}`)])).wallMs,
      },
    ],
    context.repetitions,
    (round) => context.log(`2  whole corpus: round ${round}`),
  );
  const gzipBytes = ordered.reduce((sum, t) => sum + t.gzipBytes, 0);
  return [
    timeRow({
      id: '2',
      what: `corpus, ${ordered.length} tarballs (${format.megabytes(gzipBytes)} gz): engine, ${ENGINE_CONCURRENCY} in flight, whole process vs gzip -dc one by one`,
      tusk: samples.get('tusk')!,
      baseline: samples.get('gzip')!,
      limit: { max: 1, text: '< 1.00× (faster)' },
    }),
  ];
}
