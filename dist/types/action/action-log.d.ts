import type { PipelineLog } from '../pipeline/pipeline-log.js';
/** The pipeline's log as workflow log lines and groups. */
export declare const actionLog: PipelineLog;
