import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { type EntityManager, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { requireValidCertificate } from '../../../../shared/certificate-replica/check';
import type { FinanceContext } from '../context';
import { debitReemploymentFund } from '../fund/fund.service';
import { lockCertificate } from '../loan/certificate-lock';
import { ruleViolation } from '../loan/rule-error';
import { InstitutionSubsidyKind, SubsidyKind } from './subsidy.enums';
import {
  InstitutionSubsidyInput,
  JobSubsidyInput,
  SocialInsuranceSubsidyInput,
  validateInstitutionSubsidy,
  validateJobSubsidy,
  validateSocialInsurance,
  withinSocialInsuranceYears,
} from './subsidy.inputs';
import { SubsidyPayment } from './subsidy-payment.entity';
import { Access } from '../../../../shared/auth/access';
import { insertAndFetch } from '../../../../shared/records';

type NewPayment = Omit<SubsidyPayment, 'id' | 'createdAt' | 'fundAllocationId' | 'paidOn'>;

const blank = {
  personId: null,
  certificateNumber: null,
  enterpriseCreditCode: null,
  institutionName: null,
  pensionAmount: null,
  unemploymentAmount: null,
  placedPersons: null,
  amountPerPerson: null,
};

/** Debits the county's fund of the year paid and records the payment, in the caller's transaction. */
async function pay(tx: EntityManager, today: string, payment: NewPayment, amountField: string): Promise<SubsidyPayment> {
  const fundAllocationId = await debitReemploymentFund(tx, payment.countyCode, Number(today.slice(0, 4)), payment.amount, amountField);
  return insertAndFetch(tx, SubsidyPayment, { ...payment, fundAllocationId, paidOn: today });
}

/** An earlier payment of `kind` to this holder (or institution) for an overlapping period. */
function overlapping(
  tx: EntityManager,
  kind: SubsidyKind,
  who: { certificateNumber: string } | { institutionName: string },
  start: string,
  end: string,
) {
  return tx.findOne(SubsidyPayment, { where: { kind, ...who, periodStart: LessThanOrEqual(end), periodEnd: MoreThanOrEqual(start) } });
}

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
      async (tx) => {
        await lockCertificate(tx, subsidy.certificateNumber);
        const certificate = await requireValidCertificate(tx, subsidy.certificateNumber, 'input.certificateNumber', undefined, ctx.viewer);
        assertCounty(ctx.viewer, certificate.countyCode);
        const paid = await tx.find(SubsidyPayment, {
          where: { kind: SubsidyKind.SOCIAL_INSURANCE, certificateNumber: subsidy.certificateNumber },
          select: { periodStart: true },
        });
        if (paid.some((p) => p.periodStart === subsidy.periodStart)) {
          throw ruleViolation(
            'input.quarterStart',
            'SUBSIDY_PERIOD_PAID',
            `the quarter from ${subsidy.periodStart} is already subsidised for certificate ${subsidy.certificateNumber}`,
          );
        }
        if (!withinSocialInsuranceYears([...paid.map((p) => p.periodStart), subsidy.periodStart])) {
          throw ruleViolation(
            'input.quarterStart',
            'SOCIAL_INSURANCE_THREE_YEARS',
            'the subsidised quarters of one holder must lie within three years of the first',
          );
        }
        return pay(
          tx,
          today,
          {
            ...blank,
            kind: SubsidyKind.SOCIAL_INSURANCE,
            countyCode: certificate.countyCode,
            personId: certificate.holderId,
            ...subsidy,
          },
          'input.pensionAmount',
        );
      },
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
      async (tx) => {
        await lockCertificate(tx, subsidy.certificateNumber);
        const certificate = await requireValidCertificate(tx, subsidy.certificateNumber, 'input.certificateNumber', undefined, ctx.viewer);
        assertCounty(ctx.viewer, certificate.countyCode);
        const earlier = await overlapping(
          tx,
          SubsidyKind.JOB,
          { certificateNumber: subsidy.certificateNumber },
          subsidy.periodStart,
          subsidy.periodEnd,
        );
        if (earlier)
          throw ruleViolation(
            'input.periodStart',
            'SUBSIDY_PERIOD_PAID',
            `overlaps job subsidy ${earlier.id} (${earlier.periodStart} … ${earlier.periodEnd})`,
          );
        return pay(
          tx,
          ctx.today(),
          { ...blank, kind: SubsidyKind.JOB, countyCode: certificate.countyCode, personId: certificate.holderId, ...subsidy },
          'input.amount',
        );
      },
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
      async (tx) => {
        const earlier = await overlapping(tx, kind, { institutionName: subsidy.institutionName }, subsidy.periodStart, subsidy.periodEnd);
        if (earlier)
          throw ruleViolation(
            'input.periodStart',
            'SUBSIDY_PERIOD_PAID',
            `overlaps payment ${earlier.id} to ${subsidy.institutionName} (${earlier.periodStart} … ${earlier.periodEnd})`,
          );
        return pay(tx, ctx.today(), { ...blank, ...subsidy, kind }, 'input.amountPerPerson');
      },
      (p) => [p.id],
    );
  }
}
