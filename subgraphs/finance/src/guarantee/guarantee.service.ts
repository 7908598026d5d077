import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../../shared/auth/viewer';
import { conflict } from '../../../../shared/errors';
import { formatYuan } from '../../../../shared/money';
import { findOrNotFound, insertAndFetch } from '../../../../shared/records';
import { GUARANTEE_LEVERAGE } from '../loan/loan.rules';
import { ruleViolation } from '../loan/rule-error';
import { GuaranteeContribution } from './guarantee-contribution.entity';
import { GuaranteeFund } from './guarantee-fund.entity';

/** Amounts go into SQL as literals: a bigint prints as digits only, and SQLite compares bound text as text. */
const sqlFen = (fen: bigint): string => fen.toString();

/**
 * Commits the county's guarantee fund to `amount` more principal, unless that takes the
 * outstanding guarantees past five times the fund's balance. One conditional UPDATE, so
 * concurrent approvals can never overshoot together. Returns the fund's id.
 */
export async function commitGuarantee(tx: EntityManager, countyCode: string, amount: bigint): Promise<number> {
  const fund = await tx.findOneBy(GuaranteeFund, { countyCode });
  if (!fund) throw ruleViolation('id', 'NO_GUARANTEE_FUND', `county ${countyCode} has no guarantee institution with a fund`);
  const result = await tx
    .createQueryBuilder()
    .update(GuaranteeFund)
    .set({ guaranteed: () => `guaranteed + ${sqlFen(amount)}` })
    .where('id = :id', { id: fund.id })
    .andWhere(`${sqlFen(GUARANTEE_LEVERAGE)} * (capital - compensated) - guaranteed >= ${sqlFen(amount)}`)
    .execute();
  if (result.affected !== 1) {
    const current = await tx.findOneByOrFail(GuaranteeFund, { id: fund.id });
    throw ruleViolation(
      'id',
      'GUARANTEE_CAPACITY',
      `guaranteeing ${formatYuan(amount)} yuan would take ${current.institutionName} past five times its fund ` +
        `(balance ${formatYuan(current.balance)}, guaranteed ${formatYuan(current.guaranteed)}, capacity ${formatYuan(current.capacity)})`,
    );
  }
  return fund.id;
}

/** The loan is repaid or refused after approval: its principal no longer weighs on the fund. */
export async function releaseGuarantee(tx: EntityManager, fundId: number, amount: bigint): Promise<void> {
  await tx
    .createQueryBuilder()
    .update(GuaranteeFund)
    .set({ guaranteed: () => `guaranteed - ${sqlFen(amount)}` })
    .where('id = :id', { id: fundId })
    .execute();
}

/** 代偿: the fund pays the defaulted principal, which leaves the guarantees and the balance. */
export async function compensateFromFund(tx: EntityManager, fundId: number, amount: bigint): Promise<void> {
  const result = await tx
    .createQueryBuilder()
    .update(GuaranteeFund)
    .set({ guaranteed: () => `guaranteed - ${sqlFen(amount)}`, compensated: () => `compensated + ${sqlFen(amount)}` })
    .where('id = :id', { id: fundId })
    .andWhere(`capital - compensated >= ${sqlFen(amount)}`)
    .execute();
  if (result.affected !== 1) {
    const fund = await tx.findOneByOrFail(GuaranteeFund, { id: fundId });
    throw ruleViolation(
      'id',
      'GUARANTEE_FUND_BALANCE',
      `the fund of ${fund.institutionName} holds ${formatYuan(fund.balance)} yuan, less than the ${formatYuan(amount)} to compensate`,
    );
  }
}

/** A county's guarantee fund, the first and only one (a second is a CONFLICT); its capital is its first contribution, dated `today`. */
export async function createFund(
  tx: EntityManager,
  fund: { countyCode: string; institutionName: string; capital: bigint },
  today: string,
): Promise<GuaranteeFund> {
  const existing = await tx.findOneBy(GuaranteeFund, { countyCode: fund.countyCode });
  if (existing) throw conflict(`county ${fund.countyCode} already has guarantee fund ${existing.id}`, { id: String(existing.id) });
  const created = await insertAndFetch(tx, GuaranteeFund, { ...fund, compensated: 0n, guaranteed: 0n });
  if (fund.capital > 0n) await tx.insert(GuaranteeContribution, { fundId: created.id, contributedOn: today, amount: fund.capital });
  return created;
}

/**
 * Adds to a fund's capital in SQL (`capital + amount`), so concurrent contributions both
 * count, and records the contribution dated `today` for the month-end statistics.
 */
export async function contributeToFund(
  tx: EntityManager,
  viewer: Viewer,
  id: number,
  amount: bigint,
  today: string,
): Promise<GuaranteeFund> {
  await findOrNotFound(tx, GuaranteeFund, { id }, { viewer });
  await tx
    .createQueryBuilder()
    .update(GuaranteeFund)
    .set({ capital: () => `capital + ${amount.toString()}` })
    .where('id = :id', { id })
    .execute();
  await tx.insert(GuaranteeContribution, { fundId: id, contributedOn: today, amount });
  return tx.findOneByOrFail(GuaranteeFund, { id });
}
