import { Option, type Command } from 'commander';
import { DEFAULTS } from '../../defaults.js';
import { pendingMessage, pendingNote } from '../../pipeline/stop-note.js';
import { CANCELLED_EXIT_CODE, stopOnSignals } from '../../runtime/stop-on-signals.js';
import type { CliIo } from '../io.js';
import { cliLog } from '../cli-log.js';
import { clientFor, withRepositoryOptions, type RepositoryOptions } from '../repository-options.js';
import { CliFailure } from '../cli-failure.js';
import { InvalidNameError } from '../../client/put-names.js';
import { runLimitsFrom, withRunLimitOptions } from '../run-limit-options.js';

/** `tusk run [--sources DIR]` (docs/contract.md §8.4): the Action's commit mode, here. */
export function registerRun(program: Command, io: CliIo): void {
  withRunLimitOptions(
    withRepositoryOptions(
      program.command('run').description("run the pipeline on the source branch's head commit and commit the data branch (the Action's commit mode)"),
    )
      .option('--sources <dir>', 'offline sources: a folder of owner/repo directories or owner/repo.tar.gz tarballs (default: GitHub)')
      .option('--input <glob...>', 'paths or globs of the input files', [...DEFAULTS.input])
      .option('--force <name...>', 'compute these repositories again although their records could be reused')
      .addOption(new Option('--force-all', 'compute every datum again (for instance after a change of the stats definitions)').conflicts('force'))
      .option('-v, --verbose', 'log every datum, also on a terminal'),
  ).action(async (options: RepositoryOptions & { sources?: string; verbose?: boolean; force?: string[]; forceAll?: boolean } & Record<string, unknown>) => {
    const limits = runLimitsFrom(options);
    const log = cliLog(io, Boolean(options.verbose));
    const client = await clientFor(options, io, log, { requestTimeoutMs: limits.requestTimeoutMs });
    const cancel = new AbortController();
    const stopListening = stopOnSignals(
      () => cancel.abort(),
      (message) => io.err(`tusk: ${message}`),
    );
    const force = options.forceAll ? 'all' : options.force;
    const result = await client
      .run({ ...limits, sources: options.sources, signal: cancel.signal, force })
      .catch((error: unknown) => {
        throw error instanceof InvalidNameError ? new CliFailure(`--force: ${error.message}`, 2) : error;
      })
      .finally(stopListening);
    const { processed, reused, failed, pending, invalid, added, removed, changed } = result.counts;
    if (result.outcome === 'already-processed') {
      io.out(`${result.dataCommit}: data for ${result.inputCommit.slice(0, 7)} is already there; nothing to do`);
    } else if (result.outcome === 'superseded') {
      io.out(`${result.dataCommit}: the data branch holds data of a newer input (${result.inputCommit.slice(0, 7)}); nothing to do`);
    } else {
      io.out(
        `${result.dataCommit}: ${processed} computed, ${reused} reused, ${failed} failed; rows +${added} -${removed} ~${changed}${pending > 0 ? `; ${pending} pending` : ''}`,
      );
    }
    for (const line of result.invalid) io.err(`${line.file}:${line.line}: not a repository name: ${JSON.stringify(line.text)}`);
    if (pending > 0 && result.outcome === 'committed') {
      const message = pendingMessage(pending, pendingNote(result.stopped, result.quota, limits.shard));
      if (result.stopped === 'cancel') throw new CliFailure(message, CANCELLED_EXIT_CODE);
      log.warning(message);
    }
    if (invalid > 0) throw new CliFailure(`${invalid} invalid input line${invalid === 1 ? '' : 's'}: the valid names were processed`, 1);
  });
}
