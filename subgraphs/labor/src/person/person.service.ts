import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../../shared/auth/viewer';
import { badUserInput, conflict } from '../../../../shared/errors';
import { insertAndFetch } from '../../../../shared/records';
import { householdCounty, lockWholeHousehold, MAX_HOUSEHOLD_MEMBERS, refreshHardship } from './household';
import { Person } from './person.entity';
import { EmploymentStatus, HouseholdRole } from './person.enums';
import type { ValidRegistration } from './person.inputs';
import { FeedEvent } from '../../../../shared/feeds/event';
import { appendPersonChange } from './person-feed';
import { summarizePerson } from '../summary/labor-summary.service';
import { HouseholdMember } from '../household/household-member.entity';
import { recordMembershipChange } from '../household/household.service';

/** The answer to a second registration of one ID number. */
export const duplicatePerson = () => conflict('a person with this ID number is already registered', { field: 'input.idNumber' });

/**
 * A household lives in one county, has a bounded size and at most one head and one spouse.
 * Household ids are city-wide, so an id taken in another county is refused; a
 * county-limited token learns no more than that (not which county, nor who lives there).
 */
async function checkHousehold(tx: EntityManager, valid: ValidRegistration, viewer: Viewer): Promise<void> {
  if (!valid.householdId) return;
  const locked = await lockWholeHousehold(tx, valid.householdId);
  // The registrant's own roster row gives way to the registration (takeOffRoster).
  const household = { ...locked, roster: locked.roster.filter((m) => m.idNumber !== valid.idNumber) };
  const county = householdCounty(household);
  if (county !== null && county !== valid.countyCode) {
    const where = viewer.county === null ? `county ${county}` : 'another county';
    throw badUserInput('input.householdId', `household ${valid.householdId} is registered in ${where}`);
  }
  const size = household.persons.length + household.roster.length;
  if (size >= MAX_HOUSEHOLD_MEMBERS) throw badUserInput('input.householdId', `household ${valid.householdId} already has ${size} members`);
  const role = valid.householdRole;
  if (role === HouseholdRole.OTHER) return;
  const taken = household.persons.find((m) => m.householdRole === role);
  if (taken) throw conflict(`household ${valid.householdId} already has a ${role} (person ${taken.id})`, { field: 'input.householdRole' });
  const onRoster = household.roster.find((m) => m.role === role);
  if (onRoster)
    throw conflict(`household ${valid.householdId} already has a ${role} on its roster (member ${onRoster.id})`, {
      field: 'input.householdRole',
    });
}

/**
 * A registrant who was on a roster leaves it: their own household's roster row gives way
 * to the registration (recorded in the household's history); another household's is a
 * contradiction the street office must resolve first.
 */
async function takeOffRoster(tx: EntityManager, valid: ValidRegistration): Promise<HouseholdMember | null> {
  const onRoster = await tx.findOneBy(HouseholdMember, { idNumber: valid.idNumber });
  if (!onRoster) return null;
  if (onRoster.householdId !== valid.householdId)
    throw conflict(`this ID number is on the roster of another household (member ${onRoster.id}): correct the roster first`, {
      field: 'input.idNumber',
    });
  await tx.delete(HouseholdMember, { id: onRoster.id });
  return onRoster;
}

/**
 * Registers the person and derives the hardship flags of the whole household, in `tx`;
 * the registration goes on the person feed in the same transaction, whoever calls. Joining
 * a household goes into its history, dated on the registration date; the flags judge
 * working age on `today`, the business date (a registration may be back-dated).
 */
export async function registerPerson(tx: EntityManager, viewer: Viewer, valid: ValidRegistration, today: string): Promise<Person> {
  await checkHousehold(tx, valid, viewer);
  if (await tx.existsBy(Person, { idNumber: valid.idNumber })) throw duplicatePerson();
  const wasOnRoster = await takeOffRoster(tx, valid);
  const person = await insertAndFetch(tx, Person, { ...valid, employmentStatus: EmploymentStatus.UNEMPLOYED });
  if (valid.householdId) {
    const at = { viewer, today: valid.registeredOn };
    const joined = { countyCode: valid.countyCode, toHouseholdId: valid.householdId, fromHouseholdId: null, fromRole: null };
    if (wasOnRoster)
      await recordMembershipChange(tx, at, {
        ...joined,
        personId: null,
        memberId: wasOnRoster.id,
        fromHouseholdId: valid.householdId,
        fromRole: wasOnRoster.role,
        toHouseholdId: null,
        toRole: null,
        reason: `registered as person ${person.id}`,
      });
    await recordMembershipChange(tx, at, {
      ...joined,
      personId: person.id,
      memberId: null,
      toRole: valid.householdRole,
      reason: 'registration',
    });
  }
  await refreshHardship(tx, person, today);
  await appendPersonChange(tx, person, FeedEvent.CREATED);
  await summarizePerson(tx, person.id, { registered: true });
  // Read again: refreshHardship has just written this person's flags.
  return tx.findOneByOrFail(Person, { id: person.id });
}
