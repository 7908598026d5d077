import { Field, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../../../shared/scalars';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: '登记统计 — commerce registrations in a period (a month, or the year to date).' })
export class RegistrationPeriodStats {
  @Access({ scopes: [] })
  @Field(() => Int, { description: '个体工商户 — individual businesses registered.' })
  individualBusinesses!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '企业 — enterprises of every other kind registered.' })
  enterprises!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '收费减免 — fee exemptions granted to certificate holders (from their approval date).' })
  feeExemptions!: number;

  @Access({ scopes: [] })
  @Field(() => MoneyScalar, { description: '减免金额 — fees waived by those exemptions over their three years.' })
  feeExemptedAmount!: bigint;
}

@ObjectType({ description: "工商登记统计 — a county's commerce figures for the joint meeting's monthly report." })
export class RegistrationStats {
  @Access({ scopes: [] })
  @Field(() => RegistrationPeriodStats)
  month!: RegistrationPeriodStats;

  @Access({ scopes: [] })
  @Field(() => RegistrationPeriodStats, { description: 'January to the end of the month.' })
  yearToDate!: RegistrationPeriodStats;

  @Access({ scopes: [] })
  @Field(() => Int, {
    description:
      "个体私营经济从业人员 — employees of the county's individual and private businesses at the end of the month (commerce's share of the employment statistics).",
  })
  privateEconomyEmployees!: number;
}

export function emptyPeriod(): RegistrationPeriodStats {
  return { individualBusinesses: 0, enterprises: 0, feeExemptions: 0, feeExemptedAmount: 0n };
}
