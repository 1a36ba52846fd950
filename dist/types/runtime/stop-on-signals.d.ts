/**
 * How long after the first signal a run may take to commit what it finished. GitHub's runner
 * sends SIGINT, then SIGTERM 7.5 s later, then kills the process tree 2.5 s after that.
 */
export declare const CANCEL_GRACE_MS = 8000;
/** Exit code of a run stopped by SIGINT or SIGTERM, as shells report it. */
export declare const CANCELLED_EXIT_CODE = 130;
/**
 * Turns SIGINT and SIGTERM into a cancellation (`cancel`): datums stop, downloads are abandoned,
 * and the run commits what it finished. A later signal changes nothing (the commit is
 * under way); if the commit is not done within the grace period the process exits, leaving the
 * branch as it was (its update is a compare-and-swap, so nothing half-written stays).
 */
export declare function stopOnSignals(cancel: () => void, log: (message: string) => void): () => void;
