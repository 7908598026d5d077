import { CertificateReplica, FeedCursor } from '../../shared/certificate-replica/replica.entity';
import { FEED_NAME } from '../../shared/certificate-replica/sync';
import { encodeCursor } from '../../shared/pagination';
import { changedAtOf } from './labor';
import type { TablePlan } from './load';
import type { ScaleWorld } from './types';

/**
 * A consumer's certificate replica as its feed worker would have left it after reading
 * labor's whole feed: one row per certificate at its change's sequence, and the cursor at
 * the feed's end, so the department starts caught up (its next sync finds nothing new).
 * Only finance keeps birth dates (its loan age limit).
 */
export function replicaTables(world: ScaleWorld, birthDates: boolean): TablePlan[] {
  const rows = world.certificates.map((c) => ({
    number: c.number,
    holderId: c.holder.id,
    holderBirthDate: birthDates ? c.holder.birthDate : null,
    countyCode: c.holder.countyCode,
    category: c.holder.category,
    status: 'VALID',
    issuedOn: c.issuedOn,
    sequence: c.sequence,
    changedAt: changedAtOf(c.issuedOn),
  }));
  const last = world.certificates.length;
  const cursor = {
    feed: FEED_NAME,
    lastSequence: last,
    lastCursor: last ? encodeCursor(last) : null,
    lastSyncedAt: new Date(),
    lastError: null,
  };
  return [
    { entity: CertificateReplica, rows },
    { entity: FeedCursor, rows: [cursor] },
  ];
}
