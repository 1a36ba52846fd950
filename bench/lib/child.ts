import type { BenchContext } from './context.js';
import { runTimed } from './processes.js';

/** What bench/child/main.ts prints: its own timing of the work, its peak RSS, and what it computed. */
export interface ChildReport {
  ms: number;
  maxRssBytes: number;
  [key: string]: unknown;
}

/** Runs the child entry in a fresh Node process; `wallMs` includes Node's startup, `report.ms` does not. */
export async function runChild(context: BenchContext, args: readonly string[]): Promise<{ wallMs: number; report: ChildReport }> {
  const finished = await runTimed(process.execPath, [context.childScript, ...args]);
  return { wallMs: finished.ms, report: JSON.parse(finished.stdout) as ChildReport };
}
