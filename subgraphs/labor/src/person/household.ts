import type { EntityManager } from 'typeorm';
import { rowLock } from '../../../../shared/records';
import { HouseholdMember } from '../household/household-member.entity';
import { computeHardship, type Hardship, isFortyFifty } from './hardship';
import { Person } from './person.entity';

/** More would be a data-entry mistake (a shared placeholder id), not a family: registered and roster members together. */
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

/** A household as its writers see it: the registered members and the roster, both locked. */
export interface LockedHousehold {
  id: string;
  persons: Person[];
  roster: HouseholdMember[];
}

/**
 * The household's registered members, then its roster, locked in that order (every writer
 * of a household locks its persons first, so the roster's writers wait behind them too).
 */
export async function lockWholeHousehold(tx: EntityManager, householdId: string): Promise<LockedHousehold> {
  const persons = await lockHousehold(tx, householdId);
  const roster = await tx.find(HouseholdMember, { where: { householdId }, order: { id: 'ASC' }, ...rowLock(tx) });
  return { id: householdId, persons, roster };
}

/** Several households locked in id order (a move locks the household left and the one joined). */
export async function lockHouseholds(tx: EntityManager, ids: readonly (string | null)[]): Promise<Map<string, LockedHousehold>> {
  const locked = new Map<string, LockedHousehold>();
  const sorted = [...new Set(ids.filter((id): id is string => id !== null))].sort();
  for (const id of sorted) locked.set(id, await lockWholeHousehold(tx, id));
  return locked;
}

/** The county of a household: its registered members', else its roster's; null for a household nobody is in. */
export function householdCounty(household: LockedHousehold): string | null {
  return household.persons[0]?.countyCode ?? household.roster[0]?.countyCode ?? null;
}

/** Writes the flags of `person` if they differ from the stored ones. */
async function storeFlags(tx: EntityManager, person: Person, flags: Hardship): Promise<void> {
  if (FLAGS.some((flag) => flags[flag] !== person[flag])) await tx.update(Person, { id: person.id }, flags);
}

/**
 * Recomputes the stored flags of every registered member of the household from the
 * current rows, registered and roster (locking reads see the latest committed rows, not
 * the transaction's first snapshot), working age judged on `asOf`: the business date.
 * Runs in the transaction of the write that made them stale, or of the ageing refresh.
 */
export async function refreshHousehold(tx: EntityManager, householdId: string, asOf: string): Promise<void> {
  const { persons, roster } = await lockWholeHousehold(tx, householdId);
  for (const member of persons) await storeFlags(tx, member, computeHardship(member, persons, roster, asOf));
}

/**
 * Recomputes the stored hardship flags of `person` and of every member of its household
 * (see refreshHousehold) as of `asOf`, the business date, writing only the rows whose
 * flags changed. Runs in the transaction of the registration or employment change that made them stale.
 */
export async function refreshHardship(tx: EntityManager, person: Pick<Person, 'id' | 'householdId'>, asOf: string): Promise<void> {
  if (person.householdId) return refreshHousehold(tx, person.householdId, asOf);
  const [alone] = await tx.find(Person, { where: { id: person.id }, ...rowLock(tx) });
  if (alone) await storeFlags(tx, alone, computeHardship(alone, [alone], [], asOf));
}
