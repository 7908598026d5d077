import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { type EntityManager, IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertVisible } from '../../../../shared/auth/decorators';
import { isUniqueViolation } from '../../../../shared/database';
import { badUserInput, conflict } from '../../../../shared/errors';
import type { LaborContext } from '../context';
import { EmploymentRecord } from '../employment/employment-record.entity';
import { lockPerson } from '../person/household';
import { TrainingCourse } from './training-course.entity';
import { TrainingEnrollment } from './training-enrollment.entity';
import { EnrollmentStatus } from './training.enums';
import { positiveId } from '../../../../shared/validate';
import { EnrollTraineeInput, RecordTrainingResultInput, validateEnrollment } from './training.inputs';
import { Access } from '../../../../shared/auth/access';
import { findOrNotFound, insertAndFetch } from '../../../../shared/records';

const duplicate = () => conflict('this person is already enrolled in this course', { field: 'input.personId' });

/** An employment record that covers the day (started by then, not ended before). */
function employedOn(tx: EntityManager, personId: number, day: string): Promise<EmploymentRecord | null> {
  return tx.findOne(EmploymentRecord, {
    where: [
      { personId, startedOn: LessThanOrEqual(day), endedOn: IsNull() },
      { personId, startedOn: LessThanOrEqual(day), endedOn: MoreThanOrEqual(day) },
    ],
  });
}

@Resolver(() => TrainingEnrollment)
export class TrainingEnrollmentMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => TrainingEnrollment, { description: '学员报名 — enroll a registered, jobless person in a course.' })
  async enrollTrainee(
    @Arg('input', () => EnrollTraineeInput) input: EnrollTraineeInput,
    @Ctx() ctx: LaborContext,
  ): Promise<TrainingEnrollment> {
    const valid = validateEnrollment(input, ctx.today());
    try {
      return await auditedWrite(
        ctx,
        { operation: 'enrollTrainee', entity: 'TrainingEnrollment' },
        async (tx) => {
          const course = await findOrNotFound(tx, TrainingCourse, { id: valid.courseId }, { viewer: ctx.viewer });
          // Locked like recordEmployment does, so a job cannot start unseen while the person is enrolled.
          const person = await lockPerson(tx, valid.personId);
          assertVisible(ctx.viewer, person, 'Person', valid.personId);
          if (valid.enrolledOn > course.endsOn) throw badUserInput('input.enrolledOn', `the course ended on ${course.endsOn}`);
          if (valid.enrolledOn < person.registeredOn) {
            throw badUserInput(
              'input.enrolledOn',
              `free training is for registered persons; this person registered on ${person.registeredOn}`,
            );
          }
          const job = await employedOn(tx, person.id, valid.enrolledOn);
          if (job)
            throw badUserInput(
              'input.personId',
              `the person was employed on ${valid.enrolledOn} (employment record from ${job.startedOn})`,
            );
          if (await tx.existsBy(TrainingEnrollment, { courseId: course.id, personId: person.id })) throw duplicate();
          return insertAndFetch(tx, TrainingEnrollment, {
            courseId: course.id,
            personId: person.id,
            countyCode: course.countyCode,
            enrolledOn: valid.enrolledOn,
            status: EnrollmentStatus.ENROLLED,
            resultOn: null,
          });
        },
        (e) => [e.id],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate();
      throw error;
    }
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => TrainingEnrollment, {
    description: '结业/退学 — record whether a trainee completed the course; completion only once it has ended.',
  })
  recordTrainingResult(
    @Arg('input', () => RecordTrainingResultInput) input: RecordTrainingResultInput,
    @Ctx() ctx: LaborContext,
  ): Promise<TrainingEnrollment> {
    const id = positiveId('input.enrollmentId', input.enrollmentId);
    const today = ctx.today();
    return auditedWrite(
      ctx,
      { operation: 'recordTrainingResult', entity: 'TrainingEnrollment' },
      async (tx) => {
        const enrollment = await findOrNotFound(tx, TrainingEnrollment, { id }, { viewer: ctx.viewer, lock: true });
        if (enrollment.status !== EnrollmentStatus.ENROLLED)
          throw conflict(`the result of enrollment ${id} is already recorded (${enrollment.status})`);
        const course = await tx.findOneByOrFail(TrainingCourse, { id: enrollment.courseId });
        if (input.completed && today < course.endsOn)
          throw badUserInput('input.completed', `the course ends on ${course.endsOn}; completion is recorded from then`);
        const result = input.completed
          ? { status: EnrollmentStatus.COMPLETED, resultOn: course.endsOn }
          : { status: EnrollmentStatus.DROPPED_OUT, resultOn: today < course.endsOn ? today : course.endsOn };
        await tx.update(TrainingEnrollment, { id }, result);
        return tx.findOneByOrFail(TrainingEnrollment, { id });
      },
      (e) => [e.id],
    );
  }
}
