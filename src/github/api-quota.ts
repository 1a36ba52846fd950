import { formatUtc } from '../duration.js';

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

export class ApiQuota {
  private estimate: number | null = null;
  private inFlight = 0;
  private limit: number | null = null;
  private resetAtMs: number | null = null;

  /** Called as each API request leaves: it costs one until its response says otherwise (a 304 is free). */
  started(): void {
    this.inFlight++;
    if (this.estimate !== null) this.estimate--;
  }

  /** Called with each response's headers (null when it failed before any): the server's count wins. */
  settled(headers: Headers | null): void {
    this.inFlight--;
    const remaining = headers?.get('x-ratelimit-remaining');
    const resource = headers?.get('x-ratelimit-resource');
    if (resource != null && resource !== 'core') {
      // Another resource's quota (search, say): the charge taken as it left is given back.
      if (this.estimate !== null) this.estimate++;
      return;
    }
    if (remaining == null || remaining === '') return;
    // Requests still in flight may not be counted in this answer yet: assume they are not.
    this.estimate = Number(remaining) - this.inFlight;
    const limit = Number(headers?.get('x-ratelimit-limit'));
    if (Number.isFinite(limit)) this.limit = limit;
    const reset = Number(headers?.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) this.resetAtMs = reset * 1000;
  }

  /** Whether `requests` more leave at least `reserve` (always, while no response has told the quota). */
  allows(requests: number, reserve: number): boolean {
    return this.estimate === null || this.estimate - requests >= reserve;
  }

  get state(): QuotaState {
    return { remaining: this.estimate, limit: this.limit, resetAt: this.resetAtMs === null ? null : new Date(this.resetAtMs) };
  }
}

/** Whether an error is GitHub refusing a request because the primary quota is spent. */
export function isQuotaRefusal(error: unknown): boolean {
  const response = (error as { status?: number; response?: { headers?: Record<string, string | undefined> } } | null) ?? null;
  const status = response?.status;
  return (status === 403 || status === 429) && response?.response?.headers?.['x-ratelimit-remaining'] === '0';
}

/**
 * A refusal for a spent quota as an error that says so and when it ends; anything else as it was.
 * Runs stop before the quota is spent, so this is the quota spent by someone else (another
 * workflow of the same repository shares its GITHUB_TOKEN's) before the run could wait for it.
 */
export function explainQuotaRefusal(error: unknown): unknown {
  if (!isQuotaRefusal(error)) return error;
  const reset = Number((error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers?.['x-ratelimit-reset']);
  const when = Number.isFinite(reset) && reset > 0 ? ` until ${formatUtc(new Date(reset * 1000))}` : '';
  return new Error(
    `the token's API quota is spent${when}, longer than this run may wait (its time budget): the next run goes on from what the data branch holds`,
  );
}
