import { Command, CommanderError } from 'commander';
import { errorMessage } from '../error-message.js';
import { explainQuotaRefusal } from '../github/api-quota.js';
import { CliFailure } from './cli-failure.js';
import { registerDiff } from './commands/diff.js';
import { registerExport } from './commands/export.js';
import { registerGet } from './commands/get.js';
import { registerHistory } from './commands/history.js';
import { registerLog } from './commands/log.js';
import { registerPut } from './commands/put.js';
import { registerRun } from './commands/run.js';
import { registerStats } from './commands/stats.js';
import { registerDemo } from './commands/demo.js';
import { processIo, type CliIo } from './io.js';

/** Exit codes: 0 done, 1 failed, 2 bad usage. */
const USAGE = 2;

/** Runs the `tusk` CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = new Command('tusk')
    .description('Tusk: versioned Go repository stats on a git data branch, with provenance and data diffs')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  for (const register of [registerStats, registerPut, registerRun, registerLog, registerHistory, registerGet, registerDiff, registerExport])
    register(program, io);
  registerDemo(program, io, (argv) => runCli(argv, io));
  program.commands.forEach((command) => command.exitOverride());
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are exits without error; anything else commander rejects is usage.
      return error.exitCode === 0 ? 0 : USAGE;
    }
    io.err(`tusk: ${errorMessage(explainQuotaRefusal(error))}`);
    return error instanceof CliFailure ? error.exitCode : 1;
  }
}
