import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../context';
import { allocationKey } from '../fund/fund.loaders';
import { FundAllocation } from '../fund/fund-allocation.entity';
import { GuaranteeFund } from '../guarantee/guarantee-fund.entity';
import { County } from './county.stub';
import { periodKey } from './period-loader';
import { LoanStats, SubsidyStats, validateMonth, validateYear } from './stats.types';
import { Access } from '../../../../shared/auth/access';

/** Finance's columns of the joint meeting's county table (aggregates only, no names). */
@Resolver(() => County)
export class CountyFinanceResolver {
  @Access({ scopes: ['report:read', 'finance:read'] })
  @FieldResolver(() => LoanStats, { nullable: true, description: '小额担保贷款 — loans disbursed in the month and the year to date, outstanding principal, guarantee capacity, interest subsidy due.' })
  loanStats(
    @Root() county: County,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Ctx() { loaders }: FinanceContext,
  ): Promise<LoanStats> {
    return loaders.loanStats.load(periodKey(county.code, validateYear(year), validateMonth(month)));
  }

  @Access({ scopes: ['report:read', 'finance:read'] })
  @FieldResolver(() => SubsidyStats, { nullable: true, description: '补贴发放 — subsidies paid in the month and the year to date, by kind.' })
  subsidyStats(
    @Root() county: County,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Ctx() { loaders }: FinanceContext,
  ): Promise<SubsidyStats> {
    return loaders.subsidyStats.load(periodKey(county.code, validateYear(year), validateMonth(month)));
  }

  @Access({ scopes: ['report:read', 'finance:read'] })
  @FieldResolver(() => FundAllocation, { nullable: true, description: '再就业资金 — the county\'s re-employment fund for the year, if allocated.' })
  reemploymentFund(@Root() county: County, @Arg('year', () => Int) year: number, @Ctx() { loaders }: FinanceContext): Promise<FundAllocation | null> {
    return loaders.fundAllocationByCountyYear.load(allocationKey(county.code, validateYear(year)));
  }

  @Access({ scopes: ['report:read', 'finance:read'] })
  @FieldResolver(() => GuaranteeFund, { nullable: true, description: '担保基金 — the county\'s guarantee institution and fund, if any.' })
  guaranteeFund(@Root() county: County, @Ctx() { loaders }: FinanceContext): Promise<GuaranteeFund | null> {
    return loaders.guaranteeFundByCounty.load(county.code);
  }
}
