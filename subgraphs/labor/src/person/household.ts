import type { EntityManager } from 'typeorm';
import { rowLock } from '../../../../shared/records';
import { computeHardship, type Hardship, isFortyFifty } from './hardship';
import { Person } from './person.entity';

/** More would be a data-entry mistake (a shared placeholder id), not a family. */
export const MAX_HOUSEHOLD_MEMBERS = 12;

/**
 * The registered members of a household, locked for the rest of the transaction on
 * MariaDB (the index range too, so a concurrent registration into the same household
 * waits); SQLite has a single writer already. Lock before deciding anything from them.
 */
export function lockHousehold(tx: EntityManager, householdId: string): Promise<Person[]> {
  return tx.find(Person, { where: { householdId }, order: { id: 'ASC' }, ...rowLock(tx) });
}

/**
 * The person's row locked with the whole household (in id order, like every writer, so
 * two writers of one household wait for each other instead of deadlocking); null if
 * there is no such person.
 */
export async function lockPerson(tx: EntityManager, id: number): Promise<Person | null> {
  const found = await tx.findOne(Person, { where: { id }, select: { id: true, householdId: true } });
  if (!found) return null;
  if (!found.householdId) return tx.findOne(Person, { where: { id }, ...rowLock(tx) });
  const members = await lockHousehold(tx, found.householdId);
  return members.find((m) => m.id === id) ?? null;
}

const FLAGS = ['fortyFifty', 'doubleLaidOff', 'doubleUnemployed', 'zeroEmploymentHousehold'] as const;

export function storedHardship(p: Person): Hardship {
  return {
    fortyFifty: p.fortyFifty,
    doubleLaidOff: p.doubleLaidOff,
    doubleUnemployed: p.doubleUnemployed,
    zeroEmploymentHousehold: p.zeroEmploymentHousehold,
  };
}

/** The person's flags on `asOf` (the business date, a job's first day): 4050 by age then, the others as stored. */
export function hardshipOn(p: Person, asOf: string): Hardship {
  return { ...storedHardship(p), fortyFifty: isFortyFifty(p, asOf) };
}

/**
 * Recomputes the stored hardship flags of `person` and of every member of its household
 * from their current rows, writing only the rows whose flags changed. Runs in the
 * transaction of the registration or employment change that made them stale.
 */
export async function refreshHardship(tx: EntityManager, person: Person): Promise<void> {
  // Locking reads see the latest committed rows, not the transaction's first snapshot.
  const members = person.householdId ? await lockHousehold(tx, person.householdId) : [person];
  for (const member of members) {
    const flags = computeHardship(member, members);
    if (FLAGS.some((flag) => flags[flag] !== member[flag])) await tx.update(Person, { id: member.id }, flags);
  }
}
