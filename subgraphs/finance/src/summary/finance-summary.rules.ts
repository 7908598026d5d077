import type { MonthlyDeltas } from '../../../../shared/monthly-summary';
import type { Loan } from '../loan/loan.entity';
import { SubsidyKind } from '../subsidy/subsidy.enums';
import type { SubsidyPayment } from '../subsidy/subsidy-payment.entity';
import type { FinanceSummaryColumn } from './finance-monthly-summary.entity';

/** The amount column of each kind of subsidy. */
export const SUBSIDY_AMOUNT_COLUMN: Record<SubsidyKind, FinanceSummaryColumn> = {
  [SubsidyKind.SOCIAL_INSURANCE]: 'socialInsuranceAmount',
  [SubsidyKind.JOB]: 'jobAmount',
  [SubsidyKind.TRAINING]: 'trainingAmount',
  [SubsidyKind.REFERRAL]: 'referralAmount',
};

export type SummaryLoan = Pick<Loan, 'countyCode' | 'amount' | 'disbursedOn' | 'closedOn'>;

/**
 * What one loan adds to finance_monthly_summary, times `sign` (-1 takes its share away):
 * counted as disbursed in its disbursement month; outstanding from that month until the
 * month it was closed (repaid or compensated). A loan closed before it was disbursed is
 * never outstanding at any month's end, as the records' query (disbursed by the end, not
 * closed by then) has it; the services cannot record one, the rule only keeps the two equal.
 */
export function loanShare(loan: SummaryLoan, deltas: MonthlyDeltas<FinanceSummaryColumn>, sign = 1): void {
  if (loan.disbursedOn === null) return;
  const amount = sign * Number(loan.amount);
  deltas.add(loan.countyCode, loan.disbursedOn, 'loansDisbursed', sign);
  deltas.add(loan.countyCode, loan.disbursedOn, 'loansDisbursedAmount', amount);
  if (loan.closedOn !== null && loan.closedOn < loan.disbursedOn) return;
  deltas.add(loan.countyCode, loan.disbursedOn, 'outstandingChange', amount);
  if (loan.closedOn !== null) deltas.add(loan.countyCode, loan.closedOn, 'outstandingChange', -amount);
}

export type SummaryPayment = Pick<SubsidyPayment, 'countyCode' | 'kind' | 'amount' | 'paidOn'>;

/** A subsidy payment: counted, and its amount under its kind, in the month it was paid. */
export function paymentShare(payment: SummaryPayment, deltas: MonthlyDeltas<FinanceSummaryColumn>): void {
  deltas.add(payment.countyCode, payment.paidOn, 'subsidyPayments');
  deltas.add(payment.countyCode, payment.paidOn, SUBSIDY_AMOUNT_COLUMN[payment.kind], Number(payment.amount));
}
