import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { isUniqueViolation } from '../../../../shared/database';
import type { LaborContext } from '../context';
import { TrainingCourse } from './training-course.entity';
import { TrainingInstitution } from './training-institution.entity';
import {
  CertifyTrainingInstitutionInput,
  OpenTrainingCourseInput,
  RegisterTrainingInstitutionInput,
  validateCertification,
  validateCourse,
  validateInstitution,
} from './training.inputs';
import { Access } from '../../../../shared/auth/access';
import { certifyTrainingInstitution, duplicateInstitution, openTrainingCourse, registerTrainingInstitution } from './training.service';

@Resolver(() => TrainingInstitution)
export class TrainingInstitutionMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => TrainingInstitution, { description: '培训机构登记 — record a training institution (not yet certified).' })
  async registerTrainingInstitution(
    @Arg('input', () => RegisterTrainingInstitutionInput) input: RegisterTrainingInstitutionInput,
    @Ctx() ctx: LaborContext,
  ): Promise<TrainingInstitution> {
    const valid = validateInstitution(input);
    assertCounty(ctx.viewer, valid.countyCode);
    try {
      return await auditedWrite(
        ctx,
        { operation: 'registerTrainingInstitution', entity: 'TrainingInstitution' },
        (tx) => registerTrainingInstitution(tx, valid),
        (i) => [i.id],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateInstitution();
      throw error;
    }
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => TrainingInstitution, {
    description: '资质认定 — certify an institution; its courses starting from that day are subsidy-eligible.',
  })
  certifyTrainingInstitution(
    @Arg('input', () => CertifyTrainingInstitutionInput) input: CertifyTrainingInstitutionInput,
    @Ctx() ctx: LaborContext,
  ): Promise<TrainingInstitution> {
    const valid = validateCertification(input, ctx.today());
    return auditedWrite(
      ctx,
      { operation: 'certifyTrainingInstitution', entity: 'TrainingInstitution' },
      (tx) => certifyTrainingInstitution(tx, ctx.viewer, valid),
      (i) => [i.id],
    );
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => TrainingCourse, { description: '开班 — record a course of an institution.' })
  openTrainingCourse(
    @Arg('input', () => OpenTrainingCourseInput) input: OpenTrainingCourseInput,
    @Ctx() ctx: LaborContext,
  ): Promise<TrainingCourse> {
    const valid = validateCourse(input);
    return auditedWrite(
      ctx,
      { operation: 'openTrainingCourse', entity: 'TrainingCourse' },
      (tx) => openTrainingCourse(tx, ctx.viewer, valid),
      (c) => [c.id],
    );
  }
}
