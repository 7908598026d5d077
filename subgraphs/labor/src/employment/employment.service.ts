import { type EntityManager, IsNull } from 'typeorm';
import { badUserInput, conflict, notFound } from '../../../../shared/errors';
import { isHardship } from '../person/hardship';
import { hardshipOn, refreshHardship, lockPerson } from '../person/household';
import { Person } from '../person/person.entity';
import { EmploymentStatus } from '../person/person.enums';
import { EmploymentRecord, type EmploymentKind } from './employment-record.entity';
import { insertAndFetch, rowLock } from '../../../../shared/records';
import { assertVisible } from '../../../../shared/auth/decorators';
import { PostStatus, PublicWelfarePost } from '../welfare-post/public-welfare-post.entity';
import type { Viewer } from '../../../../shared/auth/viewer';
import type { ValidEmployment } from './employment.inputs';
import { FeedEvent } from '../../../../shared/feeds/event';
import { appendEmploymentChange } from './employment-feed';
import { summarizePerson } from '../summary/labor-summary.service';
import { concurrentJobRefusal } from './employment.rules';

export interface NewEmployment {
  kind: EmploymentKind;
  startedOn: string;
  employerCreditCode: string | null;
  contractMonths: number | null;
  postId: number | null;
}

/**
 * Records the job of a locked, registered person and keeps the registry in step in the
 * same transaction: the person becomes EMPLOYED and the household's flags are recomputed.
 * Beside open jobs only as concurrentJobRefusal allows (flexible work beside anything).
 * The record keeps whether the person was a hardship case when the job started, which is
 * what `hardshipReemployed` counts (the flags themselves change with the job).
 */
export async function startEmployment(
  tx: EntityManager,
  person: Person,
  job: NewEmployment,
  today: string,
  startedOnField: string,
  kindField = 'input.kind',
): Promise<EmploymentRecord> {
  if (person.employmentStatus === EmploymentStatus.EMPLOYED) {
    // Several jobs at once where the kinds allow it (§5 of the notice): see concurrentJobRefusal.
    const open = await tx.find(EmploymentRecord, { where: { personId: person.id, endedOn: IsNull() }, select: { id: true, kind: true } });
    const refusal = concurrentJobRefusal(job.kind, open);
    if (refusal) throw badUserInput(kindField, refusal);
  }
  if (job.startedOn < person.registeredOn) throw badUserInput(startedOnField, `is before the registration on ${person.registeredOn}`);
  return openEmployment(tx, person, job, today);
}

/**
 * Writes a job of a locked person whose rules the caller has checked (startEmployment for
 * a clerk's entry; the register replica for a business commerce registered, a fact labor
 * does not refuse): the record, EMPLOYED, the household's flags (as of `today`, the
 * business date) and the feed change.
 */
export async function openEmployment(tx: EntityManager, person: Person, job: NewEmployment, today: string): Promise<EmploymentRecord> {
  const record = await insertAndFetch(tx, EmploymentRecord, {
    ...job,
    personId: person.id,
    countyCode: person.countyCode,
    // 4050 as of the job's first day: the person may have aged into it since registering.
    hardship: isHardship(hardshipOn(person, job.startedOn)),
    endedOn: null,
  });
  await tx.update(Person, { id: person.id }, { employmentStatus: EmploymentStatus.EMPLOYED });
  await refreshHardship(tx, person, today);
  await appendEmploymentChange(tx, record, FeedEvent.CREATED);
  await summarizePerson(tx, person.id, { inserted: record.id });
  return record;
}

/** Ends a job; the person is UNEMPLOYED again unless another job is still open (flags as of `today`, the business date). */
export async function endEmployment(
  tx: EntityManager,
  person: Person,
  record: EmploymentRecord,
  endedOn: string,
  today: string,
): Promise<void> {
  await tx.update(EmploymentRecord, { id: record.id }, { endedOn });
  await appendEmploymentChange(tx, { ...record, endedOn }, FeedEvent.CHANGED);
  await summarizePerson(tx, person.id, { updated: record });
  const stillWorking = await tx
    .createQueryBuilder(EmploymentRecord, 'r')
    .where('r.personId = :personId AND r.endedOn IS NULL', { personId: person.id })
    .getExists();
  if (stillWorking) return;
  await tx.update(Person, { id: person.id }, { employmentStatus: EmploymentStatus.UNEMPLOYED });
  await refreshHardship(tx, person, today);
}

/** Records the job of a registered person, locked first (see startEmployment). */
export async function recordEmployment(
  tx: EntityManager,
  viewer: Viewer,
  valid: ValidEmployment,
  today: string,
): Promise<EmploymentRecord> {
  const person = await lockPerson(tx, valid.personId);
  assertVisible(viewer, person, 'Person', valid.personId);
  const job = {
    kind: valid.kind,
    startedOn: valid.startedOn,
    employerCreditCode: valid.employerCreditCode,
    contractMonths: valid.contractMonths,
    postId: null,
  };
  return startEmployment(tx, person, job, today, 'input.startedOn');
}

/**
 * Ends an open job of a person of the viewer's county (see endEmployment); a
 * public-welfare post it held falls vacant. `recordId` is the id as the client sent it.
 */
export async function endEmploymentRecord(
  tx: EntityManager,
  viewer: Viewer,
  id: number,
  recordId: string,
  endedOn: string,
  today: string,
): Promise<EmploymentRecord> {
  const found = await tx.findOneBy(EmploymentRecord, { id });
  // The record's county decides, before anything of its person is looked at.
  assertVisible(viewer, found, 'EmploymentRecord', recordId);
  const person = await lockPerson(tx, found.personId);
  if (!person) throw notFound('Person', found.personId);
  // Re-read under the lock: a concurrent endEmployment may have committed meanwhile.
  const record = await tx.findOneOrFail(EmploymentRecord, { where: { id }, ...rowLock(tx) });
  if (record.endedOn !== null) throw conflict(`employment record ${recordId} already ended on ${record.endedOn}`);
  if (endedOn < record.startedOn) throw badUserInput('endedOn', `is before the start on ${record.startedOn}`);
  await endEmployment(tx, person, record, endedOn, today);
  if (record.postId !== null) {
    await tx.update(
      PublicWelfarePost,
      { id: record.postId },
      { status: PostStatus.OPEN, filledById: null, filledOn: null, reportedOn: endedOn },
    );
  }
  return tx.findOneByOrFail(EmploymentRecord, { id });
}
