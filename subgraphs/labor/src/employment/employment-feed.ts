import type { EntityManager } from 'typeorm';
import { FeedEvent } from '../../../../shared/feeds/event';
import { appendEvent, namedHead, openSequence } from '../../../../shared/feeds/outbox';
import { insertChunked } from '../../../../shared/seeding';
import { EmploymentChange } from './employment-change.entity';
import { EmploymentRecord } from './employment-record.entity';

export const EMPLOYMENT_FEED = 'labor.employmentChanges';

const stateOf = (record: EmploymentRecord) => ({
  recordId: record.id,
  personId: record.personId,
  employerCreditCode: record.employerCreditCode,
  kind: record.kind,
  startedOn: record.startedOn,
  endedOn: record.endedOn,
  contractMonths: record.contractMonths,
  countyCode: record.countyCode,
});

/** Appends the record's state after `event` to the employment feed, in the change's transaction. */
export async function appendEmploymentChange(tx: EntityManager, record: EmploymentRecord, event: FeedEvent): Promise<void> {
  await appendEvent(tx, EMPLOYMENT_FEED, EmploymentChange, { ...stateOf(record), event, changedAt: new Date() });
}

/**
 * Puts every record the feed has never carried on it, as CREATED in id order (the records
 * of before the feed, and the demo world's): a consumer from zero sees the whole registry.
 */
export async function backfillEmploymentChanges(tx: EntityManager): Promise<number> {
  const feed = await openSequence(tx, namedHead(EMPLOYMENT_FEED));
  const missing = await tx
    .createQueryBuilder(EmploymentRecord, 'r')
    .where('NOT EXISTS (SELECT 1 FROM employment_change c WHERE c.recordId = r.id)')
    .orderBy('r.id', 'ASC')
    .getMany();
  const changedAt = new Date();
  const rows = missing.map((r) => ({ ...stateOf(r), sequence: feed.next(), event: FeedEvent.CREATED, changedAt }));
  await insertChunked(tx, EmploymentChange, rows);
  await feed.close();
  return rows.length;
}
