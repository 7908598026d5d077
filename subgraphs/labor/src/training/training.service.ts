import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../../shared/auth/viewer';
import { conflict, badUserInput } from '../../../../shared/errors';
import { TrainingCourse } from './training-course.entity';
import { TrainingInstitution } from './training-institution.entity';
import type { validateCertification, validateCourse, validateInstitution, validateEnrollment } from './training.inputs';
import { findOrNotFound, insertAndFetch } from '../../../../shared/records';
import { IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { assertVisible } from '../../../../shared/auth/decorators';
import { EmploymentRecord } from '../employment/employment-record.entity';
import { lockPerson } from '../person/household';
import { TrainingEnrollment } from './training-enrollment.entity';
import { EnrollmentStatus } from './training.enums';

/** The answer to a second institution of one name in one county. */
export const duplicateInstitution = () =>
  conflict('an institution of this name is already recorded in this county', { field: 'input.name' });

/** Records a training institution, not yet certified. */
export async function registerTrainingInstitution(
  tx: EntityManager,
  valid: ReturnType<typeof validateInstitution>,
): Promise<TrainingInstitution> {
  if (await tx.existsBy(TrainingInstitution, valid)) throw duplicateInstitution();
  return insertAndFetch(tx, TrainingInstitution, { ...valid, certifiedOn: null, certificationNumber: null });
}

/** Certifies an institution once; its courses starting from that day are subsidy-eligible. */
export async function certifyTrainingInstitution(
  tx: EntityManager,
  viewer: Viewer,
  valid: ReturnType<typeof validateCertification>,
): Promise<TrainingInstitution> {
  const institution = await findOrNotFound(tx, TrainingInstitution, { id: valid.institutionId }, { viewer, lock: true });
  if (institution.certifiedOn !== null) throw conflict(`institution ${institution.id} was already certified on ${institution.certifiedOn}`);
  await tx.update(
    TrainingInstitution,
    { id: institution.id },
    { certifiedOn: valid.certifiedOn, certificationNumber: valid.certificationNumber },
  );
  return tx.findOneByOrFail(TrainingInstitution, { id: institution.id });
}

/** Records a course of an institution, in the institution's county. */
export async function openTrainingCourse(
  tx: EntityManager,
  viewer: Viewer,
  valid: ReturnType<typeof validateCourse>,
): Promise<TrainingCourse> {
  const institution = await findOrNotFound(tx, TrainingInstitution, { id: valid.institutionId }, { viewer });
  return insertAndFetch(tx, TrainingCourse, { ...valid, countyCode: institution.countyCode });
}

/** The answer to a second enrollment of one person in one course. */
export const duplicateEnrollment = () => conflict('this person is already enrolled in this course', { field: 'input.personId' });

/** An employment record that covers the day (started by then, not ended before). */
function employedOn(tx: EntityManager, personId: number, day: string): Promise<EmploymentRecord | null> {
  return tx.findOne(EmploymentRecord, {
    where: [
      { personId, startedOn: LessThanOrEqual(day), endedOn: IsNull() },
      { personId, startedOn: LessThanOrEqual(day), endedOn: MoreThanOrEqual(day) },
    ],
  });
}

/** Enrolls a registered person who was jobless on the day, once per course. */
export async function enrollTrainee(
  tx: EntityManager,
  viewer: Viewer,
  valid: ReturnType<typeof validateEnrollment>,
): Promise<TrainingEnrollment> {
  const course = await findOrNotFound(tx, TrainingCourse, { id: valid.courseId }, { viewer });
  // Locked like recordEmployment does, so a job cannot start unseen while the person is enrolled.
  const person = await lockPerson(tx, valid.personId);
  assertVisible(viewer, person, 'Person', valid.personId);
  if (valid.enrolledOn > course.endsOn) throw badUserInput('input.enrolledOn', `the course ended on ${course.endsOn}`);
  if (valid.enrolledOn < person.registeredOn) {
    throw badUserInput('input.enrolledOn', `free training is for registered persons; this person registered on ${person.registeredOn}`);
  }
  const job = await employedOn(tx, person.id, valid.enrolledOn);
  if (job) throw badUserInput('input.personId', `the person was employed on ${valid.enrolledOn} (employment record from ${job.startedOn})`);
  if (await tx.existsBy(TrainingEnrollment, { courseId: course.id, personId: person.id })) throw duplicateEnrollment();
  return insertAndFetch(tx, TrainingEnrollment, {
    courseId: course.id,
    personId: person.id,
    countyCode: course.countyCode,
    enrolledOn: valid.enrolledOn,
    status: EnrollmentStatus.ENROLLED,
    resultOn: null,
  });
}

/** Records once whether a trainee completed the course; completion only once it has ended. */
export async function recordTrainingResult(
  tx: EntityManager,
  viewer: Viewer,
  id: number,
  completed: boolean,
  today: string,
): Promise<TrainingEnrollment> {
  const enrollment = await findOrNotFound(tx, TrainingEnrollment, { id }, { viewer, lock: true });
  if (enrollment.status !== EnrollmentStatus.ENROLLED)
    throw conflict(`the result of enrollment ${id} is already recorded (${enrollment.status})`);
  const course = await tx.findOneByOrFail(TrainingCourse, { id: enrollment.courseId });
  if (completed && today < course.endsOn)
    throw badUserInput('input.completed', `the course ends on ${course.endsOn}; completion is recorded from then`);
  const result = completed
    ? { status: EnrollmentStatus.COMPLETED, resultOn: course.endsOn }
    : { status: EnrollmentStatus.DROPPED_OUT, resultOn: today < course.endsOn ? today : course.endsOn };
  await tx.update(TrainingEnrollment, { id }, result);
  return tx.findOneByOrFail(TrainingEnrollment, { id });
}
