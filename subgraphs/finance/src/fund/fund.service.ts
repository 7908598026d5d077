import type { EntityManager } from 'typeorm';
import { badUserInput } from '../../../../shared/errors';
import { formatYuan } from '../../../../shared/money';
import { insertAndFetch } from '../../../../shared/records';
import { ruleViolation } from '../loan/rule-error';
import { FundAllocation } from './fund-allocation.entity';

/**
 * Pays `amount` out of the county's re-employment fund of `year`: one conditional UPDATE,
 * so concurrent payments can never overdraw budget plus provincial matching. Returns the
 * allocation's id; `field` is the input the refusal names.
 */
export async function debitReemploymentFund(
  tx: EntityManager,
  countyCode: string,
  year: number,
  amount: bigint,
  field: string,
): Promise<number> {
  const allocation = await tx.findOneBy(FundAllocation, { countyCode, year });
  if (!allocation)
    throw ruleViolation(field, 'NO_REEMPLOYMENT_FUND', `county ${countyCode} has no re-employment fund allocated for ${year}`);
  const result = await tx
    .createQueryBuilder()
    .update(FundAllocation)
    .set({ disbursed: () => `disbursed + ${amount.toString()}` })
    .where('id = :id', { id: allocation.id })
    .andWhere(`budgeted + provincialMatching - disbursed >= ${amount.toString()}`)
    .execute();
  if (result.affected !== 1) {
    const current = await tx.findOneByOrFail(FundAllocation, { id: allocation.id });
    throw ruleViolation(
      field,
      'REEMPLOYMENT_FUND_BALANCE',
      `${formatYuan(amount)} yuan exceeds the ${formatYuan(current.available)} left in county ${countyCode}'s ${year} re-employment fund`,
    );
  }
  return allocation.id;
}

/**
 * Sets a county's budget and matching for a year, creating the allocation the first time;
 * never below what is already disbursed.
 */
export async function setAllocation(
  tx: EntityManager,
  allocation: { countyCode: string; year: number; budgeted: bigint; provincialMatching: bigint },
): Promise<FundAllocation> {
  const total = allocation.budgeted + allocation.provincialMatching;
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
    throw badUserInput(
      'input.budgeted',
      `budget plus matching (${formatYuan(total)}) would fall below the ${formatYuan(current.disbursed)} yuan already disbursed`,
    );
  }
  return tx.findOneByOrFail(FundAllocation, { id: existing.id });
}
