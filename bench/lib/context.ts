import { join } from 'node:path';
import { actionNode } from '../../scripts/action-node.mjs';
import { FULL_REPETITIONS, QUICK_REPETITIONS, type Repetitions } from './repetitions.js';

/** Where things are and how hard to measure: one object handed to every target. */
export interface BenchContext {
  quick: boolean;
  /** `--only=1,6`: the targets to run (all when null). */
  only: Set<string> | null;
  repetitions: Repetitions;
  /** The project root (holds dist/). */
  root: string;
  /** `.bench/`: corpus, build output, scratch space; gitignored. */
  benchDir: string;
  corpusDir: string;
  scratchDir: string;
  /** The bundled child entry (bench/child/main.ts) that runs engine and diff work in a fresh process. */
  childScript: string;
  /** Progress lines go to stderr, so stdout holds the table alone. */
  log: (message: string) => void;
  /** The Node that action.yml names (fetched once when it is not the one at hand): the action's runs are timed on it. */
  actionNode: () => string;
}

export function benchContext(root: string, argv: readonly string[]): BenchContext {
  const quick = argv.includes('--quick');
  const onlyArg = argv.find((arg) => arg.startsWith('--only='));
  const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
  const benchDir = join(root, '.bench');
  const log = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);
  let node: string | null = null;
  return {
    quick,
    only,
    repetitions: quick ? QUICK_REPETITIONS : FULL_REPETITIONS,
    root,
    benchDir,
    corpusDir: join(benchDir, 'corpus'),
    scratchDir: join(benchDir, 'scratch'),
    childScript: join(benchDir, 'build', 'child.js'),
    log,
    actionNode: () => (node ??= actionNode(root, log).path),
  };
}

/** `node dist/cli.js ARGS`, as a user runs the CLI. */
export function cliArgs(context: BenchContext, ...args: string[]): string[] {
  return [join(context.root, 'dist', 'cli.js'), ...args];
}
