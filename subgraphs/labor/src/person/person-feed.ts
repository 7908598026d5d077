import type { EntityManager } from 'typeorm';
import { FeedEvent } from '../../../../shared/feeds/event';
import { appendEvent, namedHead, openSequence } from '../../../../shared/feeds/outbox';
import { insertChunked } from '../../../../shared/seeding';
import { PersonChange } from './person-change.entity';
import { Person } from './person.entity';

export const PERSON_FEED = 'labor.personChanges';

/** The registration fields the feed carries, in the order of the outbox's columns. */
const STATE = [
  'id',
  'name',
  'idNumber',
  'gender',
  'birthDate',
  'countyCode',
  'community',
  'category',
  'registeredOn',
  'householdId',
  'householdRole',
] as const satisfies readonly (keyof Person)[];

type PersonState = Pick<Person, (typeof STATE)[number]>;

const stateOf = ({ id, ...rest }: PersonState) => ({ personId: id, ...rest });

/**
 * Appends the person's registration after `event` to the person feed, in the change's
 * transaction; `reason` for a withdrawal.
 */
export async function appendPersonChange(
  tx: EntityManager,
  person: PersonState,
  event: FeedEvent,
  reason: string | null = null,
): Promise<void> {
  const state = stateOf(person);
  await appendEvent(tx, PERSON_FEED, PersonChange, { ...state, reason, event, changedAt: new Date() });
}

/**
 * Puts every person the feed has never carried on it, as CREATED in id order (the
 * registry of before the feed, the demo world's, a bulk load's): a consumer from zero sees
 * the whole registry. Reads only the columns the feed carries, so it runs unchanged from
 * the migration whatever columns later migrations add to `person`.
 */
export async function backfillPersonChanges(tx: EntityManager): Promise<number> {
  const feed = await openSequence(tx, namedHead(PERSON_FEED));
  const missing: PersonState[] = await tx
    .createQueryBuilder(Person, 'p')
    .select(STATE.map((column) => `p.${column}`))
    .where('NOT EXISTS (SELECT 1 FROM person_change c WHERE c.personId = p.id)')
    .orderBy('p.id', 'ASC')
    .getMany();
  const changedAt = new Date();
  const rows = missing.map((p) => ({ ...stateOf(p), reason: null, sequence: feed.next(), event: FeedEvent.CREATED, changedAt }));
  await insertChunked(tx, PersonChange, rows);
  await feed.close();
  return rows.length;
}
