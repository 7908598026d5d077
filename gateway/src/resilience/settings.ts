import { z } from 'zod';
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
  LABOR_TIMEOUT_MS: optionalMillis,
  FINANCE_TIMEOUT_MS: optionalMillis,
  TAX_TIMEOUT_MS: optionalMillis,
  COMMERCE_TIMEOUT_MS: optionalMillis,
  JOINT_OFFICE_TIMEOUT_MS: optionalMillis,
  GATEWAY_BREAKER_ERROR_PERCENT: z.coerce.number().int().min(1).max(100).default(50),
  GATEWAY_BREAKER_VOLUME: z.coerce.number().int().min(1).default(5),
  GATEWAY_BREAKER_WINDOW_MS: millis(10_000),
  GATEWAY_BREAKER_RESET_MS: millis(5000),
  SHUTDOWN_GRACE_MS: millis(10_000),
};

/** The joint office's default: a check run reads every county's persons, page by page. */
export const JOINT_OFFICE_MIN_TIMEOUT_MS = 60_000;

type GuardEnv = z.infer<z.ZodObject<typeof guardSchema>>;

export function guardSettings(c: GuardEnv): SubgraphGuardSettings {
  const fallback = c.GATEWAY_SUBGRAPH_TIMEOUT_MS;
  return {
    timeoutMs: {
      labor: c.LABOR_TIMEOUT_MS ?? fallback,
      finance: c.FINANCE_TIMEOUT_MS ?? fallback,
      tax: c.TAX_TIMEOUT_MS ?? fallback,
      commerce: c.COMMERCE_TIMEOUT_MS ?? fallback,
      // The office's publications and check runs read the whole city back through the gateway.
      'joint-office': c.JOINT_OFFICE_TIMEOUT_MS ?? Math.max(fallback, JOINT_OFFICE_MIN_TIMEOUT_MS),
    },
    breaker: {
      errorPercent: c.GATEWAY_BREAKER_ERROR_PERCENT,
      volume: c.GATEWAY_BREAKER_VOLUME,
      windowMs: c.GATEWAY_BREAKER_WINDOW_MS,
      resetMs: c.GATEWAY_BREAKER_RESET_MS,
    },
  };
}
