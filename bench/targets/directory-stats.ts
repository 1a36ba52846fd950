/** Target 11: `tusk stats` on a source folder against reading the same Go files with cat. */
import { existsSync } from 'node:fs';
import { GO_TREE } from '../corpus/corpus.js';
import { cliArgs, type BenchContext } from '../lib/context.js';
import { interleave } from '../lib/interleave.js';
import { runShell, runTimed } from '../lib/processes.js';
import { timeRow } from '../lib/rows.js';
import type { Row } from '../lib/table.js';

const LIMIT = { max: 2, text: '≤ 2×' };

export async function directoryStatsRows(context: BenchContext): Promise<Row[]> {
  if (!existsSync(GO_TREE)) throw new Error(`${GO_TREE} is missing: install golang-1.19-src`);
  const node = context.actionNode();
  // The floor reads every Go file, testdata and vendor too, with no parsing at all.
  const floor = 'find "$1" -type f -name "*.go" -print0 | xargs -0 cat | wc -l > /dev/null';
  const samples = await interleave(
    [
      { name: 'tusk', run: async () => (await runTimed(node, cliArgs(context, 'stats', `golang/go=${GO_TREE}`))).ms },
      { name: 'floor', run: async () => (await runShell(floor, [GO_TREE])).ms },
    ],
    context.repetitions,
    (round) => context.log(`11 golang/go folder vs find + cat: round ${round}`),
  );
  return [
    timeRow({
      id: '11',
      what: `\`tusk stats\` on the folder ${GO_TREE} (node24) vs find *.go | xargs cat | wc -l`,
      tusk: samples.get('tusk')!,
      baseline: samples.get('floor')!,
      limit: LIMIT,
    }),
  ];
}
