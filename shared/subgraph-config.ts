import { resolve } from 'node:path';
import { z } from 'zod';
import { type AuthConfig, loadAuthSettings } from './auth/config';
import { booleanFlag, databaseUrl, envPrefix, logLevel, nodeEnv, parseConfig, port } from './config';
import { limitsFrom, limitVariables, type QueryLimits, SUBGRAPH_LIMITS } from './limits';

/** Configuration shared by the four subgraphs; variables are prefixed with the name. */
export interface SubgraphConfig {
  name: string;
  port: number;
  host: string;
  databaseUrl: string;
  logLevel: string;
  production: boolean;
  /** Load the demo world into an empty database at start. */
  demoData: boolean;
  /** Labor's GraphQL endpoint, for subgraphs that replicate the certificate feed. */
  laborUrl: string;
  /** Commerce's GraphQL endpoint, for subgraphs that replicate its register feed (labor). */
  commerceUrl: string;
  /** How often the feed is polled; 0 turns polling off (tests sync explicitly). */
  feedIntervalMs: number;
  /**
   * The date the departments act on (`YYYY-MM-DD`), or null for today (UTC). Set it to
   * replay or train on the 2003 records, whose policy windows have long closed.
   */
  businessDate: string | null;
  auth: AuthConfig;
  /** Depth, alias, directive, token and cost limits (graphql-armor), as at the gateway. */
  limits: QueryLimits;
  /** How long an Idempotency-Key and its stored response are kept. */
  idempotencyTtlSeconds: number;
  /** Bearer token for pulling labor's feed when no signing secret is configured (RS256/JWKS setups). */
  feedToken: string | null;
  /** Benefits resting on a certificate are refused when the replica is older than this. */
  certificateMaxLagSeconds: number;
  /** How long SQLite retries a locked database before the write fails with DATABASE_BUSY. */
  sqliteBusyTimeoutMs: number;
  /** How long SIGTERM waits for in-flight requests before closing their connections. */
  shutdownGraceMs: number;
}

/**
 * Reads `<NAME>_PORT`, `<NAME>_DATABASE_URL` (default `sqlite:<DATA_DIR>/<name>.sqlite`),
 * `DATA_DIR`, `HOST`, `LOG_LEVEL`, `NODE_ENV`, `DEMO_DATA`, `SQLITE_BUSY_TIMEOUT_MS`,
 * `SHUTDOWN_GRACE_MS`, and for feed consumers `LABOR_URL`, `COMMERCE_URL`, `CERTIFICATE_FEED_INTERVAL_MS` (every feed)
 * and `CERTIFICATE_MAX_LAG_SECONDS`.
 */
export function loadSubgraphConfig(name: string, defaultPort: number, env: NodeJS.ProcessEnv): SubgraphConfig {
  const prefix = envPrefix(name);
  const schema = z.object({
    [`${prefix}_PORT`]: port(defaultPort),
    [`${prefix}_DATABASE_URL`]: databaseUrl.optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    // Subgraphs are for the gateway and the other departments' services, not for clients:
    // on one machine (npm start) they listen on loopback only; compose sets 0.0.0.0 on its private network.
    HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: logLevel,
    NODE_ENV: nodeEnv,
    DEMO_DATA: booleanFlag(true),
    LABOR_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4001/graphql'),
    COMMERCE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4004/graphql'),
    CERTIFICATE_FEED_INTERVAL_MS: z.coerce.number().int().min(0).default(5000),
    BUSINESS_DATE: z.iso.date().optional(),
    CERTIFICATE_FEED_TOKEN: z.string().min(1).optional(),
    ...limitVariables('SUBGRAPH', SUBGRAPH_LIMITS),
    IDEMPOTENCY_KEY_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(30 * 86_400)
      .default(86_400),
    CERTIFICATE_MAX_LAG_SECONDS: z.coerce.number().int().positive().default(900),
    SQLITE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).default(2000),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  });
  const parsed = parseConfig(schema, env) as Record<string, unknown>;
  const production = parsed.NODE_ENV === 'production';
  return {
    name,
    port: parsed[`${prefix}_PORT`] as number,
    host: parsed.HOST as string,
    databaseUrl:
      (parsed[`${prefix}_DATABASE_URL`] as string | undefined) ?? `sqlite:${resolve(parsed.DATA_DIR as string, `${name}.sqlite`)}`,
    logLevel: parsed.LOG_LEVEL as string,
    production,
    demoData: (parsed.DEMO_DATA as boolean) && !production,
    laborUrl: parsed.LABOR_URL as string,
    commerceUrl: parsed.COMMERCE_URL as string,
    feedIntervalMs: parsed.CERTIFICATE_FEED_INTERVAL_MS as number,
    businessDate: (parsed.BUSINESS_DATE as string | undefined) ?? null,
    auth: loadAuthSettings(env, production),
    feedToken: (parsed.CERTIFICATE_FEED_TOKEN as string | undefined) ?? null,
    idempotencyTtlSeconds: parsed.IDEMPOTENCY_KEY_TTL_SECONDS as number,
    limits: limitsFrom('SUBGRAPH', parsed),
    certificateMaxLagSeconds: parsed.CERTIFICATE_MAX_LAG_SECONDS as number,
    sqliteBusyTimeoutMs: parsed.SQLITE_BUSY_TIMEOUT_MS as number,
    shutdownGraceMs: parsed.SHUTDOWN_GRACE_MS as number,
  };
}
