import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../../shared/auth/viewer';
import { badUserInput, conflict } from '../../../../shared/errors';
import { insertAndFetch } from '../../../../shared/records';
import { lockHousehold, MAX_HOUSEHOLD_MEMBERS, refreshHardship } from './household';
import { Person } from './person.entity';
import { EmploymentStatus, HouseholdRole } from './person.enums';
import type { ValidRegistration } from './person.inputs';
import { FeedEvent } from '../../../../shared/feeds/event';
import { appendPersonChange } from './person-feed';
import { summarizePerson } from '../summary/labor-summary.service';

/** The answer to a second registration of one ID number. */
export const duplicatePerson = () => conflict('a person with this ID number is already registered', { field: 'input.idNumber' });

/**
 * A household lives in one county, has a bounded size and at most one head and one spouse.
 * Household ids are city-wide, so an id taken in another county is refused; a
 * county-limited token learns no more than that (not which county, nor who lives there).
 */
async function checkHousehold(tx: EntityManager, valid: ValidRegistration, viewer: Viewer): Promise<void> {
  if (!valid.householdId) return;
  const members = await lockHousehold(tx, valid.householdId);
  const elsewhere = members.find((m) => m.countyCode !== valid.countyCode);
  if (elsewhere) {
    const where = viewer.county === null ? `county ${elsewhere.countyCode}` : 'another county';
    throw badUserInput('input.householdId', `household ${valid.householdId} is registered in ${where}`);
  }
  if (members.length >= MAX_HOUSEHOLD_MEMBERS)
    throw badUserInput('input.householdId', `household ${valid.householdId} already has ${members.length} members`);
  const role = valid.householdRole;
  const taken = role === HouseholdRole.OTHER ? undefined : members.find((m) => m.householdRole === role);
  if (taken) throw conflict(`household ${valid.householdId} already has a ${role} (person ${taken.id})`, { field: 'input.householdRole' });
}

/**
 * Registers the person and derives the hardship flags of the whole household, in `tx`;
 * the registration goes on the person feed in the same transaction, whoever calls.
 */
export async function registerPerson(tx: EntityManager, viewer: Viewer, valid: ValidRegistration): Promise<Person> {
  await checkHousehold(tx, valid, viewer);
  if (await tx.existsBy(Person, { idNumber: valid.idNumber })) throw duplicatePerson();
  const person = await insertAndFetch(tx, Person, { ...valid, employmentStatus: EmploymentStatus.UNEMPLOYED });
  await refreshHardship(tx, person);
  await appendPersonChange(tx, person, FeedEvent.CREATED);
  await summarizePerson(tx, person.id, { registered: true });
  // Read again: refreshHardship has just written this person's flags.
  return tx.findOneByOrFail(Person, { id: person.id });
}
