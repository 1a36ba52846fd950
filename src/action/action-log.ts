import * as core from '@actions/core';
import type { PipelineLog } from '../pipeline/pipeline-log.js';

/** The pipeline's log as workflow log lines and groups. */
export const actionLog: PipelineLog = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  group: (name, fn) => core.group(name, fn),
};
