import { renderJobSummary } from '../diff/job-summary.js';
import type { CommitPipelineResult } from '../pipeline/commit-pipeline.js';

/** The job summary of a `commit` or `refresh` run: what was done, then the data diff. */
export function commitReport(result: CommitPipelineResult, dataBranch: string, repositoryUrl: string, pendingNote: string): string {
  const short = result.dataCommit.slice(0, 7);
  if (result.outcome !== 'committed') {
    const why = result.outcome === 'already-processed' ? 'already holds data for this input' : 'holds data of a newer input';
    const handed = result.commits > 0 ? ' This run handed what it had computed over to it.' : '';
    return `### Tusk\n\n\`${dataBranch}\` ${why} (data commit ${short}): nothing to do.${handed}\n`;
  }
  const { processed, reused, failed, pending } = result.counts;
  const made = result.commits === 0 ? 'nothing new to commit' : result.commits === 1 ? '1 data commit' : `${result.commits} data commits`;
  const pendingLine = pending > 0 ? `\n\n**${pending} pending**: ${pendingNote}` : '';
  const heading = `### Tusk: data commit ${short} on \`${dataBranch}\`\n\n${processed} computed, ${reused} reused, ${failed} failed (${made}).${pendingLine}\n\n`;
  const context = {
    base: { label: dataBranch, dataCommit: result.previous?.sha ?? null },
    head: { label: 'input', commit: result.inputCommit },
    repositoryUrl,
    pendingNote,
  };
  return heading + renderJobSummary(result.diff, context, heading.length);
}
