/**
 * When a run stops starting datums, and why: the API quota is nearly spent, its time budget is
 * up, it was cancelled, or a newer input took over. Whatever the reason, what is finished is
 * committed and the rest stays pending for the next run.
 */
export type StopReason = 'quota' | 'time' | 'cancel' | 'superseded';
/** The reason given to work abandoned in flight; named AbortError so that no client retries it. */
export declare class RunStopped extends Error {
    readonly reason: StopReason;
    name: string;
    constructor(reason: StopReason);
}
export declare class RunControl {
    private readonly controller;
    private reason;
    private readonly deadline;
    private readonly timer;
    private readonly listeners;
    /** @param timeBudgetMs the run's time from now; null for none */
    constructor(timeBudgetMs?: number | null);
    /** Aborted when work in flight is to be abandoned: at the time budget and on cancellation. */
    get signal(): AbortSignal;
    get stopReason(): StopReason | null;
    get stopped(): boolean;
    /**
     * Stops starting datums; the first reason is the one reported. A spent quota or a newer input
     * lets work in flight finish (its requests are made already); time and cancellation abandon it.
     */
    stop(reason: StopReason): void;
    onStop(listener: (reason: StopReason) => void): void;
    /** Milliseconds left of the time budget (Infinity without one). */
    remainingMs(): number;
    /** Whether the run can wait `ms` (for a rate limit to pass): not cancelled, and within its budget. */
    mayWait(ms: number): boolean;
    dispose(): void;
}
