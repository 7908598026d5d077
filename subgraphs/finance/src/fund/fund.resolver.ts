import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { FinanceContext } from '../context';
import { validateYear } from '../stats/stats.types';
import { FundAllocation } from './fund-allocation.entity';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => FundAllocation)
export class FundAllocationResolver {
  @Access({ scopes: ['report:read', 'finance:read'] })
  @Query(() => [FundAllocation], { description: "再就业资金 — the counties' re-employment funds for a year, by county code." })
  fundAllocations(@Arg('year', () => Int) year: number, @Ctx() { db }: FinanceContext): Promise<FundAllocation[]> {
    return db.getRepository(FundAllocation).find({ where: { year: validateYear(year) }, order: { countyCode: 'ASC' } });
  }
}
