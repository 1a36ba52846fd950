import { type InputFile, type InvalidLine } from '../names/input-file.js';
import type { StatsRecord } from '../stats/record.js';
import type { RepoBackend } from '../store/repo-backend.js';
import type { SourceProvider } from '../sources/source-provider.js';
import { type ComputedRecords } from './compute-records.js';
import type { PipelineLog } from './pipeline-log.js';
export interface ComputedInput extends ComputedRecords {
    files: InputFile[];
    invalid: InvalidLine[];
}
/**
 * The records of the input at `commit`, reusing every record of `previous` that has no error:
 * what the bot shows for a pull request, without writing anything.
 */
export declare function computeInput(repo: RepoBackend, commit: string, patterns: string[], previous: StatsRecord[], sources: SourceProvider, options: {
    concurrency: number;
    log: PipelineLog;
}): Promise<ComputedInput>;
