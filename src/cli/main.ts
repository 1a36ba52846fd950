import { Command, CommanderError } from 'commander';
import { registerStats } from './commands/stats.js';
import { processIo, type CliIo } from './io.js';

/** Runs the `tusk` CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = new Command('tusk')
    .description('Tusk: versioned Go repository stats on a git data branch')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  registerStats(program, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    io.err(`tusk: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
