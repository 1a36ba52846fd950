/**
 * How long after the first signal a run may take to commit what it finished. GitHub's runner
 * sends SIGINT, then SIGTERM 7.5 s later, then kills the process tree 2.5 s after that.
 */
export const CANCEL_GRACE_MS = 8000;

/** Exit code of a run stopped by SIGINT or SIGTERM, as shells report it. */
export const CANCELLED_EXIT_CODE = 130;

/**
 * Turns SIGINT and SIGTERM into a cancellation (`cancel`): datums stop, downloads are abandoned,
 * and the run commits what it finished. A later signal changes nothing (the commit is
 * under way); if the commit is not done within the grace period the process exits, leaving the
 * branch as it was (its update is a compare-and-swap, so nothing half-written stays).
 */
export function stopOnSignals(cancel: () => void, log: (message: string) => void): () => void {
  let exitTimer: NodeJS.Timeout | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (exitTimer) {
      log(`${signal}: still committing what was finished`);
      return;
    }
    log(`${signal}: stopping; committing what was finished`);
    cancel();
    exitTimer = setTimeout(() => {
      log(`the commit did not finish within ${CANCEL_GRACE_MS / 1000} s of ${signal}: exiting without it`);
      process.exit(CANCELLED_EXIT_CODE);
    }, CANCEL_GRACE_MS);
    exitTimer.unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (exitTimer) clearTimeout(exitTimer);
  };
}
