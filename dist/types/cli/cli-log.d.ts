import type { PipelineLog } from '../pipeline/pipeline-log.js';
import type { CliIo } from './io.js';
/**
 * The pipeline's log on stderr: on a terminal, one progress line rewritten in place; elsewhere,
 * a plain line per event, so logs read well in CI.
 */
export declare function cliLog(io: CliIo, verbose: boolean): PipelineLog;
