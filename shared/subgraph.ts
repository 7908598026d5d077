import type { GraphQLSchema } from 'graphql';
import type { DataSource, MixedList } from 'typeorm';
import { createDataSource, QueryCounter } from './database';
import { createLogger, type Logger } from './logger';
import { ServiceMetrics } from './metrics';
import { AuditEntry } from './audit/audit.entity';
import { AuditTrail1751000000200 } from './audit/audit.migration';
import { AuditClientRequestId1751000000210 } from './audit/audit-client-request.migration';
import { auditPlugin } from './audit/plugin';
import { type CallerContext, callerContext } from './auth/caller';
import { createTokenVerifier } from './auth/tokens';
import { feedHeaders } from './feeds/feed-token';
import type { FeedWorker } from './feeds/sync';
import { feedFreshness } from './feeds/freshness';
import { pollFeeds } from './feeds/poller';
import { type JobOptions, pollJobs, type SubgraphJob } from './jobs';
import {
  CertificateReplica1751000000100,
  ReplicaBirthDateOptional1751000000110,
  ReplicaRevokedOn1751000151000,
} from './certificate-replica/replica.migration';
import { IdempotencyKey } from './idempotency/idempotency.entity';
import { IdempotencyCaller1751000000310, IdempotencyKeys1751000000300 } from './idempotency/idempotency.migration';
import { idempotencyPlugin } from './idempotency/plugin';
import { CertificateReplica } from './certificate-replica/replica.entity';
import { FeedCursor } from './feeds/cursor.entity';
import { replicaStatus } from './certificate-replica/status';
import { CertificateFeedSync } from './certificate-replica/sync';
import { queryLimits } from './limits';
import { boundReplicaStaleness } from './certificate-replica/staleness';
import { subgraphReadiness } from './subgraph-readiness';
import { createService, type Service, stopOnSignals } from './server';
import { loadSubgraphConfig, type SubgraphConfig } from './subgraph-config';
import { loadConfigOrExit } from './config';

export { loadSubgraphConfig, type SubgraphConfig } from './subgraph-config';

// TypeORM types entity and migration classes as `Function`.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function toArray(list: MixedList<Function>): Function[] {
  return Array.isArray(list) ? list : Object.values(list);
}

/** What a request's resolvers get: the department's database and fresh loaders. */
export interface SubgraphContext<TLoaders> extends CallerContext {
  loaders: TLoaders;
  log: Logger;
  /** The business date (`YYYY-MM-DD`) that writes record and rules compare against. */
  today: () => string;
  /** NODE_ENV=production: internal error text stays in the logs. */
  production: boolean;
}

export interface SubgraphDefinition<TLoaders> {
  /** Also the prefix of its variables (`FINANCE_PORT`) and its folder under subgraphs/. */
  name: string;
  /** Default port; `<NAME>_PORT` overrides it. The composed supergraph's default URLs use it. */
  port: number;
  // TypeORM types entity and migration classes as `Function`.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  buildSchema: () => Promise<GraphQLSchema>;
  createLoaders: (db: DataSource) => TLoaders;
  /** Loads this department's part of the demo world if its tables are empty. */
  seedDemo: (db: DataSource) => Promise<boolean>;
  /** Keeps a replica of labor's certificate feed (tax, commerce, finance). */
  replicatesCertificates?: boolean;
  /** The replica keeps holders' birth dates (finance only: its loan age limit). */
  replicatesBirthDates?: boolean;
  /**
   * Other departments' feeds it replicates into its own tables (besides the certificate
   * feed): one worker each, polled like the certificate replica. Its replica tables and
   * `feed_cursor` are in its own entities and migrations.
   */
  consumes?: (options: FeedConsumerOptions) => FeedWorker[];
  /**
   * Periodic work on its own database as the business date moves (labor's ageing refresh
   * of hardship flags): run at start and then every feed interval, in one loop beside the
   * feed workers (not at all when the interval is 0, as in tests, which run them directly),
   * stopped before the database closes.
   */
  jobs?: (options: JobOptions) => SubgraphJob[];
  /** Work the subgraph runs on its own (the joint office's scheduled checks), stopped before the database closes. */
  background?: (db: DataSource, logger: Logger) => { stop(): Promise<void> };
}

/** What a subgraph's feed consumers are built from. */
export interface FeedConsumerOptions {
  db: DataSource;
  config: SubgraphConfig;
  logger: Logger;
  /** Its `feed:read` service token's headers; `purpose` names the worker in the token. */
  headers: (purpose: string) => () => Promise<Record<string, string>>;
}

export interface RunningSubgraph {
  service: Service;
  db: DataSource;
  /** SQL statements run since the counter was last reset (tests use it to catch N+1). */
  queries: QueryCounter;
  /** The certificate feed worker, for subgraphs that replicate it. */
  feed?: CertificateFeedSync;
  /** Its workers for the other feeds it replicates (`consumes`), by feed name. */
  feeds: FeedWorker[];
  stop(): Promise<void>;
}

/**
 * A subgraph's data source: its own entities and migrations plus the shared ones (audit,
 * idempotency, and the certificate replica where it keeps one). Not yet initialised.
 * Also used by tools that write a department's tables directly (`npm run seed`).
 */
export function subgraphDataSource(
  definition: Pick<SubgraphDefinition<unknown>, 'entities' | 'migrations' | 'replicatesCertificates' | 'consumes'>,
  url: string,
  options: { logger?: Logger; counter?: QueryCounter; sqliteBusyTimeoutMs?: number } = {},
): DataSource {
  const replicates = definition.replicatesCertificates ?? false;
  return createDataSource({
    url,
    entities: [
      ...toArray(definition.entities),
      AuditEntry,
      IdempotencyKey,
      ...(replicates ? [CertificateReplica] : []),
      ...(replicates || definition.consumes ? [FeedCursor] : []),
    ],
    migrations: [
      ...toArray(definition.migrations),
      AuditTrail1751000000200,
      AuditClientRequestId1751000000210,
      IdempotencyKeys1751000000300,
      IdempotencyCaller1751000000310,
      ...(replicates ? [CertificateReplica1751000000100, ReplicaBirthDateOptional1751000000110, ReplicaRevokedOn1751000151000] : []),
    ],
    ...options,
  });
}

/** Builds a subgraph: database (migrated, optionally seeded) and HTTP service, not listening. */
export async function createSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  config: SubgraphConfig,
  logger: Logger = createLogger(definition.name, config.logLevel),
): Promise<RunningSubgraph> {
  const queries = new QueryCounter();
  const replicates = definition.replicatesCertificates ?? false;
  const db = subgraphDataSource(definition, config.databaseUrl, {
    logger,
    counter: queries,
    sqliteBusyTimeoutMs: config.sqliteBusyTimeoutMs,
  });
  await db.initialize();
  if (replicates) boundReplicaStaleness(db, { department: definition.name, maxLagSeconds: config.certificateMaxLagSeconds });
  const applied = await db.runMigrations({ transaction: 'each' });
  if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  if (config.demoData && (await definition.seedDemo(db))) logger.info('demo data loaded');

  const today = () => config.businessDate ?? new Date().toISOString().slice(0, 10);
  const metrics = new ServiceMetrics(definition.name);
  metrics.trackStatements(() => queries.sinceStart);
  if (replicates) metrics.trackReplica(() => replicaStatus(db));
  const feeds = definition.consumes?.({ db, config, logger, headers: (purpose) => feedHeaders(definition.name, config, purpose) }) ?? [];
  if (feeds.length) metrics.trackFeeds(() => Promise.all(feeds.map((worker) => feedFreshness(db, worker.feed))));
  const schema = await definition.buildSchema();
  const limits = queryLimits(config.limits, config.production);
  const service = await createService<SubgraphContext<TLoaders>>({
    name: definition.name,
    logger,
    graph: { schema },
    production: config.production,
    authenticate: await createTokenVerifier(config.auth),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ...limits.plugins,
      auditPlugin<SubgraphContext<TLoaders>>(logger),
      idempotencyPlugin<SubgraphContext<TLoaders>>({ ttlMs: config.idempotencyTtlSeconds * 1000 }),
    ],
    metrics,
    context: async (req) => ({
      loaders: definition.createLoaders(db),
      log: logger,
      today,
      production: config.production,
      ...callerContext(req, db, definition.name, logger),
    }),
    // Liveness only: a database that is down is a readiness matter (/ready), and the
    // pool reconnects by itself; a destroyed data source never comes back.
    checkHealth: async () => {
      if (!db.isInitialized) throw new Error('database closed');
    },
    ready: subgraphReadiness({ db, table: toArray(definition.entities)[0], replicates, feeds: feeds.map((worker) => worker.feed) }),
    shutdownGraceMs: config.shutdownGraceMs,
  });
  const feed = replicates
    ? new CertificateFeedSync({
        db,
        laborUrl: config.laborUrl,
        logger,
        headers: feedHeaders(definition.name, config),
        birthDates: definition.replicatesBirthDates,
      })
    : undefined;
  const workers = [...(feed ? [feed] : []), ...feeds];
  const polling = config.feedIntervalMs > 0 ? pollFeeds(workers, config.feedIntervalMs) : undefined;
  const jobs = definition.jobs?.({ db, logger, today }) ?? [];
  const jobPolling = config.feedIntervalMs > 0 ? pollJobs(jobs, config.feedIntervalMs, logger) : undefined;
  const background = definition.background?.(db, logger);
  return {
    service,
    db,
    queries,
    feed,
    feeds,
    stop: async () => {
      await polling?.stop();
      await jobPolling?.stop();
      await Promise.all(workers.map((worker) => worker.stop()));
      await background?.stop();
      await service.stop();
      if (db.isInitialized) await db.destroy();
      logger.info('database closed');
    },
  };
}

/** Reads `definition`'s configuration from the environment (prefix: its name). */
export function subgraphConfigOf(
  definition: Pick<SubgraphDefinition<unknown>, 'name' | 'port'>,
  env: NodeJS.ProcessEnv = process.env,
): SubgraphConfig {
  return loadSubgraphConfig(definition.name, definition.port, env);
}

/** The whole of every subgraph's `main.ts`: exits with a message if it cannot start. */
export function startSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>): void {
  const config = loadConfigOrExit(() => subgraphConfigOf(definition));
  runSubgraph(definition, config).catch((error: unknown) => {
    process.stderr.write(`${definition.name} failed to start: ${String(error)}\n`);
    process.exit(1);
  });
}

/** Config, build, listen, stop on signals. */
export async function runSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>, config: SubgraphConfig): Promise<void> {
  const logger = createLogger(definition.name, config.logLevel);
  const subgraph = await createSubgraph(definition, config, logger);
  const url = await subgraph.service.listen(config.port, config.host);
  logger.info({ url, health: url.replace(/graphql$/, 'health') }, `${definition.name} subgraph ready`);
  stopOnSignals(logger, () => subgraph.stop(), { graceMs: config.shutdownGraceMs });
}
