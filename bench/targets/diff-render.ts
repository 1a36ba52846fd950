/** Target 7: modelling and rendering a 10,000-row diff takes a sliver of a 10,000-name incremental run. */
import { runChild } from '../lib/child.js';
import type { BenchContext } from '../lib/context.js';
import * as format from '../lib/format.js';
import { interleave, type Samples } from '../lib/interleave.js';
import { median } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

const ROWS = 10_000;
const LIMIT = 0.05;

function share(id: string, what: string, ms: number[], run: Samples, limited: boolean): Row {
  const fraction = median(ms) / run.median;
  return {
    id,
    what,
    tusk: format.duration(median(ms)),
    baseline: format.duration(run.median),
    ratio: format.percent(fraction),
    target: limited ? `< ${format.percent(LIMIT)} of the run` : 'report',
    verdict: !limited ? 'report' : fraction < LIMIT ? 'PASS' : 'FAIL',
    runs: `${ms.length}+${run.samples.length}`,
  };
}

/** `run` is target 5's 10,000-name incremental run, measured earlier in the same `npm run bench`. */
export async function diffRenderRows(context: BenchContext, run: Samples): Promise<Row[]> {
  const parts = { model: [] as number[], comment: [] as number[], summary: [] as number[] };
  let shape = '';
  const samples = await interleave(
    [
      {
        name: 'diff',
        run: async () => {
          const { report } = await runChild(context, ['diff', String(ROWS)]);
          shape = `${format.count(Number(report.changed))} changed, ${format.count(Number(report.added))} added`;
          if (Number(report.changed) + Number(report.added) !== ROWS || report.unchanged !== 0) throw new Error(`the diff has the wrong shape: ${shape}`);
          parts.model.push(Number(report.modelMs));
          parts.comment.push(Number(report.commentMs));
          parts.summary.push(Number(report.summaryMs));
          return report.ms;
        },
      },
    ],
    context.repetitions,
    (r) => context.log(`7  ${format.count(ROWS)}-row diff: round ${r}`),
  );
  const both = samples.get('diff')!.samples;
  const withSummary = both.map((ms, i) => ms + parts.summary[i]!);
  const parted = `model ${format.duration(median(parts.model))} + comment ${format.duration(median(parts.comment))}`;
  return [
    share('7a', `${format.count(ROWS)}-row diff (${shape}): diffData + renderMarkdown (${parted}) vs run 5b`, both, run, true),
    share('7b', `same, and the job summary the action also renders (+${format.duration(median(parts.summary))})`, withSummary, run, false),
  ];
}
