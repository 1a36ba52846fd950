import type { Command } from 'commander';
import { localSourceRecord, parseSourceArgument } from '../../stats/path-stats.js';
import { recordToJson, resultLine } from '../../stats/record.js';
import type { CliIo } from '../io.js';

/** `tusk stats SOURCE... [--json]` (docs/contract.md §8.2): every source is computed before anything is printed. */
export function registerStats(program: Command, io: CliIo): void {
  program
    .command('stats')
    .description('compute the stats of local sources (owner/repo=PATH, PATH a .tar.gz tarball or a directory)')
    .argument('<source...>', 'owner/repo=PATH, or a directory PATH named by its last two path elements')
    .option('--json', 'print one JSON record a line, with the fields of stats/records.jsonl')
    .action(async (sources: string[], options: { json?: boolean }) => {
      const records = [];
      for (const argument of sources) records.push(await localSourceRecord(parseSourceArgument(argument)));
      for (const record of records) {
        io.out(options.json ? recordToJson(record) : resultLine(record));
      }
    });
}
