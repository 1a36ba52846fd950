import { runCli } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the tusk CLI in-process with captured streams, as a user at `cwd` with `env` would. */
export async function tusk(argv: string[], options: { cwd: string; env?: Record<string, string | undefined>; isTTY?: boolean }): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  let progress = '';
  const code = await runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    progress: (line) => {
      if (line === null) err.push(progress);
      progress = line ?? '';
    },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    cwd: options.cwd,
  });
  return { code, out: out.map((l) => `${l}\n`).join(''), err: err.map((l) => `${l}\n`).join('') };
}
