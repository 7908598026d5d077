import { resolve } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import type { DataSource, MixedList } from 'typeorm';
import { z } from 'zod';
import { booleanFlag, databaseUrl, logLevel, nodeEnv, parseConfig, port } from './config';
import { createDataSource, QueryCounter } from './database';
import { createLogger, type Logger } from './logger';
import { AuditEntry } from './audit/audit.entity';
import { AuditTrail1751000000200 } from './audit/audit.migration';
import { type AuditedContext, auditPlugin, PiiReadLog } from './audit/plugin';
import { type AuthConfig, loadAuthSettings } from './auth/config';
import { requestIdOf, viewerOf } from './auth/http';
import { createTokenVerifier, signToken } from './auth/tokens';
import type { OwningDepartment } from './auth/viewer';
import { CertificateReplica1751000000100 } from './certificate-replica/replica.migration';
import { CertificateReplica, FeedCursor } from './certificate-replica/replica.entity';
import { CertificateFeedSync } from './certificate-replica/sync';
import { createService, type Service, stopOnSignals } from './server';

// TypeORM types entity and migration classes as `Function`.
function toArray(list: MixedList<Function>): Function[] {
  return Array.isArray(list) ? list : Object.values(list);
}

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
  /** How often the feed is polled; 0 turns polling off (tests sync explicitly). */
  feedIntervalMs: number;
  /**
   * The date the departments act on (`YYYY-MM-DD`), or null for today (UTC). Set it to
   * replay or train on the 2003 records, whose policy windows have long closed.
   */
  businessDate: string | null;
  auth: AuthConfig;
  /** Bearer token for pulling labor's feed when no signing secret is configured (RS256/JWKS setups). */
  feedToken: string | null;
}

/**
 * Reads `<NAME>_PORT`, `<NAME>_DATABASE_URL` (default `sqlite:<DATA_DIR>/<name>.sqlite`),
 * `DATA_DIR`, `HOST`, `LOG_LEVEL`, `NODE_ENV`, `DEMO_DATA`, and for feed consumers
 * `LABOR_URL` and `CERTIFICATE_FEED_INTERVAL_MS`.
 */
export function loadSubgraphConfig(name: string, defaultPort: number, env: NodeJS.ProcessEnv): SubgraphConfig {
  const prefix = name.toUpperCase();
  const schema = z.object({
    [`${prefix}_PORT`]: port(defaultPort),
    [`${prefix}_DATABASE_URL`]: databaseUrl.optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    HOST: z.string().min(1).default('0.0.0.0'),
    LOG_LEVEL: logLevel,
    NODE_ENV: nodeEnv,
    DEMO_DATA: booleanFlag(true),
    LABOR_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4001/graphql'),
    CERTIFICATE_FEED_INTERVAL_MS: z.coerce.number().int().min(0).default(5000),
    BUSINESS_DATE: z.iso.date().optional(),
    CERTIFICATE_FEED_TOKEN: z.string().min(1).optional(),
  });
  const parsed = parseConfig(schema, env) as Record<string, unknown>;
  const production = parsed.NODE_ENV === 'production';
  return {
    name,
    port: parsed[`${prefix}_PORT`] as number,
    host: parsed.HOST as string,
    databaseUrl: (parsed[`${prefix}_DATABASE_URL`] as string | undefined) ?? `sqlite:${resolve(parsed.DATA_DIR as string, `${name}.sqlite`)}`,
    logLevel: parsed.LOG_LEVEL as string,
    production,
    demoData: (parsed.DEMO_DATA as boolean) && !production,
    laborUrl: parsed.LABOR_URL as string,
    feedIntervalMs: parsed.CERTIFICATE_FEED_INTERVAL_MS as number,
    businessDate: (parsed.BUSINESS_DATE as string | undefined) ?? null,
    auth: loadAuthSettings(env, production),
    feedToken: (parsed.CERTIFICATE_FEED_TOKEN as string | undefined) ?? null,
  };
}

/** What a request's resolvers get: the department's database and fresh loaders. */
export interface SubgraphContext<TLoaders> extends AuditedContext {
  loaders: TLoaders;
  log: Logger;
  /** The business date (`YYYY-MM-DD`) that writes record and rules compare against. */
  today: () => string;
}

export interface SubgraphDefinition<TLoaders> {
  name: string;
  // TypeORM types entity and migration classes as `Function`.
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  buildSchema: () => Promise<GraphQLSchema>;
  createLoaders: (db: DataSource) => TLoaders;
  /** Loads this department's part of the demo world if its tables are empty. */
  seedDemo: (db: DataSource) => Promise<boolean>;
  /** Keeps a replica of labor's certificate feed (tax, commerce, finance). */
  replicatesCertificates?: boolean;
}

export interface RunningSubgraph {
  service: Service;
  db: DataSource;
  /** SQL statements run since the counter was last reset (tests use it to catch N+1). */
  queries: QueryCounter;
  /** The certificate feed worker, for subgraphs that replicate it. */
  feed?: CertificateFeedSync;
  stop(): Promise<void>;
}

/** Builds a subgraph: database (migrated, optionally seeded) and HTTP service, not listening. */
export async function createSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  config: SubgraphConfig,
  logger: Logger = createLogger(definition.name, config.logLevel),
): Promise<RunningSubgraph> {
  const queries = new QueryCounter();
  const replicates = definition.replicatesCertificates ?? false;
  const db = createDataSource({
    url: config.databaseUrl,
    entities: [...toArray(definition.entities), AuditEntry, ...(replicates ? [CertificateReplica, FeedCursor] : [])],
    migrations: [...toArray(definition.migrations), AuditTrail1751000000200, ...(replicates ? [CertificateReplica1751000000100] : [])],
    logger,
    counter: queries,
  });
  await db.initialize();
  const applied = await db.runMigrations({ transaction: 'each' });
  if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  if (config.demoData && (await definition.seedDemo(db))) logger.info('demo data loaded');

  const today = () => config.businessDate ?? new Date().toISOString().slice(0, 10);
  const schema = await definition.buildSchema();
  const service = await createService<SubgraphContext<TLoaders>>({
    name: definition.name,
    logger,
    graph: { schema },
    production: config.production,
    authenticate: await createTokenVerifier(config.auth),
    plugins: [auditPlugin<SubgraphContext<TLoaders>>(logger)],
    context: async (req) => ({
      db,
      loaders: definition.createLoaders(db),
      log: logger,
      today,
      viewer: viewerOf(req),
      requestId: requestIdOf(req),
      service: definition.name,
      piiReads: new PiiReadLog(),
    }),
    checkHealth: async () => {
      await db.query('SELECT 1');
    },
  });
  const feed = replicates ? new CertificateFeedSync({ db, laborUrl: config.laborUrl, logger, headers: feedHeaders(definition.name, config) }) : undefined;
  if (feed && config.feedIntervalMs > 0) feed.start(config.feedIntervalMs);
  return {
    service,
    db,
    queries,
    feed,
    stop: async () => {
      feed?.stop();
      await service.stop();
      if (db.isInitialized) await db.destroy();
    },
  };
}

/**
 * The feed worker calls labor as its own department with `feed:read`: a token it signs
 * itself where the HS256 secret is configured, else the configured CERTIFICATE_FEED_TOKEN.
 */
function feedHeaders(name: string, config: SubgraphConfig): () => Promise<Record<string, string>> {
  let cached: { token: string; until: number } | undefined;
  return async () => {
    if (config.feedToken) return { authorization: `Bearer ${config.feedToken}` };
    const secret = config.auth.secret;
    if (!secret) throw new Error('CERTIFICATE_FEED_TOKEN is required when tokens are verified by public key');
    if (!cached || cached.until < Date.now()) {
      const claims = { sub: `${name}-certificate-sync`, dept: name as OwningDepartment, scope: 'feed:read' };
      cached = { token: await signToken(claims, { secret, issuer: config.auth.issuer, audience: config.auth.audience }, '1h'), until: Date.now() + 50 * 60_000 };
    }
    return { authorization: `Bearer ${cached.token}` };
  };
}

/** The body of every subgraph's `main.ts`: config, build, listen, stop on signals. */
export async function runSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>, config: SubgraphConfig): Promise<void> {
  const logger = createLogger(definition.name, config.logLevel);
  const subgraph = await createSubgraph(definition, config, logger);
  const url = await subgraph.service.listen(config.port, config.host);
  logger.info({ url, health: url.replace(/graphql$/, 'health') }, `${definition.name} subgraph ready`);
  stopOnSignals(logger, subgraph.stop);
}
