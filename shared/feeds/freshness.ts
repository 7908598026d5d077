import type { DataSource, EntityManager } from 'typeorm';
import { FeedCursor } from './cursor.entity';

/** How far a consumer has applied one feed, and how long ago it last caught up. */
export interface FeedFreshness {
  feed: string;
  lastSequence: number;
  lastSyncedAt: Date | null;
  /** Seconds since the replica last caught up with the feed; null if it never has. */
  lagSeconds: number | null;
  lastError: string | null;
}

export const lagOf = (synced: Date | null, now: Date): number | null =>
  synced ? Math.max(0, Math.round((now.getTime() - synced.getTime()) / 1000)) : null;

export async function feedFreshness(db: DataSource | EntityManager, feed: string, now = new Date()): Promise<FeedFreshness> {
  const cursor = await db.getRepository(FeedCursor).findOneBy({ feed });
  const lastSyncedAt = cursor?.lastSyncedAt ?? null;
  return {
    feed,
    lastSequence: cursor?.lastSequence ?? 0,
    lastSyncedAt,
    lagSeconds: lagOf(lastSyncedAt, now),
    lastError: cursor?.lastError ?? null,
  };
}
