import { z } from 'zod';

/** Requests per window a caller may send to /graphql; 0 lifts the limit (README, "Configuration"). */
export interface RateLimitSettings {
  windowSeconds: number;
  /** Per token subject of a department, the joint office or an auditor. */
  client: number;
  /** Per token subject of a partner (a bank, the statistics bureau, a platform). */
  partner: number;
  /** Per IP address, for requests without a valid token. */
  anonymous: number;
}

const requests = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

/**
 * Variables for the gateway's config schema. The defaults leave people and the office's
 * own service alone (a clerk or the dashboard sends a few requests a minute, a consistency
 * check some dozens) and stop a runaway script; partners are outside systems and get less.
 */
export const rateLimitSchema = {
  GATEWAY_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  GATEWAY_RATE_LIMIT_CLIENT: requests(6000),
  GATEWAY_RATE_LIMIT_PARTNER: requests(600),
  GATEWAY_RATE_LIMIT_ANONYMOUS: requests(300),
};

type RateLimitEnv = z.infer<z.ZodObject<typeof rateLimitSchema>>;

export function rateLimitSettings(c: RateLimitEnv): RateLimitSettings {
  return {
    windowSeconds: c.GATEWAY_RATE_LIMIT_WINDOW_SECONDS,
    client: c.GATEWAY_RATE_LIMIT_CLIENT,
    partner: c.GATEWAY_RATE_LIMIT_PARTNER,
    anonymous: c.GATEWAY_RATE_LIMIT_ANONYMOUS,
  };
}
