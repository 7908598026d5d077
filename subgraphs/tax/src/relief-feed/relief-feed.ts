import type { EntityManager } from 'typeorm';
import { FeedEvent } from '../../../../shared/feeds/event';
import { appendEvent, namedHead, openSequence } from '../../../../shared/feeds/outbox';
import { insertChunked } from '../../../../shared/seeding';
import { TaxRelief } from '../relief/tax-relief.entity';
import { TaxReliefChange } from './relief-change.entity';

export const RELIEF_FEED = 'tax.taxReliefChanges';

/** The relief's columns the feed carries (all but its timestamp). */
const STATE = [
  'id',
  'certificateNumber',
  'personId',
  'enterpriseCreditCode',
  'taxpayerCreditCode',
  'countyCode',
  'office',
  'assessmentId',
  'taxType',
  'amount',
  'periodStart',
  'periodEnd',
  'grantedOn',
] as const satisfies readonly (keyof TaxRelief)[];

type ReliefState = Pick<TaxRelief, (typeof STATE)[number]>;

const stateOf = ({ id, ...rest }: ReliefState) => ({ reliefId: id, ...rest });

/** Appends the relief's state after `event` to the relief feed, in the change's transaction. */
export async function appendReliefChange(tx: EntityManager, relief: ReliefState, event: FeedEvent): Promise<void> {
  await appendEvent(tx, RELIEF_FEED, TaxReliefChange, { ...stateOf(relief), event, changedAt: new Date() });
}

/**
 * Puts every relief the feed has never carried on it, as CREATED in id order (the reliefs
 * of before the feed, the demo world's): a consumer from zero sees every relief. Reads
 * only the columns the feed carries.
 */
export async function backfillReliefChanges(tx: EntityManager): Promise<number> {
  const feed = await openSequence(tx, namedHead(RELIEF_FEED));
  const missing: ReliefState[] = await tx
    .createQueryBuilder(TaxRelief, 'r')
    .select(STATE.map((column) => `r.${column}`))
    .where('NOT EXISTS (SELECT 1 FROM tax_relief_change c WHERE c.reliefId = r.id)')
    .orderBy('r.id', 'ASC')
    .getMany();
  const changedAt = new Date();
  const rows = missing.map((r) => ({ ...stateOf(r), sequence: feed.next(), event: FeedEvent.CREATED, changedAt }));
  await insertChunked(tx, TaxReliefChange, rows);
  await feed.close();
  return rows.length;
}
