import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { isUniqueViolation } from '../../../../shared/database';
import type { LaborContext } from '../context';
import { TrainingEnrollment } from './training-enrollment.entity';
import { positiveId } from '../../../../shared/validate';
import { EnrollTraineeInput, RecordTrainingResultInput, validateEnrollment } from './training.inputs';
import { Access } from '../../../../shared/auth/access';
import { duplicateEnrollment, enrollTrainee, recordTrainingResult } from './training.service';

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
        (tx) => enrollTrainee(tx, ctx.viewer, valid),
        (e) => [e.id],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateEnrollment();
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
      (tx) => recordTrainingResult(tx, ctx.viewer, id, input.completed, today),
      (e) => [e.id],
    );
  }
}
