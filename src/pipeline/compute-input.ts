import { parseInputFiles, type InputFile, type InvalidLine } from '../names/input-file.js';
import type { StatsRecord } from '../stats/record.js';
import type { RepoBackend } from '../store/repo-backend.js';
import type { SourceProvider } from '../sources/source-provider.js';
import { computeRecords, type ComputedRecords } from './compute-records.js';
import { planDatums } from './plan.js';
import type { PipelineLog } from './pipeline-log.js';
import { readInputFiles } from './read-input.js';

export interface ComputedInput extends ComputedRecords {
  files: InputFile[];
  invalid: InvalidLine[];
}

/**
 * The records of the input at `commit`, reusing every record of `previous` that has no error:
 * what the bot shows for a pull request, without writing anything.
 */
export async function computeInput(
  repo: RepoBackend,
  commit: string,
  patterns: string[],
  previous: StatsRecord[],
  sources: SourceProvider,
  options: { concurrency: number; log: PipelineLog },
): Promise<ComputedInput> {
  const files = await options.log.group(`Read input at ${commit.slice(0, 7)}`, () => readInputFiles(repo, commit, patterns));
  const parsed = parseInputFiles(files);
  const plan = planDatums(parsed.names, previous, false);
  const computed = await options.log.group('Compute stats', async () => {
    options.log.info(`${parsed.names.length} repositories: ${plan.reuse.length} reused, ${plan.compute.length} to compute; ${parsed.invalid.length} invalid lines`);
    return computeRecords(plan, sources, { ...options, computed: new Map() });
  });
  return { ...computed, files, invalid: parsed.invalid };
}
