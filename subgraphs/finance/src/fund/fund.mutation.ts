import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { isUniqueViolation } from '../../../../shared/database';
import { badUserInput, conflict } from '../../../../shared/errors';
import { formatYuan } from '../../../../shared/money';
import type { FinanceContext } from '../context';
import { FundAllocation } from './fund-allocation.entity';
import { SetFundAllocationInput, validateFundAllocation } from './fund.inputs';
import { Access } from '../../../../shared/auth/access';
import { insertAndFetch } from '../../../../shared/records';

/** The writes of the re-employment funds. */
@Resolver(() => FundAllocation)
export class FundAllocationMutationResolver {
  @Access({ scopes: ['finance:write'], county: true })
  @Mutation(() => FundAllocation, {
    description: '安排再就业资金 — set a county\'s budget and provincial matching for a year (creates it the first time); never below what is already disbursed.',
  })
  async setFundAllocation(@Arg('input', () => SetFundAllocationInput) input: SetFundAllocationInput, @Ctx() ctx: FinanceContext): Promise<FundAllocation> {
    const allocation = validateFundAllocation(input);
    assertCounty(ctx.viewer, allocation.countyCode);
    const total = allocation.budgeted + allocation.provincialMatching;
    try {
      return await auditedWrite(ctx, { operation: 'setFundAllocation', entity: 'FundAllocation' }, async (tx) => {
        const where = { countyCode: allocation.countyCode, year: allocation.year };
        const existing = await tx.findOneBy(FundAllocation, where);
        if (!existing) return insertAndFetch(tx, FundAllocation, { ...allocation, disbursed: 0n });
        // Conditional on what is disbursed at the moment of the write, not at the read.
        const result = await tx
          .createQueryBuilder()
          .update(FundAllocation)
          .set({ budgeted: allocation.budgeted, provincialMatching: allocation.provincialMatching })
          .where('id = :id', { id: existing.id })
          .andWhere(`disbursed <= ${total.toString()}`)
          .execute();
        if (result.affected !== 1) {
          const current = await tx.findOneByOrFail(FundAllocation, { id: existing.id });
          throw badUserInput('input.budgeted', `budget plus matching (${formatYuan(total)}) would fall below the ${formatYuan(current.disbursed)} yuan already disbursed`);
        }
        return tx.findOneByOrFail(FundAllocation, { id: existing.id });
      }, (a) => [a.id]);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`the ${allocation.year} fund of county ${allocation.countyCode} was set concurrently; retry`);
      throw error;
    }
  }
}
