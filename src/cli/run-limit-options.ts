import { InvalidArgumentError, type Command } from 'commander';
import { RUN_LIMIT_DEFAULTS, RUN_LIMIT_NAMES, RUN_LIMIT_PARSERS, type RunLimitName, type RunLimits } from '../settings/run-limits.js';
import { ValueError } from '../settings/values.js';

const DESCRIPTIONS: { [name in RunLimitName]: [string, string] } = {
  concurrency: ['<n>', 'repositories processed at once'],
  download: [
    '<how>',
    'auto (archive URLs, the API for the rest), api, or archive (public repositories only); default: auto with GITHUB_TOKEN, archive without',
  ],
  'max-tarball-mb': ['<n>', 'a larger tarball gives its repository a record with an error'],
  'max-inflated-mb': ['<n>', 'a tarball that inflates to more gives its repository a record with an error'],
  'time-budget': ['<duration>', 'stop starting datums after this long (90s, 45m, 2h), commit, and leave the rest pending (default: none)'],
  'checkpoint-datums': ['<n>', 'commit progress after this many computed datums'],
  'checkpoint-interval': ['<duration>', 'and at least this often'],
  'request-timeout': ['<duration>', 'give up a request with no response, or a download with no data, after this long'],
  'datum-timeout': ['<duration>', 'one repository may take this long'],
  shard: ['<K/N>', "compute only this job's part of the datums, in a run split in N (the others are pending until their shards land)"],
};

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** `tusk run`'s options for the limits the action has as inputs: the same names, rules and defaults. */
export function withRunLimitOptions(command: Command): Command {
  for (const name of RUN_LIMIT_NAMES) {
    const [value, description] = DESCRIPTIONS[name];
    const shown = name === 'time-budget' || name === 'download' ? '' : ` (default: ${RUN_LIMIT_DEFAULTS[name]})`;
    command.option(`--${name} ${value}`, `${description}${shown}`, (raw: string) => {
      try {
        return RUN_LIMIT_PARSERS[name](raw);
      } catch (error) {
        throw error instanceof ValueError ? new InvalidArgumentError(`${error.message}.`) : error;
      }
    });
  }
  return command;
}

/** The limits the options gave (the rest keep their defaults). */
export function runLimitsFrom(options: Record<string, unknown>): Partial<RunLimits> {
  return Object.assign({}, ...RUN_LIMIT_NAMES.map((name) => options[camel(name)] ?? {})) as Partial<RunLimits>;
}
