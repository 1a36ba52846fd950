/**
 * The primary REST quota as the responses tell it (x-ratelimit-* headers), so that a run stops
 * starting work before the quota is spent instead of learning it from a refusal.
 */
export interface QuotaState {
    /** Requests left in this window, less those in flight; null before any response told it. */
    remaining: number | null;
    limit: number | null;
    /** When the window resets, or null when unknown. */
    resetAt: Date | null;
}
export declare class ApiQuota {
    private estimate;
    private inFlight;
    private limit;
    private resetAtMs;
    /** Called as each API request leaves: it costs one until its response says otherwise (a 304 is free). */
    started(): void;
    /** Called with each response's headers (null when it failed before any): the server's count wins. */
    settled(headers: Headers | null): void;
    /** Whether `requests` more leave at least `reserve` (always, while no response has told the quota). */
    allows(requests: number, reserve: number): boolean;
    get state(): QuotaState;
}
/** Whether an error is GitHub refusing a request because the primary quota is spent. */
export declare function isQuotaRefusal(error: unknown): boolean;
/**
 * A refusal for a spent quota as an error that says so and when it ends; anything else as it was.
 * Runs stop before the quota is spent, so this is the quota spent by someone else (another
 * workflow of the same repository shares its GITHUB_TOKEN's) before the run could wait for it.
 */
export declare function explainQuotaRefusal(error: unknown): unknown;
