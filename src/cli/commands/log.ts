import type { Command } from 'commander';
import type { DataCommit } from '../../store/data-store.js';
import type { CliIo } from '../io.js';
import { cliLog } from '../cli-log.js';
import { clientFor, withRepositoryOptions, type RepositoryOptions } from '../repository-options.js';
import { formatTable } from '../../text-table.js';
import { positiveWholeNumber } from '../whole-number.js';

/** `tusk log` (docs/contract.md §8.5): the data commits, newest first, and any commit on the branch that Tusk did not make. */
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
      const notes = entries.map((entry) => ('foreign' in entry ? '' : notesOf(entry)));
      const withNotes = notes.some((note) => note !== '');
      const rows = entries.map((entry, index) => {
        const sha = entry.sha.slice(0, 7);
        const note = withNotes ? [notes[index]!] : [];
        if ('foreign' in entry) return [sha, '-', 'not Tusk', '-', '-', '-', '-', '-', ...note];
        const { processed, reused, failed, pending, rows } = entry.counts;
        const mode = entry.stopped ? `${entry.mode} (${entry.stopped})` : entry.mode;
        return [sha, entry.inputCommit.slice(0, 7), mode, ...[processed, reused, failed, pending, rows].map(String), ...note];
      });
      const headers = ['DATA', 'INPUT', 'MODE', 'PROCESSED', 'REUSED', 'FAILED', 'PENDING', 'ROWS', ...(withNotes ? ['NOTES'] : [])];
      for (const line of formatTable(headers, rows)) io.out(line);
      // The newest commit's renames in full: the names to change in the input.
      const newest = entries.find((entry): entry is DataCommit => !('foreign' in entry));
      for (const rename of newest?.renamed ?? []) io.out(`${rename.from} is now ${rename.to} on GitHub: update the input`);
      const foreign = entries.filter((entry) => 'foreign' in entry);
      for (const entry of foreign) if ('foreign' in entry) io.err(`${entry.sha.slice(0, 7)} is not a data commit ("${entry.subject}"): Tusk builds on it`);
    });
}

/** What else a data commit says: datums computed by request, rows an engine change moved, renamed repositories. */
function notesOf(commit: DataCommit): string {
  const notes = [
    ...(commit.forced ? [`${commit.forcedTotal ?? commit.forced.length} forced`] : []),
    ...(commit.engineChanged ? [`${commit.engineChanged} changed by engine ${commit.engine ?? 1}`] : []),
    ...(commit.renamed ? [`${commit.renamedTotal ?? commit.renamed.length} renamed`] : []),
  ];
  return notes.join(', ');
}
