import type { EntityManager } from 'typeorm';
import { formatYuan } from '../../../../shared/money';
import { ruleViolation } from '../loan/rule-error';
import { FundAllocation } from './fund-allocation.entity';

/**
 * Pays `amount` out of the county's re-employment fund of `year`: one conditional UPDATE,
 * so concurrent payments can never overdraw budget plus provincial matching. Returns the
 * allocation's id; `field` is the input the refusal names.
 */
export async function debitReemploymentFund(tx: EntityManager, countyCode: string, year: number, amount: bigint, field: string): Promise<number> {
  const allocation = await tx.findOneBy(FundAllocation, { countyCode, year });
  if (!allocation) throw ruleViolation(field, 'NO_REEMPLOYMENT_FUND', `county ${countyCode} has no re-employment fund allocated for ${year}`);
  const result = await tx
    .createQueryBuilder()
    .update(FundAllocation)
    .set({ disbursed: () => `disbursed + ${amount.toString()}` })
    .where('id = :id', { id: allocation.id })
    .andWhere(`budgeted + provincialMatching - disbursed >= ${amount.toString()}`)
    .execute();
  if (result.affected !== 1) {
    const current = await tx.findOneByOrFail(FundAllocation, { id: allocation.id });
    throw ruleViolation(field, 'REEMPLOYMENT_FUND_BALANCE', `${formatYuan(amount)} yuan exceeds the ${formatYuan(current.available)} left in county ${countyCode}'s ${year} re-employment fund`);
  }
  return allocation.id;
}
