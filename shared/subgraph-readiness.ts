import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { replicaFreshness } from './certificate-replica/staleness';
import { feedFreshness } from './feeds/freshness';
import { type Readiness, type ReadinessProbe, withDeadline } from './readiness';

export interface SubgraphReadinessOptions {
  db: DataSource;
  /** One of the department's own tables, read for real (a `SELECT … LIMIT 1`). */
  table: EntityTarget<ObjectLiteral>;
  replicates: boolean;
  /** The other feeds it replicates, reported by name with their lag (never failing the probe). */
  feeds?: string[];
  /** A stuck database fails the probe after this long instead of hanging it. */
  timeoutMs?: number;
}

async function checks(options: SubgraphReadinessOptions): Promise<Readiness> {
  const { db } = options;
  await db.getRepository(options.table).createQueryBuilder('t').select('1', 'one').limit(1).getRawMany();
  const pending = await db.showMigrations();
  const body: Record<string, unknown> = { database: 'ok', migrations: pending ? 'pending' : 'applied' };
  // A stale replica is reported, not failed: reads and non-certificate writes still work,
  // and taking the department out of service would blank all of its data instead.
  if (options.replicates) body.certificateReplica = await replicaFreshness(db);
  if (options.feeds?.length) {
    const feeds = await Promise.all(options.feeds.map((feed) => feedFreshness(db, feed)));
    body.feeds = Object.fromEntries(feeds.map(({ feed, lastSequence, lagSeconds }) => [feed, { lastSequence, lagSeconds }]));
  }
  return { ready: !pending, body: { checks: body } };
}

/**
 * A subgraph is ready when its database answers a query on its own tables and every
 * migration it ships is applied; the body also reports the certificate replica's lag.
 */
export function subgraphReadiness(options: SubgraphReadinessOptions): ReadinessProbe {
  return async () => {
    try {
      return await withDeadline(checks(options), options.timeoutMs ?? 2000, 'database');
    } catch {
      return { ready: false, body: { checks: { database: 'unavailable' } } };
    }
  };
}
