import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import type { TaxContext } from '../context';
import { AssessEnterpriseReliefInput, validateAssessment } from './assessment.inputs';
import { EnterpriseReliefAssessment } from './assessment.entity';
import { Access } from '../../../../shared/auth/access';
import { assessEnterpriseRelief } from './assessment.service';

@Resolver(() => EnterpriseReliefAssessment)
export class AssessmentMutationResolver {
  @Access({ scopes: ['tax:write'], county: true })
  @Mutation(() => EnterpriseReliefAssessment, {
    description:
      "认定 — assess a new enterprise (registered by commerce from 2003-01-01) for relief (财税[2002]208号): staff from commerce's register, hires from labor's employment records; figures typed in are an override with a recorded, audited reason.",
  })
  assessEnterpriseRelief(
    @Arg('input', () => AssessEnterpriseReliefInput) input: AssessEnterpriseReliefInput,
    @Ctx() ctx: TaxContext,
  ): Promise<EnterpriseReliefAssessment> {
    const assessment = validateAssessment(input, ctx.today());
    return auditedWrite(
      ctx,
      { operation: 'assessEnterpriseRelief', entity: 'EnterpriseReliefAssessment' },
      (tx) => assessEnterpriseRelief(tx, ctx.viewer, assessment, ctx.today()),
      (a) => [a.id],
      // An override is audited with its reason: who typed figures in over the records, and why.
      (a) => (a.overrideReason ? `override: ${a.overrideReason}` : null),
    );
  }
}
