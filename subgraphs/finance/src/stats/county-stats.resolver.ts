import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { reportingPeriod, seriesDescription, yearSeries } from '../../../../shared/reporting-period';
import { PeriodArguments } from '../../../../shared/reporting-period.args';
import type { FinanceContext } from '../context';
import { allocationKey } from '../fund/fund.loaders';
import { FundAllocation } from '../fund/fund-allocation.entity';
import { GuaranteeFund } from '../guarantee/guarantee-fund.entity';
import { County } from '../references/county.reference';
import { LoanStats, SubsidyStats, validateYear } from './stats.types';
import { Access } from '../../../../shared/auth/access';

/** Finance's columns of the joint meeting's county table (aggregates only, no names). */
@Resolver(() => County)
export class CountyFinanceResolver {
  @Access({ scopes: ['report:read', 'finance:read'] })
  @FieldResolver(() => LoanStats, {
    nullable: true,
    description:
      '小额担保贷款 — loans disbursed in the month (or quarter) and the year to date, outstanding principal, guarantee capacity, interest subsidy due.',
  })
  loanStats(@Root() county: County, @Args() args: PeriodArguments, @Ctx() { loaders, today }: FinanceContext): Promise<LoanStats> {
    return loaders.loanStats.load({ code: county.code, period: reportingPeriod(args, today()) });
  }

  @Access({ scopes: ['report:read', 'finance:read'] })
  @FieldResolver(() => SubsidyStats, {
    nullable: true,
    description: '补贴发放 — subsidies paid in the month (or quarter) and the year to date, by kind.',
  })
  subsidyStats(@Root() county: County, @Args() args: PeriodArguments, @Ctx() { loaders, today }: FinanceContext): Promise<SubsidyStats> {
    return loaders.subsidyStats.load({ code: county.code, period: reportingPeriod(args, today()) });
  }

  @Access({ scopes: ['report:read', 'finance:read'] })
  @FieldResolver(() => [LoanStats], {
    nullable: true,
    description: seriesDescription('loanStats'),
  })
  loanSeries(
    @Root() county: County,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders, today }: FinanceContext,
  ): Promise<LoanStats[]> {
    return Promise.all(yearSeries(year, today()).map((period) => loaders.loanStats.load({ code: county.code, period })));
  }

  @Access({ scopes: ['report:read', 'finance:read'] })
  @FieldResolver(() => [SubsidyStats], {
    nullable: true,
    description: seriesDescription('subsidyStats'),
  })
  subsidySeries(
    @Root() county: County,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders, today }: FinanceContext,
  ): Promise<SubsidyStats[]> {
    return Promise.all(yearSeries(year, today()).map((period) => loaders.subsidyStats.load({ code: county.code, period })));
  }

  @Access({ scopes: ['report:read', 'finance:read'] })
  @FieldResolver(() => FundAllocation, {
    nullable: true,
    description: "再就业资金 — the county's re-employment fund for the year, if allocated.",
  })
  reemploymentFund(
    @Root() county: County,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders }: FinanceContext,
  ): Promise<FundAllocation | null> {
    return loaders.fundAllocationByCountyYear.load(allocationKey(county.code, validateYear(year)));
  }

  @Access({ scopes: ['report:read', 'finance:read'] })
  @FieldResolver(() => GuaranteeFund, { nullable: true, description: "担保基金 — the county's guarantee institution and fund, if any." })
  guaranteeFund(@Root() county: County, @Ctx() { loaders }: FinanceContext): Promise<GuaranteeFund | null> {
    return loaders.guaranteeFundByCounty.load(county.code);
  }
}
