import type { EntityManager } from 'typeorm';
import { canAccessCounty, type Viewer } from '../../../../shared/auth/viewer';
import { ageOn } from '../../../../shared/calendar';
import { badUserInput, conflict, notFound } from '../../../../shared/errors';
import { FeedEvent } from '../../../../shared/feeds/event';
import { appendCertificateChange, lockFeed } from '../certificate/certificate-feed';
import { ReemploymentCertificate } from '../certificate/certificate.entity';
import { EmploymentRecord } from '../employment/employment-record.entity';
import { RegisterReplica } from '../register-replica/register-replica.entity';
import { TrainingEnrollment } from '../training/training-enrollment.entity';
import { lockPerson, refreshHardship, refreshHousehold } from './household';
import type { ValidCorrection } from './person-correction.inputs';
import { appendPersonChange } from './person-feed';
import { Person } from './person.entity';
import { summarizeWithdrawal } from '../summary/labor-summary.service';
import { duplicatePerson } from './person.service';
import { recordMembershipChange } from '../household/household.service';
import { HouseholdMember } from '../household/household-member.entity';

/** The person locked with its household; another county's answers NOT_FOUND, as a missing one. */
async function lockOwnPerson(tx: EntityManager, viewer: Viewer, id: number): Promise<Person> {
  const person = await lockPerson(tx, id);
  if (!person || !canAccessCounty(viewer, person.countyCode)) throw notFound('Person', id);
  return person;
}

/** The given fields that differ from the stored ones. */
function changedFields(person: Person, valid: ValidCorrection): Partial<Person> {
  return Object.fromEntries(Object.entries(valid).filter(([field, value]) => person[field as keyof ValidCorrection] !== value));
}

/**
 * Corrects a registration (登记更正) and puts the corrected state on the person feed as
 * CORRECTED. A new ID number must be free and leave the person at least 16 on the
 * registration date; a new birth date or gender recomputes the household's hardship flags,
 * and a new birth date goes on the certificate feed too, where finance's loan age limit reads it.
 */
export async function correctPerson(tx: EntityManager, viewer: Viewer, id: number, valid: ValidCorrection, today: string): Promise<Person> {
  const person = await lockOwnPerson(tx, viewer, id);
  const changes = changedFields(person, valid);
  if (Object.keys(changes).length === 0) throw badUserInput('input', `corrects nothing: person ${id} is registered so already`);
  if (changes.idNumber !== undefined) {
    if (ageOn(valid.birthDate!, person.registeredOn) < 16)
      throw badUserInput('input.idNumber', `the person must be at least 16 on the registration date ${person.registeredOn}`);
    if (await tx.existsBy(Person, { idNumber: changes.idNumber })) throw duplicatePerson();
    // A roster member is someone else of some household: the roster is corrected first.
    const onRoster = await tx.findOne(HouseholdMember, { where: { idNumber: changes.idNumber }, select: { id: true } });
    if (onRoster)
      throw conflict(`this ID number is on a household roster (member ${onRoster.id}): correct the roster first`, {
        field: 'input.idNumber',
      });
  }
  await tx.update(Person, { id }, changes);
  const corrected = await tx.findOneByOrFail(Person, { id });
  // 40/50 (4050) is a woman of 40 or a man of 50: either half of the ID number may change it.
  if (corrected.birthDate !== person.birthDate || corrected.gender !== person.gender) await refreshHardship(tx, corrected, today);
  if (corrected.birthDate !== person.birthDate) {
    const certificate = await tx.findOneBy(ReemploymentCertificate, { holderId: id });
    if (certificate) await appendCertificateChange(tx, await lockFeed(tx), certificate, corrected.birthDate, new Date());
  }
  await appendPersonChange(tx, corrected, FeedEvent.CORRECTED);
  return tx.findOneByOrFail(Person, { id });
}

/** What keeps a registration from being withdrawn: the records that rest on it, if any. */
async function recordsOf(tx: EntityManager, id: number): Promise<string | null> {
  const certificate = await tx.findOne(ReemploymentCertificate, { where: { holderId: id }, select: { number: true } });
  // Loans and tax relief rest on a certificate, so a person without one has none.
  if (certificate) return `holds certificate ${certificate.number} (loans and tax relief rest on it)`;
  if (await tx.existsBy(EmploymentRecord, { personId: id })) return 'has employment records';
  if (await tx.existsBy(RegisterReplica, { ownerId: id })) return "owns a business on commerce's register";
  if (await tx.existsBy(TrainingEnrollment, { personId: id })) return 'is enrolled in training';
  return null;
}

/**
 * Withdraws a registration made in error: the row is deleted (a mistaken registration was
 * never a registered person; the audit trail and the feed's DELETED change, which carries
 * the state withdrawn, keep its history, and the ID number can be registered rightly
 * again); leaving its household goes into the household's history. Refused with BAD_USER_INPUT on `id` while any record rests on the person.
 */
export async function withdrawPersonRegistration(
  tx: EntityManager,
  viewer: Viewer,
  id: number,
  reason: string,
  today: string,
): Promise<Person> {
  const person = await lockOwnPerson(tx, viewer, id);
  const blocker = await recordsOf(tx, id);
  if (blocker) throw badUserInput('id', `person ${id} ${blocker}: correct the registration instead of withdrawing it`);
  await tx.delete(Person, { id });
  await summarizeWithdrawal(tx, person);
  if (person.householdId) {
    await recordMembershipChange(
      tx,
      { viewer, today },
      {
        countyCode: person.countyCode,
        personId: id,
        memberId: null,
        fromHouseholdId: person.householdId,
        fromRole: person.householdRole,
        toHouseholdId: null,
        toRole: null,
        reason,
      },
    );
    // The household's flags counted this person: recompute them for those who remain.
    await refreshHousehold(tx, person.householdId, today);
  }
  await appendPersonChange(tx, person, FeedEvent.DELETED, reason);
  return person;
}
