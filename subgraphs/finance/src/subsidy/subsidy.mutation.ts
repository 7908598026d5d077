import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import type { FinanceContext } from '../context';
import { ruleViolation } from '../loan/rule-error';
import { InstitutionSubsidyKind, SubsidyKind } from './subsidy.enums';
import {
  InstitutionSubsidyInput,
  JobSubsidyInput,
  SocialInsuranceSubsidyInput,
  validateInstitutionSubsidy,
  validateJobSubsidy,
  validateSocialInsurance,
} from './subsidy.inputs';
import { SubsidyPayment } from './subsidy-payment.entity';
import { Access } from '../../../../shared/auth/access';
import { payInstitutionSubsidy, payJobSubsidy, paySocialInsuranceSubsidy } from './subsidy.service';

@Resolver(() => SubsidyPayment)
export class SubsidyMutationResolver {
  @Access({ scopes: ['finance:write'], county: true })
  @Mutation(() => SubsidyPayment, {
    description:
      '发放社会保险补贴 — pay an employer one ended quarter of its pension and unemployment-insurance share for a hired certificate holder; ' +
      'each quarter once, all within three years from the first.',
  })
  paySocialInsuranceSubsidy(
    @Arg('input', () => SocialInsuranceSubsidyInput) input: SocialInsuranceSubsidyInput,
    @Ctx() ctx: FinanceContext,
  ): Promise<SubsidyPayment> {
    const subsidy = validateSocialInsurance(input);
    const today = ctx.today();
    if (subsidy.periodEnd >= today)
      throw ruleViolation(
        'input.quarterStart',
        'QUARTER_NOT_ENDED',
        `the quarter ends ${subsidy.periodEnd}: it is paid after the contributions, from the next day`,
      );
    return auditedWrite(
      ctx,
      { operation: 'paySocialInsuranceSubsidy', entity: 'SubsidyPayment' },
      (tx) => paySocialInsuranceSubsidy(tx, ctx.viewer, subsidy, today),
      (p) => [p.id],
    );
  }

  @Access({ scopes: ['finance:write'], county: true })
  @Mutation(() => SubsidyPayment, {
    description: "发放岗位补贴 — pay a job subsidy for a certificate holder's post; a period is paid once.",
  })
  payJobSubsidy(@Arg('input', () => JobSubsidyInput) input: JobSubsidyInput, @Ctx() ctx: FinanceContext): Promise<SubsidyPayment> {
    const subsidy = validateJobSubsidy(input);
    return auditedWrite(
      ctx,
      { operation: 'payJobSubsidy', entity: 'SubsidyPayment' },
      (tx) => payJobSubsidy(tx, ctx.viewer, subsidy, ctx.today()),
      (p) => [p.id],
    );
  }

  @Access({ scopes: ['finance:write'], county: true })
  @Mutation(() => SubsidyPayment, {
    description:
      '发放培训补贴、职业介绍补贴 — pay a training or referral institution by outcome: persons placed × amount per person; a period is paid once.',
  })
  payInstitutionSubsidy(
    @Arg('input', () => InstitutionSubsidyInput) input: InstitutionSubsidyInput,
    @Ctx() ctx: FinanceContext,
  ): Promise<SubsidyPayment> {
    const subsidy = validateInstitutionSubsidy(input);
    assertCounty(ctx.viewer, subsidy.countyCode);
    const kind = subsidy.kind === InstitutionSubsidyKind.TRAINING ? SubsidyKind.TRAINING : SubsidyKind.REFERRAL;
    return auditedWrite(
      ctx,
      { operation: 'payInstitutionSubsidy', entity: 'SubsidyPayment' },
      (tx) => payInstitutionSubsidy(tx, subsidy, kind, ctx.today()),
      (p) => [p.id],
    );
  }
}
