import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { cliLog } from '../cli-log.js';
import { clientFor, withRepositoryOptions, type RepositoryOptions } from '../repository-options.js';
import { formatTable } from '../format-table.js';
import { positiveWholeNumber } from '../whole-number.js';

/** `tusk log` (SPEC §5): the data commits, newest first, and any commit on the branch that Tusk did not make. */
export function registerLog(program: Command, io: CliIo): void {
  withRepositoryOptions(program.command('log').description('list the data commits, newest first, with the input commit each was made from'))
    .option('-n, --max-count <n>', 'show at most n commits', positiveWholeNumber)
    .option('--json', 'one JSON object a line')
    .action(async (options: RepositoryOptions & { maxCount?: number; json?: boolean }) => {
      const client = await clientFor(options, io, cliLog(io, false));
      const store = await client.store();
      const entries = await client.logEntries(options.maxCount);
      if (entries.length === 0) {
        io.err(`${store.branch} has no data commits yet: run \`tusk run\` first`);
        return;
      }
      if (options.json) {
        for (const entry of entries) io.out(JSON.stringify(entry));
        return;
      }
      const rows = entries.map((entry) => {
        const sha = entry.sha.slice(0, 7);
        if ('foreign' in entry) return [sha, '-', 'not Tusk', '-', '-', '-', '-', '-'];
        const { processed, reused, failed, pending, rows } = entry.counts;
        const mode = entry.stopped ? `${entry.mode} (${entry.stopped})` : entry.mode;
        return [sha, entry.inputCommit.slice(0, 7), mode, ...[processed, reused, failed, pending, rows].map(String)];
      });
      for (const line of formatTable(['DATA', 'INPUT', 'MODE', 'PROCESSED', 'REUSED', 'FAILED', 'PENDING', 'ROWS'], rows)) io.out(line);
      const foreign = entries.filter((entry) => 'foreign' in entry);
      for (const entry of foreign) if ('foreign' in entry) io.err(`${entry.sha.slice(0, 7)} is not a data commit ("${entry.subject}"): Tusk builds on it`);
    });
}
