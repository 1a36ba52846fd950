/** Target 3 (report only): Tusk against extracting the tarball and counting with cloc, or with wc. */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Tarball } from '../corpus/corpus.js';
import { cliArgs, type BenchContext } from '../lib/context.js';
import { interleave } from '../lib/interleave.js';
import { runShell, runTimed } from '../lib/processes.js';
import { timeRow } from '../lib/rows.js';
import type { Row } from '../lib/table.js';

/** Times a shell command run in a fresh scratch directory (`$2`); the clean-up is not timed. */
async function inScratch(context: BenchContext, script: string, file: string): Promise<number> {
  mkdirSync(context.scratchDir, { recursive: true });
  const dir = mkdtempSync(join(context.scratchDir, 'extract-'));
  try {
    return (await runShell(script, [file, dir])).ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function lineCounterRows(context: BenchContext, large: Tarball): Promise<Row[]> {
  const cloc = 'tar xzf "$1" -C "$2" && cloc --quiet --include-lang=Go "$2" > /dev/null';
  // -type f: the Go tree has a directory named not_a_file.go; -print0: names are never split.
  const wc = 'tar xzf "$1" -C "$2" && find "$2" -type f -name "*.go" -print0 | xargs -0 cat | wc -l > /dev/null';
  const hasCloc = (await runShell('command -v cloc', [], { check: false })).code === 0;
  const samples = await interleave(
    [
      { name: 'tusk', run: async () => (await runTimed(process.execPath, cliArgs(context, 'stats', `${large.repo}=${large.path}`))).ms },
      ...(hasCloc ? [{ name: 'cloc', run: () => inScratch(context, cloc, large.path) }] : []),
      { name: 'wc', run: () => inScratch(context, wc, large.path) },
    ],
    context.repetitions,
    (round) => context.log(`3  ${large.repo} vs cloc and wc: round ${round}`),
  );
  const tusk = samples.get('tusk')!;
  const rows = [
    timeRow({ id: '3b', what: `${large.repo}: \`tusk stats\` process vs tar xzf + find *.go | xargs cat | wc -l`, tusk, baseline: samples.get('wc')! }),
  ];
  if (hasCloc)
    rows.unshift(
      timeRow({ id: '3a', what: `${large.repo}: \`tusk stats\` process vs tar xzf + cloc --include-lang=Go`, tusk, baseline: samples.get('cloc')! }),
    );
  else
    rows.unshift({
      id: '3a',
      what: 'cloc is not installed: no comparison',
      tusk: '-',
      baseline: '-',
      ratio: '-',
      target: 'report',
      verdict: 'report',
      runs: '-',
    });
  return rows;
}
