import { z } from 'zod';
import { envPrefix } from '../../../shared/config';
import type { SubgraphName } from '../config';

/** How the gateway limits its calls to the departments (README, "Operations"). */
export interface SubgraphGuardSettings {
  /** Milliseconds a department has to answer one call, by department. */
  timeoutMs: Record<SubgraphName, number>;
  breaker: {
    /** Failures (timeouts, refused connections, 5xx) in the window, in %, that open the circuit. */
    errorPercent: number;
    /** Calls in the window before the failure rate counts at all. */
    volume: number;
    windowMs: number;
    /** How long an open circuit fails fast before letting one probe call through. */
    resetMs: number;
  };
}

const millis = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const optionalMillis = z.coerce.number().int().positive().optional();

/** Variables for the gateway's config schema. */
export const guardSchema = {
  GATEWAY_SUBGRAPH_TIMEOUT_MS: millis(5000),
  GATEWAY_BREAKER_ERROR_PERCENT: z.coerce.number().int().min(1).max(100).default(50),
  GATEWAY_BREAKER_VOLUME: z.coerce.number().int().min(1).default(5),
  GATEWAY_BREAKER_WINDOW_MS: millis(10_000),
  GATEWAY_BREAKER_RESET_MS: millis(5000),
  SHUTDOWN_GRACE_MS: millis(10_000),
};

/** `<NAME>_TIMEOUT_MS` per subgraph: overrides GATEWAY_SUBGRAPH_TIMEOUT_MS for that one. */
export function timeoutVariables(names: SubgraphName[]): Record<string, typeof optionalMillis> {
  return Object.fromEntries(names.map((name) => [`${envPrefix(name)}_TIMEOUT_MS`, optionalMillis]));
}

type GuardEnv = z.infer<z.ZodObject<typeof guardSchema>>;

export function guardSettings(c: GuardEnv, names: SubgraphName[], perSubgraph: Record<string, unknown>): SubgraphGuardSettings {
  const fallback = c.GATEWAY_SUBGRAPH_TIMEOUT_MS;
  const timeout = (name: SubgraphName) => {
    const value = perSubgraph[`${envPrefix(name)}_TIMEOUT_MS`];
    return typeof value === 'number' ? value : fallback;
  };
  return {
    timeoutMs: Object.fromEntries(names.map((name) => [name, timeout(name)])),
    breaker: {
      errorPercent: c.GATEWAY_BREAKER_ERROR_PERCENT,
      volume: c.GATEWAY_BREAKER_VOLUME,
      windowMs: c.GATEWAY_BREAKER_WINDOW_MS,
      resetMs: c.GATEWAY_BREAKER_RESET_MS,
    },
  };
}
