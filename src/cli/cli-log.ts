import type { PipelineLog } from '../pipeline/pipeline-log.js';
import type { CliIo } from './io.js';

/**
 * The pipeline's log on stderr: on a terminal, one progress line rewritten in place; elsewhere,
 * a plain line per event, so logs read well in CI.
 */
export function cliLog(io: CliIo, verbose: boolean): PipelineLog {
  let progressShown = false;
  const clearProgress = (): void => {
    if (progressShown) io.err('');
    progressShown = false;
  };
  return {
    info: (message) => {
      if (!verbose && io.isTTY) return;
      clearProgress();
      io.err(message);
    },
    warning: (message) => {
      clearProgress();
      io.err(`warning: ${message}`);
    },
    group: async (name, fn) => {
      if (verbose || !io.isTTY) io.err(`== ${name}`);
      return fn();
    },
    progress: ({ done, total, reused, failed }) => {
      if (!io.isTTY) return;
      io.progress(`repositories ${done}/${total}, ${reused} reused, ${failed} failed`);
      progressShown = done < total;
      if (!progressShown) io.progress(null);
    },
  };
}
