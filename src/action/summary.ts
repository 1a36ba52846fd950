import { renderJobSummary } from '../diff/job-summary.js';
import type { CommitPipelineResult } from '../pipeline/commit-pipeline.js';

/** The job summary of a `commit` or `refresh` run: what was done, then the data diff. */
export function commitSummary(result: CommitPipelineResult, dataBranch: string, repositoryUrl: string): string {
  const short = result.dataCommit.slice(0, 7);
  if (result.outcome !== 'committed' || !result.diff) {
    const why = result.outcome === 'already-processed' ? 'already holds data for this input' : 'already holds data of a newer input';
    return `### Tusk\n\n\`${dataBranch}\` ${why} (data commit ${short}): nothing to do.\n`;
  }
  const { processed, reused, failed } = result.counts;
  const heading = `### Tusk: data commit ${short} on \`${dataBranch}\`\n\n${processed} computed, ${reused} reused, ${failed} failed.\n\n`;
  const context = {
    base: { label: dataBranch, dataCommit: result.previous?.sha ?? null },
    head: { label: 'input', commit: result.inputCommit },
    repositoryUrl,
  };
  return heading + renderJobSummary(result.diff, context, heading.length);
}
