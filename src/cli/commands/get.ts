import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { cliLog } from '../cli-log.js';
import { clientFor, withRepositoryOptions, type RepositoryOptions } from '../repository-options.js';
import { CliFailure } from '../cli-failure.js';

/** `tusk get FILE [--at REF | --input-commit SHA]` (docs/contract.md §8.7). */
export function registerGet(program: Command, io: CliIo): void {
  withRepositoryOptions(
    program
      .command('get')
      .description('print a data file (stats/results, stats/records.jsonl, projects/...) at a data commit')
      .argument('<file>', 'a path on the data branch'),
  )
    .option('--at <ref>', 'a data commit or ref (default: the data branch head)')
    .option('--input-commit <sha>', 'the data commit made from this source commit (provenance)')
    .action(async (file: string, options: RepositoryOptions & { at?: string; inputCommit?: string }) => {
      if (options.at && options.inputCommit) throw new CliFailure('give --at or --input-commit, not both', 2);
      const client = await clientFor(options, io, cliLog(io, false));
      const text = await client.get(file, { at: options.at, inputCommit: options.inputCommit });
      // io.out ends each line: the file's own last newline is that one, and an empty file prints nothing.
      if (text !== '') io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
    });
}
