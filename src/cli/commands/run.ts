import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { cliLog } from '../cli-log.js';
import { clientFor, withRepositoryOptions, type RepositoryOptions } from '../repository-options.js';
import { CliFailure } from '../cli-failure.js';
import { positiveWholeNumber } from '../whole-number.js';

/** `tusk run [--sources DIR]` (SPEC §5): the Action's commit mode, here. */
export function registerRun(program: Command, io: CliIo): void {
  withRepositoryOptions(
    program
      .command('run')
      .description("run the pipeline on the source branch's head commit and commit the data branch (the Action's commit mode)"),
  )
    .option('--sources <dir>', 'offline sources: a folder of owner/repo directories or owner/repo.tar.gz tarballs (default: GitHub)')
    .option('--input <glob...>', 'paths or globs of the input files', ['projects.txt'])
    .option('--concurrency <n>', 'repositories processed at once', positiveWholeNumber, 8)
    .option('-v, --verbose', 'log every datum, also on a terminal')
    .action(async (options: RepositoryOptions & { sources?: string; concurrency: number; verbose?: boolean }) => {
      const client = await clientFor(options, io, cliLog(io, Boolean(options.verbose)));
      const result = await client.run({ sources: options.sources, concurrency: options.concurrency });
      const { processed, reused, failed, invalid, added, removed, changed } = result.counts;
      if (result.outcome === 'already-processed') {
        io.out(`${result.dataCommit}: data for ${result.inputCommit.slice(0, 7)} is already there; nothing to do`);
      } else if (result.outcome === 'superseded') {
        io.out(`${result.dataCommit}: the data branch holds data of a newer input (${result.inputCommit.slice(0, 7)}); nothing to do`);
      } else {
        io.out(`${result.dataCommit}: ${processed} computed, ${reused} reused, ${failed} failed; rows +${added} -${removed} ~${changed}`);
      }
      for (const line of result.invalid) io.err(`${line.file}:${line.line}: not a repository name: ${JSON.stringify(line.text)}`);
      if (invalid > 0) throw new CliFailure(`${invalid} invalid input line${invalid === 1 ? '' : 's'}: the valid names were processed`, 1);
    });
}
