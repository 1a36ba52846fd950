import { json, type Reply } from './http.js';

const HOUR_MS = 3_600_000;
const DOCUMENTATION_URL = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

export interface QuotaOptions {
  /** Requests a token may make in a window. Default 5000, a personal token's; GITHUB_TOKEN has 1000. */
  limit?: number;
  /** Requests without a (known) token may make in a window, together. Default 60, as per IP on GitHub. */
  anonymousLimit?: number;
  /** Default: an hour. */
  windowMs?: number;
  /** Tokens whose limit differs from `limit`. */
  tokenLimits?: Record<string, number>;
  /** GitHub answers a spent quota with either; default 403. */
  refusalStatus?: 403 | 429;
}

/** One window's count, as `x-ratelimit-*` and `GET /rate_limit` tell it. */
export interface QuotaState {
  limit: number;
  used: number;
  remaining: number;
  /** When the window resets, in UTC epoch seconds. */
  reset: number;
}

export interface RefusalCounts {
  total: number;
  byToken: Record<string, number>;
  anonymous: number;
}

interface Window {
  used: number;
  resetAtMs: number;
}

/** null is every request without a known token. */
type Holder = string | null;

/**
 * GitHub's primary REST quota: a count per token (and one for anonymous requests) that a window
 * started by the first request resets. The server decides what is free (304s, `GET /rate_limit`).
 */
export class PrimaryQuota {
  private readonly windows = new Map<Holder, Window>();
  private readonly limits: Map<string, number>;
  private readonly userIds = new Map<string, number>();
  private readonly refusals = new Map<Holder, number>();

  constructor(private readonly options: QuotaOptions = {}) {
    this.limits = new Map(Object.entries(options.tokenLimits ?? {}));
  }

  setLimit(token: string, limit: number): void {
    this.limits.set(token, limit);
  }

  /** Counts one request; false when the window is spent and the request must be refused. */
  charge(holder: Holder): boolean {
    const window = this.current(holder);
    if (window.used >= this.limitOf(holder)) {
      this.refusals.set(holder, (this.refusals.get(holder) ?? 0) + 1);
      return false;
    }
    window.used += 1;
    return true;
  }

  /** Gives back a charge: the request turned out to be free (a 304). */
  refund(holder: Holder): void {
    const window = this.windows.get(holder);
    if (window && window.used > 0) window.used -= 1;
  }

  /** Starts a new window for everyone now. */
  reset(): void {
    this.windows.clear();
  }

  state(holder: Holder): QuotaState {
    const window = this.current(holder);
    const limit = this.limitOf(holder);
    return { limit, used: window.used, remaining: Math.max(0, limit - window.used), reset: Math.ceil(window.resetAtMs / 1000) };
  }

  headers(holder: Holder): Record<string, string> {
    const { limit, used, remaining, reset } = this.state(holder);
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core',
    };
  }

  /** GitHub's answer once the window is spent; `address` names an anonymous client, as GitHub does. */
  refusal(holder: Holder, address: string): Reply {
    const message =
      holder === null
        ? `API rate limit exceeded for ${address}. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)`
        : `API rate limit exceeded for user ID ${this.userId(holder)}.`;
    return json(this.options.refusalStatus ?? 403, { message, documentation_url: DOCUMENTATION_URL }, { 'x-ratelimit-remaining': '0' });
  }

  /** The body of `GET /rate_limit`: `rate` repeats `resources.core`, as on GitHub. */
  body(holder: Holder): object {
    const core = this.state(holder);
    const minuteReset = Math.ceil(Date.now() / 1000) + 60;
    return {
      resources: {
        core,
        search: { limit: 30, used: 0, remaining: 30, reset: minuteReset },
        graphql: { ...core, used: 0, remaining: core.limit },
      },
      rate: core,
    };
  }

  refusalCounts(): RefusalCounts {
    const byToken: Record<string, number> = {};
    let total = 0;
    for (const [holder, count] of this.refusals) {
      total += count;
      if (holder !== null) byToken[holder] = count;
    }
    return { total, byToken, anonymous: this.refusals.get(null) ?? 0 };
  }

  private limitOf(holder: Holder): number {
    if (holder === null) return this.options.anonymousLimit ?? 60;
    return this.limits.get(holder) ?? this.options.limit ?? 5000;
  }

  private current(holder: Holder): Window {
    const now = Date.now();
    let window = this.windows.get(holder);
    if (!window || now >= window.resetAtMs) {
      window = { used: 0, resetAtMs: now + (this.options.windowMs ?? HOUR_MS) };
      this.windows.set(holder, window);
    }
    return window;
  }

  private userId(token: string): number {
    if (!this.userIds.has(token)) this.userIds.set(token, 1000 + this.userIds.size + 1);
    return this.userIds.get(token)!;
  }
}
