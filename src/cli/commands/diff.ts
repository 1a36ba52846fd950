import { Option, type Command } from 'commander';
import { renderJson } from '../../diff/json.js';
import { renderMarkdown } from '../../diff/markdown.js';
import { renderText } from '../../diff/text.js';
import type { CliIo } from '../io.js';
import { cliLog } from '../cli-log.js';
import { clientFor, withRepositoryOptions, type RepositoryOptions } from '../repository-options.js';

/** `tusk diff A B [--format markdown|text|json]` (docs/contract.md §8.8): the bot's model and renderers. */
export function registerDiff(program: Command, io: CliIo): void {
  withRepositoryOptions(
    program
      .command('diff')
      .description('the data diff between two data commits, as the bot shows it')
      .argument('<a>', 'the older data commit or ref')
      .argument('<b>', 'the newer data commit or ref'),
  )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .action(async (a: string, b: string, options: RepositoryOptions & { format: 'text' | 'markdown' | 'json' }) => {
      const client = await clientFor(options, io, cliLog(io, false));
      const { diff, from, to } = await client.diff(a, b);
      const context = { base: { label: a, dataCommit: from.sha }, head: { label: b, commit: to.sha } };
      const output =
        options.format === 'json'
          ? renderJson(diff)
          : options.format === 'markdown'
            ? renderMarkdown(diff, context, { maxLength: Number.MAX_SAFE_INTEGER })
            : renderText(diff, context);
      io.out(output.endsWith('\n') ? output.slice(0, -1) : output);
    });
}
