import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { cliLog } from '../cli-log.js';
import { clientFor, withRepositoryOptions, type RepositoryOptions } from '../repository-options.js';
import { formatTable } from '../format-table.js';
import { positiveWholeNumber } from '../whole-number.js';

/** `tusk log` (SPEC §5): the data commits, newest first. */
export function registerLog(program: Command, io: CliIo): void {
  withRepositoryOptions(program.command('log').description('list the data commits, newest first, with the input commit each was made from'))
    .option('-n, --max-count <n>', 'show at most n data commits', positiveWholeNumber)
    .option('--json', 'one JSON object a line')
    .action(async (options: RepositoryOptions & { maxCount?: number; json?: boolean }) => {
      const client = await clientFor(options, io, cliLog(io, false));
      const store = await client.store();
      const commits = await client.history(options.maxCount);
      if (commits.length === 0) {
        io.err(`${store.branch} has no data commits yet: run \`tusk run\` first`);
        return;
      }
      if (options.json) {
        for (const commit of commits) io.out(JSON.stringify(commit));
        return;
      }
      const rows = commits.map((c) => [c.sha.slice(0, 7), c.inputCommit.slice(0, 7), c.mode, ...[c.counts.processed, c.counts.reused, c.counts.failed, c.counts.rows].map(String)]);
      for (const line of formatTable(['DATA', 'INPUT', 'MODE', 'PROCESSED', 'REUSED', 'FAILED', 'ROWS'], rows)) io.out(line);
    });
}
