import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { feedFreshness } from '../feeds/freshness';
import { FEED_NAME } from './sync';

/** How old a department's certificate copy may be before benefits resting on it are refused. */
export interface StalenessBound {
  department: string;
  maxLagSeconds: number;
}

// Keyed by the data source, so the rule needs no extra argument at every call site of
// requireValidCertificate (and a transaction's manager finds it through `connection`).
const bounds = new WeakMap<DataSource, StalenessBound>();

export function boundReplicaStaleness(db: DataSource, bound: StalenessBound): void {
  bounds.set(db, bound);
}

export interface ReplicaFreshness {
  lastSequence: number;
  lastSyncedAt: string | null;
  /** Seconds since the copy last caught up with labor's feed; null if it never has. */
  lagSeconds: number | null;
  maxLagSeconds: number | null;
  stale: boolean;
}

const dataSourceOf = (db: DataSource | EntityManager): DataSource => ('connection' in db ? db.connection : db);

/** The bound configured for this department's data source (null when none is). */
export const maxLagOf = (db: DataSource | EntityManager): number | null => bounds.get(dataSourceOf(db))?.maxLagSeconds ?? null;

export const isStale = (lagSeconds: number | null, maxLagSeconds: number | null): boolean =>
  maxLagSeconds !== null && (lagSeconds === null || lagSeconds > maxLagSeconds);

export async function replicaFreshness(db: DataSource | EntityManager, now = new Date()): Promise<ReplicaFreshness> {
  const { lastSequence, lastSyncedAt, lagSeconds } = await feedFreshness(db, FEED_NAME, now);
  const maxLagSeconds = maxLagOf(db);
  return {
    lastSequence,
    lastSyncedAt: lastSyncedAt?.toISOString() ?? null,
    lagSeconds,
    maxLagSeconds,
    stale: isStale(lagSeconds, maxLagSeconds),
  };
}

/**
 * Refuses a benefit resting on a certificate when this department's copy of labor's
 * certificates has not caught up within the bound: labor may have revoked it since.
 * Reads go on; the copy's age is in `<department>CertificateReplica` and /ready.
 */
export async function requireFreshReplica(db: DataSource | EntityManager): Promise<void> {
  const freshness = await replicaFreshness(db);
  if (!freshness.stale) return;
  const department = bounds.get(dataSourceOf(db))?.department ?? 'this department';
  const age = freshness.lagSeconds === null ? 'has never synced' : `was last synced ${freshness.lagSeconds} s ago`;
  throw new GraphQLError(
    `${department}'s copy of labor's certificates ${age} (the bound is ${freshness.maxLagSeconds} s): benefits resting on a certificate are refused until it catches up with labor's feed`,
    { extensions: { code: 'CERTIFICATE_REPLICA_STALE', lagSeconds: freshness.lagSeconds, maxLagSeconds: freshness.maxLagSeconds } },
  );
}
