import type { CommitPipelineResult } from '../pipeline/commit-pipeline.js';
/** The job summary of a `commit` or `refresh` run: what was done, then the data diff. */
export declare function commitReport(result: CommitPipelineResult, dataBranch: string, repositoryUrl: string, pendingNote: string): string;
