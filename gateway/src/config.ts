import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type AuthConfig, loadAuthSettings } from '../../shared/auth/config';
import { booleanFlag, envPrefix, logLevel, nodeEnv, parseConfig, port } from '../../shared/config';
import { projectRoot } from '../../shared/paths';
import { GATEWAY_LIMITS, limitsFrom, limitVariables, type QueryLimits } from '../../shared/limits';
import type { PagesConfig } from './static-pages';
import { guardSchema, guardSettings, type SubgraphGuardSettings, timeoutVariables } from './resilience/settings';
import { subgraphsOfSupergraph } from './supergraph-subgraphs';
import { AREAS_SUBGRAPH } from './areas/areas.schema';
import { rateLimitSchema, rateLimitSettings, type RateLimitSettings } from './rate-limit/settings';
import { MANIFEST_FILE } from './trusted-documents/sources';

/** A subgraph's name as the supergraph's join__Graph gives it (`labor`, `finance`, …). */
export type SubgraphName = string;

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  /** The subgraphs the supergraph was composed from, in its order. */
  subgraphNames: SubgraphName[];
  /** `<NAME>_URL`, else the URL composition wrote into the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  logLevel: string;
  production: boolean;
  auth: AuthConfig;
  limits: QueryLimits;
  bodyLimit: string;
  pages: PagesConfig;
  /** Timeouts and circuit breakers for the calls to each department. */
  guard: SubgraphGuardSettings;
  /** How long SIGTERM waits for in-flight requests before closing their connections. */
  shutdownGraceMs: number;
  /** Requests per window per caller (README, "Configuration"). */
  rateLimit: RateLimitSettings;
  /** The persisted query manifest: the only operations partner tokens may run. */
  persistedQueryManifestPath: string;
  /**
   * Partner tokens run registered operations only. Always on as loaded from the
   * environment (no variable turns it off); tests may switch it off to show that the
   * subgraphs refuse a partner on their own (test/helpers/stack.ts).
   */
  trustedDocumentsForPartners: boolean;
  /** Identical in-flight subgraph queries share one call (gateway/src/subgraph-calls/deduplicate.ts). */
  deduplicateSubgraphFetches: boolean;
}

const url = (fallback: string) => z.url({ protocol: /^https?$/ }).default(fallback);

const schema = z.object({
  GATEWAY_PORT: port(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  SUPERGRAPH_PATH: z.string().min(1).optional(),
  LOG_LEVEL: logLevel,
  NODE_ENV: nodeEnv,
  ...limitVariables('GATEWAY', GATEWAY_LIMITS),
  GATEWAY_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/, 'must be a size like 100kb')
    // A full bulk import (1,000 persons) is about 120 kB; 512kb takes it with room to spare.
    .default('512kb'),
  // GraphiQL is for developers: on by default outside production, off in it unless set.
  GATEWAY_GRAPHIQL: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
  DASHBOARD_TOKEN_ISSUER_URL: z.url({ protocol: /^https?$/ }).optional(),
  GATEWAY_PAGES_DIR: z.string().min(1).optional(),
  // The dashboard opens on the month the departments act in (as the subgraphs read it).
  BUSINESS_DATE: z.iso.date().optional(),
  ...guardSchema,
  ...rateLimitSchema,
  GATEWAY_PERSISTED_QUERY_MANIFEST: z.string().min(1).optional(),
  GATEWAY_DEDUPLICATE_SUBGRAPH_FETCHES: booleanFlag(false),
});

/** `<NAME>_URL` for each subgraph, defaulting to the URL in the supergraph. */
function urlVariables(subgraphs: { name: string; url: string }[]) {
  return Object.fromEntries(subgraphs.map((s) => [`${envPrefix(s.name)}_URL`, url(s.url)]));
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const supergraphPath =
    parseConfig(schema.pick({ SUPERGRAPH_PATH: true }), env).SUPERGRAPH_PATH ?? join(projectRoot(), 'gateway', 'supergraph.graphql');
  // The areas run inside the gateway: no URL, timeout or readiness probe of their own.
  const subgraphs = subgraphsOfSupergraph(readFileSync(supergraphPath, 'utf8')).filter((s) => s.name !== AREAS_SUBGRAPH);
  const names = subgraphs.map((s) => s.name);
  const perSubgraph = { ...urlVariables(subgraphs), ...timeoutVariables(names) };
  // Checked together first, so that a bad start names every wrong variable at once.
  parseConfig(schema.extend(perSubgraph), env);
  const c = parseConfig(schema, env);
  const urls = parseConfig(z.object(perSubgraph), env);
  return {
    port: c.GATEWAY_PORT,
    host: c.HOST,
    supergraphPath,
    subgraphNames: names,
    subgraphUrls: Object.fromEntries(names.map((name) => [name, String(urls[`${envPrefix(name)}_URL`])])),
    logLevel: c.LOG_LEVEL,
    production: c.NODE_ENV === 'production',
    auth: loadAuthSettings(env, c.NODE_ENV === 'production'),
    limits: limitsFrom('GATEWAY', c),
    bodyLimit: c.GATEWAY_BODY_LIMIT,
    pages: {
      dir: c.GATEWAY_PAGES_DIR ?? join(projectRoot(), 'dist', 'web'),
      graphiql: c.GATEWAY_GRAPHIQL ?? c.NODE_ENV !== 'production',
      tokenIssuerUrl: c.DASHBOARD_TOKEN_ISSUER_URL ?? null,
      businessDate: c.BUSINESS_DATE ?? null,
    },
    guard: guardSettings(c, names, urls),
    shutdownGraceMs: c.SHUTDOWN_GRACE_MS,
    rateLimit: rateLimitSettings(c),
    persistedQueryManifestPath: c.GATEWAY_PERSISTED_QUERY_MANIFEST ?? MANIFEST_FILE,
    trustedDocumentsForPartners: true,
    deduplicateSubgraphFetches: c.GATEWAY_DEDUPLICATE_SUBGRAPH_FETCHES,
  };
}
