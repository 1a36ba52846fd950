const LIMIT = 5000;
const WINDOW_SECONDS = 3600;

/** The x-ratelimit-* headers every GitHub response carries; every request counts against the limit. */
export class RateLimit {
  private used = 0;
  private readonly resetAt = Math.floor(Date.now() / 1000) + WINDOW_SECONDS;

  nextHeaders(): Record<string, string> {
    this.used += 1;
    return {
      'x-ratelimit-limit': String(LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, LIMIT - this.used)),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-resource': 'core',
    };
  }
}
