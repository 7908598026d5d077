import { join } from 'node:path';
import { z } from 'zod';
import { type AuthConfig, loadAuthSettings } from '../../shared/auth/config';
import { logLevel, nodeEnv, parseConfig, port } from '../../shared/config';
import { projectRoot } from '../../shared/paths';
import { GATEWAY_LIMITS, limitsFrom, limitVariables, type QueryLimits } from '../../shared/limits';
import type { PagesConfig } from './static-pages';
import { guardSchema, guardSettings, type SubgraphGuardSettings } from './resilience/settings';

export const SUBGRAPH_NAMES = ['labor', 'finance', 'tax', 'commerce', 'joint-office'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
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
}

const url = (fallback: string) => z.url({ protocol: /^https?$/ }).default(fallback);

const schema = z.object({
  GATEWAY_PORT: port(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  SUPERGRAPH_PATH: z.string().min(1).optional(),
  LABOR_URL: url('http://localhost:4001/graphql'),
  FINANCE_URL: url('http://localhost:4002/graphql'),
  TAX_URL: url('http://localhost:4003/graphql'),
  COMMERCE_URL: url('http://localhost:4004/graphql'),
  JOINT_OFFICE_URL: url('http://localhost:4005/graphql'),
  LOG_LEVEL: logLevel,
  NODE_ENV: nodeEnv,
  ...limitVariables('GATEWAY', GATEWAY_LIMITS),
  GATEWAY_BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/, 'must be a size like 100kb').default('100kb'),
  // GraphiQL is for developers: on by default outside production, off in it unless set.
  GATEWAY_GRAPHIQL: z.enum(['true', 'false', '1', '0']).optional().transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
  DASHBOARD_TOKEN_ISSUER_URL: z.url({ protocol: /^https?$/ }).optional(),
  GATEWAY_PAGES_DIR: z.string().min(1).optional(),
  // The dashboard opens on the month the departments act in (as the subgraphs read it).
  BUSINESS_DATE: z.iso.date().optional(),
  ...guardSchema,
});

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const c = parseConfig(schema, env);
  return {
    port: c.GATEWAY_PORT,
    host: c.HOST,
    supergraphPath: c.SUPERGRAPH_PATH ?? join(projectRoot(), 'gateway', 'supergraph.graphql'),
    subgraphUrls: { labor: c.LABOR_URL, finance: c.FINANCE_URL, tax: c.TAX_URL, commerce: c.COMMERCE_URL, 'joint-office': c.JOINT_OFFICE_URL },
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
    guard: guardSettings(c),
    shutdownGraceMs: c.SHUTDOWN_GRACE_MS,
  };
}
