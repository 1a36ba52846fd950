import { ApiQuota, isQuotaRefusal } from '../../src/github/api-quota.js';

const headers = (remaining: number, extra: Record<string, string> = {}) =>
  new Headers({
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-limit': '1000',
    'x-ratelimit-reset': '1800000000',
    'x-ratelimit-resource': 'core',
    ...extra,
  });

describe('ApiQuota', () => {
  it('allows anything until a response tells the quota', () => {
    expect(new ApiQuota().allows(1000, 1000)).toBe(true);
    expect(new ApiQuota().state).toEqual({ remaining: null, limit: null, resetAt: null });
  });

  it('takes the count from each response, less the requests still in flight', () => {
    const quota = new ApiQuota();
    quota.started();
    quota.settled(headers(100));
    expect(quota.state).toEqual({ remaining: 100, limit: 1000, resetAt: new Date(1_800_000_000_000) });
    quota.started();
    quota.started();
    expect(quota.state.remaining).toBe(98); // two in flight, each counted as it left
    quota.settled(headers(99)); // the server counted one; the other is still out
    expect(quota.state.remaining).toBe(98);
    quota.settled(headers(98));
    expect(quota.state.remaining).toBe(98);
  });

  it('counts a request whose answer carries no headers (a download after its redirect) as spent, and a 304 as free', () => {
    const quota = new ApiQuota();
    quota.started();
    quota.settled(headers(10));
    quota.started();
    quota.settled(null);
    expect(quota.state.remaining).toBe(9);
    quota.started();
    quota.settled(headers(10)); // a 304 leaves the server's count where it was
    expect(quota.state.remaining).toBe(10);
  });

  it('ignores other resources, and keeps a reserve', () => {
    const quota = new ApiQuota();
    quota.started();
    quota.settled(headers(30));
    quota.started();
    quota.settled(headers(5, { 'x-ratelimit-resource': 'search' }));
    expect(quota.state.remaining).toBe(30);
    expect(quota.allows(10, 20)).toBe(true);
    expect(quota.allows(11, 20)).toBe(false);
  });

  it('tells a spent primary quota from other refusals', () => {
    const refusal = (status: number, remaining?: string) => ({
      status,
      response: { headers: remaining === undefined ? {} : { 'x-ratelimit-remaining': remaining } },
    });
    expect(isQuotaRefusal(refusal(403, '0'))).toBe(true);
    expect(isQuotaRefusal(refusal(429, '0'))).toBe(true);
    expect(isQuotaRefusal(refusal(403, '12'))).toBe(false); // a permission, or a secondary limit
    expect(isQuotaRefusal(refusal(403))).toBe(false);
    expect(isQuotaRefusal(refusal(500, '0'))).toBe(false);
    expect(isQuotaRefusal(new Error('x'))).toBe(false);
  });
});
