import { backoffMs } from './backoff';
import { retryAfterMs } from './gateway-client';

describe('backoffMs', () => {
  const policy = { retries: 10, baseMs: 100, maxMs: 1000 };

  it('doubles from the base up to the cap, half of it random', () => {
    const low = (attempt: number) => backoffMs(policy, attempt, () => 0);
    const high = (attempt: number) => backoffMs(policy, attempt, () => 1);
    expect([1, 2, 3, 4, 5, 40].map(low)).toEqual([50, 100, 200, 400, 500, 500]);
    expect([1, 2, 3, 4, 5, 40].map(high)).toEqual([100, 200, 400, 800, 1000, 1000]);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds or an HTTP date, and nothing else', () => {
    const now = Date.parse('2003-08-15T08:00:00Z');
    expect(retryAfterMs('42', now)).toBe(42_000);
    expect(retryAfterMs('Fri, 15 Aug 2003 08:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Fri, 15 Aug 2003 07:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});
