import type { EntityManager } from 'typeorm';
import { addToMonthlySummary, MonthlyDeltas } from '../../../../shared/monthly-summary';
import { FINANCE_SUMMARY_COLUMNS, type FinanceSummaryColumn } from './finance-monthly-summary.entity';
import { loanShare, paymentShare, type SummaryLoan, type SummaryPayment } from './finance-summary.rules';

const apply = (tx: EntityManager, deltas: MonthlyDeltas<FinanceSummaryColumn>) =>
  addToMonthlySummary(tx, 'finance_monthly_summary', FINANCE_SUMMARY_COLUMNS, deltas);

/**
 * Brings finance_monthly_summary in step with a loan step, in its transaction: the loan's
 * share after the step less its share before, so any step, on any day (an import's
 * backdated one too), moves exactly the months whose figures it changed.
 */
export function summarizeLoanStep(tx: EntityManager, before: SummaryLoan, after: SummaryLoan): Promise<void> {
  const deltas = new MonthlyDeltas<FinanceSummaryColumn>();
  loanShare(after, deltas);
  loanShare(before, deltas, -1);
  return apply(tx, deltas);
}

/** A subsidy payment recorded, in its transaction. */
export function summarizePayment(tx: EntityManager, payment: SummaryPayment): Promise<void> {
  const deltas = new MonthlyDeltas<FinanceSummaryColumn>();
  paymentShare(payment, deltas);
  return apply(tx, deltas);
}
