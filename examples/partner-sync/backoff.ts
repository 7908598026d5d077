export interface RetryPolicy {
  /** Failed attempts in a row tolerated after the first. */
  retries: number;
  baseMs: number;
  maxMs: number;
}

/**
 * Exponential backoff with a cap and "equal jitter": half the delay fixed, half random, so
 * that partners cut off by the same outage do not all come back in the same instant.
 * `attempt` counts the failures so far (1 after the first).
 */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
