import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { isUniqueViolation } from '../../../../shared/database';
import { conflict } from '../../../../shared/errors';
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
import { findOrNotFound, insertAndFetch } from '../../../../shared/records';

const duplicate = () => conflict('an institution of this name is already recorded in this county', { field: 'input.name' });

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
        async (tx) => {
          if (await tx.existsBy(TrainingInstitution, valid)) throw duplicate();
          return insertAndFetch(tx, TrainingInstitution, { ...valid, certifiedOn: null, certificationNumber: null });
        },
        (i) => [i.id],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate();
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
      async (tx) => {
        const institution = await findOrNotFound(tx, TrainingInstitution, { id: valid.institutionId }, { viewer: ctx.viewer, lock: true });
        if (institution.certifiedOn !== null)
          throw conflict(`institution ${institution.id} was already certified on ${institution.certifiedOn}`);
        await tx.update(
          TrainingInstitution,
          { id: institution.id },
          { certifiedOn: valid.certifiedOn, certificationNumber: valid.certificationNumber },
        );
        return tx.findOneByOrFail(TrainingInstitution, { id: institution.id });
      },
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
      async (tx) => {
        const institution = await findOrNotFound(tx, TrainingInstitution, { id: valid.institutionId }, { viewer: ctx.viewer });
        return insertAndFetch(tx, TrainingCourse, { ...valid, countyCode: institution.countyCode });
      },
      (c) => [c.id],
    );
  }
}
