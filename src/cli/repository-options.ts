import { Option, type Command } from 'commander';
import type { TuskClient } from '../client/tusk-client.js';
import type { PipelineLog } from '../pipeline/pipeline-log.js';
import type { CliIo } from './io.js';
import { resolve } from 'node:path';
import { DEFAULTS } from '../defaults.js';

export interface RepositoryOptions {
  github?: string;
  local?: string;
  branch?: string;
  dataBranch?: string;
  /** Only `run` reads the input files; the other commands take no --input. */
  input?: string[];
}

/** The options every client command shares: where the repository is, and which branches. */
export function withRepositoryOptions(command: Command): Command {
  return command
    .addOption(new Option('--github <owner/repo>', 'a repository on GitHub (token from GITHUB_TOKEN)').conflicts('local'))
    .option('--local <path>', 'a local git repository (default: the current directory)')
    .option('--branch <name>', 'the source branch (default: the checked-out branch; on GitHub, the default branch)')
    .option('--data-branch <name>', 'the data branch; {branch} is the source branch', DEFAULTS.dataBranch);
}

/**
 * A client for the repository the options name. Loaded on demand: `tusk stats` and `--help`
 * start without the GitHub client's code.
 */
export async function clientFor(options: RepositoryOptions, io: CliIo, log: PipelineLog, connection: { requestTimeoutMs?: number } = {}): Promise<TuskClient> {
  const { TuskClient } = await import('../client/tusk-client.js');
  const common = {
    branch: options.branch,
    dataBranch: options.dataBranch,
    input: options.input,
    log,
    baseUrl: io.env.GITHUB_API_URL ?? DEFAULTS.apiUrl,
    serverUrl: io.env.GITHUB_SERVER_URL ?? DEFAULTS.serverUrl,
    ...connection,
  };
  if (options.github) {
    const token = io.env.GITHUB_TOKEN;
    if (!token) throw new Error('--github needs a token: set GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token))');
    return TuskClient.github(options.github, { ...common, token });
  }
  return TuskClient.local(resolve(io.cwd, options.local ?? '.'), { ...common, token: io.env.GITHUB_TOKEN });
}
