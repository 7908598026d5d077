import { Field, Int, ObjectType } from 'type-graphql';
import { validYear } from '../../../../shared/reporting-period';
import { MoneyScalar } from '../../../../shared/scalars';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: 'Loans disbursed in a period: how many and how much (发放笔数、金额).' })
export class LoanPeriodTotals {
  @Access({ scopes: [] })
  @Field(() => Int)
  count!: number;

  @Access({ scopes: [] })
  @Field(() => MoneyScalar)
  amount!: bigint;
}

@ObjectType({ description: "小额担保贷款统计 — a county's small guaranteed loans for a reporting month." })
export class LoanStats {
  @Access({ scopes: [] })
  @Field(() => LoanPeriodTotals, { description: 'Loans disbursed in the month (or quarter).' })
  month!: LoanPeriodTotals;

  @Access({ scopes: [] })
  @Field(() => LoanPeriodTotals, { description: 'Loans disbursed from January to the end of the month (or quarter).' })
  yearToDate!: LoanPeriodTotals;

  @Access({ scopes: [] })
  @Field(() => MoneyScalar, {
    description: '贷款余额: principal disbursed by the end of the month and not yet repaid or compensated then.',
  })
  outstandingAmount!: bigint;

  @Access({ scopes: [] })
  @Field(() => MoneyScalar, {
    description:
      "担保能力 at the end of the month (or quarter): five times the county guarantee fund's balance then (contributions paid in by then less compensation paid by then) less the principal it guaranteed then (approved, not yet refused, repaid or compensated); 0 without a fund.",
  })
  guaranteeCapacity!: bigint;

  @Access({ scopes: [] })
  @Field(() => MoneyScalar, {
    description:
      '财政贴息: interest on low-profit loans accrued in the month (or quarter), which finance owes (100 %, none during an extension, none after the month the certificate was revoked).',
  })
  interestSubsidyDue!: bigint;

  @Access({ scopes: [] })
  @Field(() => Int, {
    description:
      'Loans with interest subsidy accrued in the month (or quarter); a loan whose certificate was revoked stops after that month.',
  })
  interestSubsidyLoans!: number;
}

@ObjectType({ description: 'Subsidies paid in a period, in total and by kind.' })
export class SubsidyPeriodTotals {
  @Access({ scopes: [] })
  @Field(() => Int, { description: 'Payments.' })
  count!: number;

  @Access({ scopes: [] })
  @Field(() => MoneyScalar)
  amount!: bigint;

  @Access({ scopes: [] })
  @Field(() => MoneyScalar, { description: '社会保险补贴' })
  socialInsurance!: bigint;

  @Access({ scopes: [] })
  @Field(() => MoneyScalar, { description: '岗位补贴' })
  job!: bigint;

  @Access({ scopes: [] })
  @Field(() => MoneyScalar, { description: '培训补贴' })
  training!: bigint;

  @Access({ scopes: [] })
  @Field(() => MoneyScalar, { description: '职业介绍补贴' })
  referral!: bigint;
}

@ObjectType({ description: "补贴发放统计 — a county's subsidy payments for a reporting month (by the day paid)." })
export class SubsidyStats {
  @Access({ scopes: [] })
  @Field(() => SubsidyPeriodTotals)
  month!: SubsidyPeriodTotals;

  @Access({ scopes: [] })
  @Field(() => SubsidyPeriodTotals)
  yearToDate!: SubsidyPeriodTotals;
}

/** The report year rule shared by every department (shared/reporting-period.ts). */
export function validateYear(year: number, field = 'year'): number {
  return validYear(year, field);
}
