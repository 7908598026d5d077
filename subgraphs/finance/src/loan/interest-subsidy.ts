import type { EntityManager } from 'typeorm';
import { LoanInterestSubsidy } from './interest-subsidy.entity';
import type { Loan } from './loan.entity';
import { monthlyInterest } from './loan.rules';

/** The subsidy rows of a low-profit loan's original term, ending early at `until` if given. */
export function subsidyRows(
  loan: Pick<Loan, 'id' | 'countyCode' | 'amount' | 'interestRateBp' | 'lowProfitProject' | 'disbursedOn' | 'dueOn'>,
  until?: string,
) {
  if (!loan.lowProfitProject || !loan.disbursedOn || !loan.dueOn) return [];
  const end = until !== undefined && until < loan.dueOn ? until : loan.dueOn;
  return monthlyInterest(loan.amount, loan.interestRateBp, loan.disbursedOn, end).map((m) => ({
    loanId: loan.id,
    countyCode: loan.countyCode,
    month: m.month,
    days: m.days,
    amount: m.amount,
  }));
}

/**
 * Rewrites the loan's subsidy schedule: at disbursement for the whole original term, at
 * early repayment or default up to that day (no subsidy after it, none in an extension).
 */
export async function writeSubsidySchedule(tx: EntityManager, loan: Loan, until?: string): Promise<void> {
  await tx.delete(LoanInterestSubsidy, { loanId: loan.id });
  const rows = subsidyRows(loan, until);
  if (rows.length) await tx.insert(LoanInterestSubsidy, rows);
}
