import type { EntityManager } from 'typeorm';
import { canAccessCounty, type Viewer } from '../../../../shared/auth/viewer';
import { badUserInput, conflict, notFound } from '../../../../shared/errors';
import { FeedEvent } from '../../../../shared/feeds/event';
import { insertAndFetch, rowLock } from '../../../../shared/records';
import {
  householdCounty,
  type LockedHousehold,
  lockHouseholds,
  lockWholeHousehold,
  MAX_HOUSEHOLD_MEMBERS,
  refreshHardship,
  refreshHousehold,
} from '../person/household';
import { appendPersonChange } from '../person/person-feed';
import { Person } from '../person/person.entity';
import { HouseholdRole } from '../person/person.enums';
import { HouseholdChange } from './household-change.entity';
import { HouseholdMember } from './household-member.entity';
import type { ValidHouseholdCorrection, ValidMember, ValidMemberUpdate } from './household.inputs';

/** Who writes and when: the history's actor and business date. */
export interface WriteContext {
  viewer: Viewer;
  today: string;
}

/** One membership or role change, before and after; written into each household it touches. */
export interface MembershipChange {
  countyCode: string;
  personId: number | null;
  memberId: number | null;
  fromHouseholdId: string | null;
  fromRole: HouseholdRole | null;
  toHouseholdId: string | null;
  toRole: HouseholdRole | null;
  reason: string;
}

/** Writes the change into the history of the household left and of the one joined (once when they are the same). */
export async function recordMembershipChange(tx: EntityManager, at: WriteContext, change: MembershipChange): Promise<void> {
  const households = [...new Set([change.fromHouseholdId, change.toHouseholdId].filter((id): id is string => id !== null))];
  for (const householdId of households)
    await tx.insert(HouseholdChange, { ...change, householdId, changedOn: at.today, actor: at.viewer.sub.slice(0, 100) });
}

/**
 * The household with its county checked: a household nobody is in, or one of another
 * county, answers NOT_FOUND (a county-limited token cannot tell the two apart).
 */
function ownHousehold(household: LockedHousehold | undefined, viewer: Viewer, id: string): LockedHousehold & { countyCode: string } {
  const countyCode = household ? householdCounty(household) : null;
  if (!household || countyCode === null || !canAccessCounty(viewer, countyCode)) throw notFound('Household', id);
  return { ...household, countyCode };
}

/** Refuses a second HEAD or SPOUSE, registered or on the roster; `except` is the member changing place. */
function checkRoleFree(
  household: LockedHousehold,
  role: HouseholdRole | null,
  field: string,
  except: { personId?: number; memberId?: number },
): void {
  if (role === null || role === HouseholdRole.OTHER) return;
  const person = household.persons.find((p) => p.householdRole === role && p.id !== except.personId);
  if (person) throw conflict(`household ${household.id} already has a ${role} (person ${person.id})`, { field });
  const member = household.roster.find((m) => m.role === role && m.id !== except.memberId);
  if (member) throw conflict(`household ${household.id} already has a ${role} (roster member ${member.id})`, { field });
}

function checkRoom(household: LockedHousehold, field: string): void {
  const size = household.persons.length + household.roster.length;
  if (size >= MAX_HOUSEHOLD_MEMBERS) throw badUserInput(field, `household ${household.id} already has ${size} members`);
}

/** A roster member's ID number must be no registrant's (they join through correctHousehold) and on no other roster row. */
async function checkIdNumberFree(tx: EntityManager, idNumber: string | null | undefined, memberId: number | null): Promise<void> {
  if (!idNumber) return;
  const person = await tx.findOne(Person, { where: { idNumber }, select: { id: true } });
  if (person)
    throw conflict(`this ID number is registered (person ${person.id}): move the registrant with correctHousehold`, {
      field: 'input.idNumber',
    });
  const member = await tx.findOne(HouseholdMember, { where: { idNumber }, select: { id: true } });
  if (member && member.id !== memberId)
    throw conflict(`this ID number is already on a roster (member ${member.id})`, { field: 'input.idNumber' });
}

/** Adds a member who is not registered to a household someone is in, and recomputes its flags. */
export async function addHouseholdMember(
  tx: EntityManager,
  at: WriteContext,
  householdId: string,
  valid: ValidMember,
): Promise<HouseholdMember> {
  const household = ownHousehold(await lockWholeHousehold(tx, householdId), at.viewer, householdId);
  checkRoom(household, 'householdId');
  checkRoleFree(household, valid.role, 'input.role', {});
  await checkIdNumberFree(tx, valid.idNumber, null);
  const { reason, ...fields } = valid;
  const member = await insertAndFetch(tx, HouseholdMember, { ...fields, householdId, countyCode: household.countyCode });
  await recordMembershipChange(tx, at, {
    countyCode: household.countyCode,
    personId: null,
    memberId: member.id,
    fromHouseholdId: null,
    fromRole: null,
    toHouseholdId: householdId,
    toRole: member.role,
    reason,
  });
  await refreshHousehold(tx, householdId, at.today);
  return member;
}

/** The roster member locked with its whole household; another county's answers NOT_FOUND. */
async function lockOwnMember(
  tx: EntityManager,
  viewer: Viewer,
  id: number,
): Promise<{ member: HouseholdMember; household: LockedHousehold }> {
  const found = await tx.findOne(HouseholdMember, { where: { id }, select: { id: true, householdId: true, countyCode: true } });
  if (!found || !canAccessCounty(viewer, found.countyCode)) throw notFound('HouseholdMember', id);
  const household = await lockWholeHousehold(tx, found.householdId);
  const member = household.roster.find((m) => m.id === id);
  // Removed (or moved) between the first read and the lock.
  if (!member) throw notFound('HouseholdMember', id);
  return { member, household };
}

/** Corrects a roster member (who they are, their situation, their role) and recomputes the household's flags. */
export async function updateHouseholdMember(
  tx: EntityManager,
  at: WriteContext,
  id: number,
  valid: ValidMemberUpdate,
): Promise<HouseholdMember> {
  const { member, household } = await lockOwnMember(tx, at.viewer, id);
  const { reason, ...fields } = valid;
  const changes = Object.fromEntries(
    Object.entries(fields).filter(([field, value]) => member[field as keyof typeof fields] !== value || field === 'situationConfirmedOn'),
  ) as Partial<HouseholdMember>;
  if (Object.keys(changes).length === 0) throw badUserInput('input', `corrects nothing: roster member ${id} is recorded so already`);
  const newRole = changes.role !== undefined && changes.role !== member.role ? changes.role : null;
  if (newRole !== null) {
    if (reason === null) throw badUserInput('input.reason', 'is needed to change the role');
    checkRoleFree(household, newRole, 'input.role', { memberId: id });
  }
  if (changes.birthDate && changes.situationConfirmedOn === undefined && member.situationConfirmedOn < changes.birthDate)
    throw badUserInput('input.birthDate', `is after the situation's confirmation on ${member.situationConfirmedOn}`);
  if (changes.idNumber !== undefined) await checkIdNumberFree(tx, changes.idNumber, id);
  await tx.update(HouseholdMember, { id }, changes);
  if (newRole !== null)
    await recordMembershipChange(tx, at, {
      countyCode: member.countyCode,
      personId: null,
      memberId: id,
      fromHouseholdId: member.householdId,
      fromRole: member.role,
      toHouseholdId: member.householdId,
      toRole: newRole,
      reason: reason!,
    });
  await refreshHousehold(tx, member.householdId, at.today);
  return tx.findOneByOrFail(HouseholdMember, { id });
}

/** Takes a member off the roster (moved away, died, recorded in error); returns the row removed. */
export async function removeHouseholdMember(tx: EntityManager, at: WriteContext, id: number, reason: string): Promise<HouseholdMember> {
  const { member } = await lockOwnMember(tx, at.viewer, id);
  await tx.delete(HouseholdMember, { id });
  await recordMembershipChange(tx, at, {
    countyCode: member.countyCode,
    personId: null,
    memberId: id,
    fromHouseholdId: member.householdId,
    fromRole: member.role,
    toHouseholdId: null,
    toRole: null,
    reason,
  });
  await refreshHousehold(tx, member.householdId, at.today);
  return member;
}

/**
 * Corrects the household of a registered person (户籍更正): moves them to another
 * household, out of any, or to another role in their own. Both households are locked in
 * id order and both recomputed; the history of each gets the change, and the person feed
 * a CORRECTED change carrying the reason.
 */
export async function correctHousehold(
  tx: EntityManager,
  at: WriteContext,
  personId: number,
  valid: ValidHouseholdCorrection,
): Promise<Person> {
  const found = await tx.findOne(Person, { where: { id: personId }, select: { id: true, householdId: true, countyCode: true } });
  if (!found || !canAccessCounty(at.viewer, found.countyCode)) throw notFound('Person', personId);
  const locked = await lockHouseholds(tx, [found.householdId, valid.householdId]);
  const person = found.householdId
    ? locked.get(found.householdId)?.persons.find((p) => p.id === personId)
    : await tx.findOne(Person, { where: { id: personId }, ...rowLock(tx) });
  // Moved by a concurrent correction between the first read and the locks.
  if (!person || person.householdId !== found.householdId) throw conflict(`person ${personId} was changed concurrently: try again`);
  if (person.householdId === valid.householdId && person.householdRole === valid.role)
    throw badUserInput(
      'input',
      `corrects nothing: person ${personId} is in household ${valid.householdId ?? '(none)'} as ${valid.role ?? '(none)'} already`,
    );
  const target = valid.householdId ? locked.get(valid.householdId) : undefined;
  if (target) {
    const county = householdCounty(target);
    if (county !== null && county !== person.countyCode) {
      const where = at.viewer.county === null ? `county ${county}` : 'another county';
      throw badUserInput('input.householdId', `household ${target.id} is registered in ${where}`);
    }
    if (target.id !== person.householdId) checkRoom(target, 'input.householdId');
    checkRoleFree(target, valid.role, 'input.role', { personId });
  }
  await tx.update(Person, { id: personId }, { householdId: valid.householdId, householdRole: valid.role });
  await recordMembershipChange(tx, at, {
    countyCode: person.countyCode,
    personId,
    memberId: null,
    fromHouseholdId: person.householdId,
    fromRole: person.householdRole,
    toHouseholdId: valid.householdId,
    toRole: valid.role,
    reason: valid.reason,
  });
  const corrected = await tx.findOneByOrFail(Person, { id: personId });
  if (person.householdId && person.householdId !== valid.householdId) await refreshHousehold(tx, person.householdId, at.today);
  await refreshHardship(tx, corrected, at.today);
  await appendPersonChange(tx, corrected, FeedEvent.CORRECTED, valid.reason);
  return tx.findOneByOrFail(Person, { id: personId });
}
