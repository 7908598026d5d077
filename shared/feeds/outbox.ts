import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import type { FeedEvent } from './event';
import { FeedHead } from './head.entity';

/** The columns every outbox row has besides its payload (see outboxColumns in migration.ts). */
export interface OutboxRow {
  /** Strictly increasing per feed; the feed's cursor and its consumers' order. */
  sequence: number;
  event: FeedEvent;
  changedAt: Date;
}

/** The head row whose lock orders a feed's writers: a table and the row's key. */
export interface FeedHeadRef {
  target: EntityTarget<ObjectLiteral>;
  where: ObjectLiteral;
}

export const namedHead = (feed: string): FeedHeadRef => ({ target: FeedHead, where: { feed } });

/**
 * Takes the feed's write lock for the rest of the transaction and returns the next
 * sequence. The UPDATE holds the head row's lock until commit, so the transactions that
 * append to one feed commit in sequence order: a reader that has seen sequence n never
 * later finds an uncommitted n-1 appear (no change skipped by a cursor).
 */
export async function nextSequence(tx: EntityManager, head: FeedHeadRef): Promise<number> {
  await tx
    .createQueryBuilder()
    .update(head.target)
    .set({ lastSequence: () => 'lastSequence + 1' })
    .where(head.where)
    .execute();
  const row = (await tx.findOneByOrFail(head.target, head.where)) as { lastSequence: number };
  return row.lastSequence;
}

/**
 * For many appends at once (a backfill, a yearly expiry): the same lock, consecutive
 * sequences from `next`, and `close` moves the head to the last one handed out.
 */
export async function openSequence(tx: EntityManager, head: FeedHeadRef): Promise<{ next: () => number; close: () => Promise<void> }> {
  await tx
    .createQueryBuilder()
    .update(head.target)
    .set({ lastSequence: () => 'lastSequence' })
    .where(head.where)
    .execute();
  let last = ((await tx.findOneByOrFail(head.target, head.where)) as { lastSequence: number }).lastSequence;
  return {
    next: () => (last += 1),
    close: async () => {
      await tx.update(head.target, head.where, { lastSequence: last });
    },
  };
}

/**
 * Appends one typed event to `feed`'s outbox table in the caller's transaction (so the
 * event exists exactly when the change does). Call it after the change's own writes;
 * returns the sequence it took.
 */
export async function appendEvent<T extends OutboxRow>(
  tx: EntityManager,
  feed: string,
  outbox: EntityTarget<T>,
  row: Omit<T, 'sequence'>,
): Promise<number> {
  const sequence = await nextSequence(tx, namedHead(feed));
  await tx.insert(outbox, { ...row, sequence } as unknown as QueryDeepPartialEntity<T>);
  return sequence;
}
