import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { isUniqueViolation } from '../../../../shared/database';
import { badUserInput, conflict } from '../../../../shared/errors';
import { MoneyScalar } from '../../../../shared/scalars';
import type { FinanceContext } from '../context';
import { GuaranteeFund } from './guarantee-fund.entity';
import { contributeToFund, createFund } from './guarantee.service';
import { CreateGuaranteeFundInput, validateGuaranteeFund } from './guarantee.inputs';
import { Access } from '../../../../shared/auth/access';
import { positiveId } from '../../../../shared/validate';

/** The writes of the guarantee funds. */
@Resolver(() => GuaranteeFund)
export class GuaranteeFundMutationResolver {
  @Access({ scopes: ['finance:write'], county: true })
  @Mutation(() => GuaranteeFund, { description: "设立担保基金 — register a county's guarantee institution and its fund (one per county)." })
  async createGuaranteeFund(
    @Arg('input', () => CreateGuaranteeFundInput) input: CreateGuaranteeFundInput,
    @Ctx() ctx: FinanceContext,
  ): Promise<GuaranteeFund> {
    const fund = validateGuaranteeFund(input);
    assertCounty(ctx.viewer, fund.countyCode);
    try {
      return await auditedWrite(
        ctx,
        { operation: 'createGuaranteeFund', entity: 'GuaranteeFund' },
        (tx) => createFund(tx, fund, ctx.today()),
        (f) => [f.id],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`county ${fund.countyCode} already has a guarantee fund`);
      throw error;
    }
  }

  @Access({ scopes: ['finance:write'], county: true })
  @Mutation(() => GuaranteeFund, { description: '注入担保基金 — add to a guarantee fund, raising its capacity by five times the amount.' })
  contributeToGuaranteeFund(
    @Arg('id', () => ID) id: string,
    @Arg('amount', () => MoneyScalar) amount: bigint,
    @Ctx() ctx: FinanceContext,
  ): Promise<GuaranteeFund> {
    const key = positiveId('id', id);
    if (amount <= 0n) throw badUserInput('amount', 'must be positive');
    return auditedWrite(
      ctx,
      { operation: 'contributeToGuaranteeFund', entity: 'GuaranteeFund' },
      (tx) => contributeToFund(tx, ctx.viewer, key, amount, ctx.today()),
      (f) => [f.id],
    );
  }
}
