import { type Command } from 'commander';
import type { TuskClient } from '../client/tusk-client.js';
import type { PipelineLog } from '../pipeline/pipeline-log.js';
import type { CliIo } from './io.js';
export interface RepositoryOptions {
    github?: string;
    local?: string;
    branch?: string;
    dataBranch?: string;
    /** Only `run` reads the input files; the other commands take no --input. */
    input?: string[];
}
/** The options every client command shares: where the repository is, and which branches. */
export declare function withRepositoryOptions(command: Command): Command;
/**
 * A client for the repository the options name. Loaded on demand: `tusk stats` and `--help`
 * start without the GitHub client's code.
 */
export declare function clientFor(options: RepositoryOptions, io: CliIo, log: PipelineLog, connection?: {
    requestTimeoutMs?: number;
}): Promise<TuskClient>;
