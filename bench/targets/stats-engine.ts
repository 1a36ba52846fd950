/** Target 1: the stats engine on one large tarball against the decompression floor, `gzip -dc`. */
import { resultLine, type StatsRecord } from '../../src/stats/record.js';
import type { Tarball } from '../corpus/corpus.js';
import { actionNode } from '../../scripts/action-node.mjs';
import { runChild } from '../lib/child.js';
import { cliArgs, type BenchContext } from '../lib/context.js';
import * as format from '../lib/format.js';
import { interleave, type Task } from '../lib/interleave.js';
import { runShell, runTimed } from '../lib/processes.js';
import { failedRow, timeRow } from '../lib/rows.js';
import { median } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

const LIMIT = { max: 1.3, text: '≤ 1.30× gzip -dc' };

/**
 * Loaded before the CLI, it takes WebAssembly away: the engine then counts newlines with
 * Buffer.indexOf, its fallback, which row 1e weighs against the WebAssembly counter.
 */
const WITHOUT_WEBASSEMBLY = ['--import', 'data:text/javascript,delete globalThis.WebAssembly'];

/** The CLI as a process under `node` (with `nodeArgs`); `printed` gets the line it printed. */
function cliTask(name: string, context: BenchContext, node: string, source: string, printed: (line: string) => void, nodeArgs: string[] = []): Task {
  return {
    name,
    run: async () => {
      const run = await runTimed(node, [...nodeArgs, ...cliArgs(context, 'stats', source)]);
      printed(run.stdout.trim());
      return run.ms;
    },
  };
}

/** The Node action.yml names, or why it cannot be had: that costs row 1d alone. */
function runtimeNode(context: BenchContext): { path: string; version: string } | Error {
  try {
    return actionNode(context.root, context.log);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

export async function statsEngineRows(context: BenchContext, large: Tarball): Promise<Row[]> {
  const source = `${large.repo}=${large.path}`;
  let cliLine = '';
  let runtimeLine = '';
  let noWasmLine = '';
  let engineLine = '';
  const warm: number[] = [];
  const runtime = runtimeNode(context);
  const samples = await interleave(
    [
      { name: 'gzip', run: async () => (await runShell('gzip -dc "$1" > /dev/null', [large.path])).ms },
      cliTask('cli', context, process.execPath, source, (line) => (cliLine = line)),
      ...(runtime instanceof Error
        ? []
        : [
            cliTask('runtime', context, runtime.path, source, (line) => (runtimeLine = line)),
            cliTask('runtime-no-wasm', context, runtime.path, source, (line) => (noWasmLine = line), WITHOUT_WEBASSEMBLY),
          ]),
      {
        name: 'engine',
        run: async () => {
          const { report } = await runChild(context, ['engine', source, '--twice']);
          const [record] = report.records as StatsRecord[];
          engineLine = resultLine(record!);
          warm.push(Number(report.warmMs));
          return report.ms;
        },
      },
    ],
    context.repetitions,
    (round) => context.log(`1  ${large.repo}: round ${round}`),
  );
  if (cliLine !== engineLine) throw new Error(`the CLI printed "${cliLine}" but the engine computed "${engineLine}"`);
  if (!(runtime instanceof Error) && runtimeLine !== engineLine)
    throw new Error(`the CLI on Node ${runtime.version} printed "${runtimeLine}" but the engine computed "${engineLine}"`);
  if (!(runtime instanceof Error) && noWasmLine !== engineLine)
    throw new Error(`the CLI without WebAssembly printed "${noWasmLine}" but the engine computed "${engineLine}"`);
  const size = `${large.repo} (${format.megabytes(large.gzipBytes)} gz, ${format.megabytes(large.tarBytes)} tar)`;
  const gzip = samples.get('gzip')!;
  const onRuntime = 'same process on the Node action.yml names';
  return [
    timeRow({
      id: '1a',
      what: `${size}: \`node dist/cli.js stats\` process (Node ${process.version}) vs gzip -dc`,
      tusk: samples.get('cli')!,
      baseline: gzip,
      limit: LIMIT,
    }),
    timeRow({ id: '1b', what: 'same, engine in-process (dist/lib.js): no Node startup', tusk: samples.get('engine')!, baseline: gzip, limit: LIMIT }),
    // Not a target: shows how much of 1b is the JIT warming up on its first tarball.
    timeRow({
      id: '1c',
      what: 'same, engine in-process, 2nd pass in that process (warm JIT)',
      tusk: { name: 'warm', samples: warm, median: median(warm) },
      baseline: gzip,
    }),
    runtime instanceof Error
      ? failedRow('1d', onRuntime, runtime)
      : timeRow({ id: '1d', what: `${onRuntime} (${runtime.version})`, tusk: samples.get('runtime')!, baseline: gzip, limit: LIMIT }),
    // Whether the WebAssembly newline counter is needed: the same target with Buffer.indexOf.
    runtime instanceof Error
      ? failedRow('1e', 'same as 1d without WebAssembly', runtime)
      : timeRow({
          id: '1e',
          what: `same as 1d, newlines counted by Buffer.indexOf instead of WebAssembly`,
          tusk: samples.get('runtime-no-wasm')!,
          baseline: gzip,
          limit: LIMIT,
        }),
  ];
}
