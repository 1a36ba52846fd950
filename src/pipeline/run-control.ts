/**
 * When a run stops starting datums, and why: the API quota is nearly spent, its time budget is
 * up, it was cancelled, or a newer input took over. Whatever the reason, what is finished is
 * committed and the rest stays pending for the next run.
 */

export type StopReason = 'quota' | 'time' | 'cancel' | 'superseded';

/** The reason given to work abandoned in flight; named AbortError so that no client retries it. */
export class RunStopped extends Error {
  override name = 'AbortError';
  constructor(readonly reason: StopReason) {
    super(`the run stopped (${reason})`);
  }
}

export class RunControl {
  private readonly controller = new AbortController();
  private reason: StopReason | null = null;
  private readonly deadline: number;
  private readonly timer: NodeJS.Timeout | null;
  private readonly listeners: ((reason: StopReason) => void)[] = [];

  /** @param timeBudgetMs the run's time from now; null for none */
  constructor(timeBudgetMs: number | null = null) {
    this.deadline = timeBudgetMs === null ? Infinity : Date.now() + timeBudgetMs;
    this.timer = timeBudgetMs === null ? null : setTimeout(() => this.stop('time'), timeBudgetMs);
    this.timer?.unref();
  }

  /** Aborted when work in flight is to be abandoned: at the time budget and on cancellation. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get stopReason(): StopReason | null {
    return this.reason;
  }

  get stopped(): boolean {
    return this.reason !== null;
  }

  /**
   * Stops starting datums; the first reason is the one reported. A spent quota or a newer input
   * lets work in flight finish (its requests are made already); time and cancellation abandon it.
   */
  stop(reason: StopReason): void {
    if (this.reason === null) {
      this.reason = reason;
      for (const listener of this.listeners) listener(reason);
    }
    if ((reason === 'time' || reason === 'cancel') && !this.controller.signal.aborted) this.controller.abort(new RunStopped(reason));
  }

  onStop(listener: (reason: StopReason) => void): void {
    this.listeners.push(listener);
  }

  /** Milliseconds left of the time budget (Infinity without one). */
  remainingMs(): number {
    return this.deadline - Date.now();
  }

  /** Whether the run can wait `ms` (for a rate limit to pass): not cancelled, and within its budget. */
  mayWait(ms: number): boolean {
    return !this.controller.signal.aborted && ms < this.remainingMs();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
