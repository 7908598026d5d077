import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { isUniqueViolation } from '../../../../shared/database';
import { conflict } from '../../../../shared/errors';
import type { FinanceContext } from '../context';
import { FundAllocation } from './fund-allocation.entity';
import { setAllocation } from './fund.service';
import { SetFundAllocationInput, validateFundAllocation } from './fund.inputs';
import { Access } from '../../../../shared/auth/access';

/** The writes of the re-employment funds. */
@Resolver(() => FundAllocation)
export class FundAllocationMutationResolver {
  @Access({ scopes: ['finance:write'], county: true })
  @Mutation(() => FundAllocation, {
    description:
      "安排再就业资金 — set a county's budget and provincial matching for a year (creates it the first time); never below what is already disbursed.",
  })
  async setFundAllocation(
    @Arg('input', () => SetFundAllocationInput) input: SetFundAllocationInput,
    @Ctx() ctx: FinanceContext,
  ): Promise<FundAllocation> {
    const allocation = validateFundAllocation(input);
    assertCounty(ctx.viewer, allocation.countyCode);
    try {
      return await auditedWrite(
        ctx,
        { operation: 'setFundAllocation', entity: 'FundAllocation' },
        (tx) => setAllocation(tx, allocation),
        (a) => [a.id],
      );
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(`the ${allocation.year} fund of county ${allocation.countyCode} was set concurrently; retry`);
      throw error;
    }
  }
}
