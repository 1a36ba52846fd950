import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { cliLog } from '../cli-log.js';
import { clientFor, withRepositoryOptions, type RepositoryOptions } from '../repository-options.js';
import { CliFailure } from '../cli-failure.js';
import { InvalidNameError } from '../../client/put-names.js';

/** `tusk put NAME... [--file projects.txt] [--each]` (docs/contract.md §8.3). */
export function registerPut(program: Command, io: CliIo): void {
  withRepositoryOptions(
    program
      .command('put')
      .description('add repository names to the input file on the source branch, in one commit (or one a name with --each)')
      .argument('<name...>', 'owner/repo, github.com/owner/repo or https://github.com/owner/repo'),
  )
    .option('--file <path>', 'the input file to add to', 'projects.txt')
    .option('--each', 'one commit a name, as a feeder program would')
    .action(async (names: string[], options: RepositoryOptions & { file: string; each?: boolean }) => {
      const client = await clientFor(options, io, cliLog(io, false));
      // put checks every name before any git work: one that is not a name is bad usage.
      const result = await client.put(names, { file: options.file, each: options.each }).catch((error: unknown) => {
        throw error instanceof InvalidNameError ? new CliFailure(error.message, 2) : error;
      });
      if (result.added.length === 0) io.err(`nothing to add: ${options.file} already lists ${names.length === 1 ? 'it' : 'them all'}`);
      for (const sha of result.commits) io.out(sha);
    });
}
