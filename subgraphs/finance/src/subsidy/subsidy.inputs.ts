import { Field, ID, InputType, Int } from 'type-graphql';
import { addYears, quarterEnd, quarterStart } from '../../../../shared/calendar';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { cityCounty, creditCode, requiredText } from '../../../../shared/validate';
import { InstitutionSubsidyKind } from './subsidy.enums';

/** The social-insurance subsidy covers at most three years of a holder's employment. */
export const SOCIAL_INSURANCE_YEARS = 3;

/** Left out is null; given, even blank, it must be a valid code (a payment names whom it paid). */
function paidCreditCode(field: string, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : creditCode(field, value);
}

@InputType({
  description: "社会保险补贴 — one quarter of the employer's pension and unemployment-insurance share for a hired certificate holder.",
})
export class SocialInsuranceSubsidyInput {
  @Field(() => ID)
  certificateNumber!: string;

  @Field(() => ID, { description: 'The employer (统一社会信用代码).' })
  enterpriseCreditCode!: string;

  @Field(() => DateScalar, { description: 'First day of the calendar quarter paid for (01-01, 04-01, 07-01 or 10-01).' })
  quarterStart!: string;

  @Field(() => MoneyScalar, { description: '养老保险单位缴费部分' })
  pensionAmount!: bigint;

  @Field(() => MoneyScalar, { description: '失业保险单位缴费部分' })
  unemploymentAmount!: bigint;
}

@InputType({ description: "岗位补贴 — a job subsidy for a certificate holder's post over a period." })
export class JobSubsidyInput {
  @Field(() => ID)
  certificateNumber!: string;

  @Field(() => ID, { nullable: true, description: "The employer, when the post is an enterprise's." })
  enterpriseCreditCode?: string | null;

  @Field(() => DateScalar)
  periodStart!: string;

  @Field(() => DateScalar)
  periodEnd!: string;

  @Field(() => MoneyScalar)
  amount!: bigint;
}

@InputType({ description: '培训补贴 / 职业介绍补贴 — paid to an institution by the number of persons it placed in work.' })
export class InstitutionSubsidyInput {
  @Field(() => InstitutionSubsidyKind)
  kind!: InstitutionSubsidyKind;

  @Field(() => ID)
  countyCode!: string;

  @Field(() => String)
  institutionName!: string;

  @Field(() => ID, { nullable: true, description: "The institution's credit code, if it has one." })
  institutionCreditCode?: string | null;

  @Field(() => DateScalar)
  periodStart!: string;

  @Field(() => DateScalar)
  periodEnd!: string;

  @Field(() => Int, { description: 'Trainees or referred persons who then found work.' })
  placedPersons!: number;

  @Field(() => MoneyScalar)
  amountPerPerson!: bigint;
}

function period(start: string, end: string): void {
  if (start > end) throw badUserInput('input.periodEnd', 'must not be before periodStart');
}

export function validateSocialInsurance(input: SocialInsuranceSubsidyInput) {
  if (quarterStart(input.quarterStart) !== input.quarterStart)
    throw badUserInput('input.quarterStart', 'must be the first day of a calendar quarter');
  if (input.pensionAmount < 0n) throw badUserInput('input.pensionAmount', 'must not be negative');
  if (input.unemploymentAmount < 0n) throw badUserInput('input.unemploymentAmount', 'must not be negative');
  if (input.pensionAmount + input.unemploymentAmount === 0n)
    throw badUserInput('input.pensionAmount', 'pension and unemployment shares are both zero');
  return {
    certificateNumber: input.certificateNumber.trim(),
    enterpriseCreditCode: paidCreditCode('input.enterpriseCreditCode', input.enterpriseCreditCode),
    periodStart: input.quarterStart,
    periodEnd: quarterEnd(input.quarterStart),
    pensionAmount: input.pensionAmount,
    unemploymentAmount: input.unemploymentAmount,
    amount: input.pensionAmount + input.unemploymentAmount,
  };
}

export function validateJobSubsidy(input: JobSubsidyInput) {
  if (input.amount <= 0n) throw badUserInput('input.amount', 'must be positive');
  period(input.periodStart, input.periodEnd);
  return {
    certificateNumber: input.certificateNumber.trim(),
    enterpriseCreditCode: paidCreditCode('input.enterpriseCreditCode', input.enterpriseCreditCode),
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    amount: input.amount,
  };
}

export function validateInstitutionSubsidy(input: InstitutionSubsidyInput) {
  cityCounty('input.countyCode', input.countyCode);
  const institutionName = requiredText('input.institutionName', input.institutionName, 100);
  if (!Number.isInteger(input.placedPersons) || input.placedPersons < 1) {
    throw badUserInput('input.placedPersons', 'is paid by outcome: at least one person must have found work');
  }
  if (input.amountPerPerson <= 0n) throw badUserInput('input.amountPerPerson', 'must be positive');
  period(input.periodStart, input.periodEnd);
  return {
    kind: input.kind,
    countyCode: input.countyCode,
    institutionName,
    enterpriseCreditCode: paidCreditCode('input.institutionCreditCode', input.institutionCreditCode),
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    placedPersons: input.placedPersons,
    amountPerPerson: input.amountPerPerson,
    amount: BigInt(input.placedPersons) * input.amountPerPerson,
  };
}

/** All quarters subsidised for one holder fit in three years from the first of them. */
export function withinSocialInsuranceYears(quarterStarts: string[]): boolean {
  const sorted = [...quarterStarts].sort();
  return sorted.length === 0 || sorted[sorted.length - 1] < addYears(sorted[0], SOCIAL_INSURANCE_YEARS);
}
