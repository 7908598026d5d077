import { Ctx, Query, Resolver } from 'type-graphql';
import type { FinanceContext } from '../context';
import { GuaranteeFund } from './guarantee-fund.entity';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => GuaranteeFund)
export class GuaranteeFundResolver {
  @Access({ scopes: ['report:read', 'finance:read'] })
  @Query(() => [GuaranteeFund], { description: "担保基金 — every county's guarantee fund (at most one per county), by county code." })
  guaranteeFunds(@Ctx() { db }: FinanceContext): Promise<GuaranteeFund[]> {
    return db.getRepository(GuaranteeFund).find({ order: { countyCode: 'ASC' } });
  }
}
