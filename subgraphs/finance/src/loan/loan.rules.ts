import { addDays, daysBetween, monthOf, nextMonthStart } from '../../../../shared/calendar';
import { LoanStatus } from './loan.enums';
import type { Loan } from './loan.entity';

/** Borrowers are at most 60 years old at application. */
export const MAX_BORROWER_AGE = 60;
/** One extension (展期) of at most a year. */
export const MAX_EXTENSION_MONTHS = 12;
/** Guarantors may guarantee at most five times their fund (担保基金放大5倍). */
export const GUARANTEE_LEVERAGE = 5n;
/** Applications are answered within three weeks (三周内给予答复). */
export const ANSWER_WITHIN_DAYS = 21;

/**
 * PBOC base lending rates in force from 2002-02-21 through 2003, in basis points, by the
 * loan's term: small guaranteed loans take the base rate of their band, no upward float.
 */
export function pbocBaseRateBp(termMonths: number): number {
  if (termMonths <= 6) return 504;
  if (termMonths <= 12) return 531;
  if (termMonths <= 36) return 549;
  if (termMonths <= 60) return 558;
  return 576;
}

/** Waiting for an answer: applied and not yet disbursed or rejected. */
export const PENDING_STATUSES: readonly LoanStatus[] = [
  LoanStatus.APPLIED,
  LoanStatus.RECOMMENDED,
  LoanStatus.REVIEWED,
  LoanStatus.APPROVED,
];

/** Loans that count against the person's ¥20,000: everything not finished or refused. */
export const OPEN_STATUSES: readonly LoanStatus[] = [...PENDING_STATUSES, LoanStatus.DISBURSED, LoanStatus.EXTENDED, LoanStatus.DEFAULTED];

/** Principal the guarantor stands behind: committed at approval, released at repayment or compensation. */
export const GUARANTEED_STATUSES: readonly LoanStatus[] = [
  LoanStatus.APPROVED,
  LoanStatus.DISBURSED,
  LoanStatus.EXTENDED,
  LoanStatus.DEFAULTED,
];

/** The last day an application may stay unanswered. */
export function answerDueOn(appliedOn: string): string {
  return addDays(appliedOn, ANSWER_WITHIN_DAYS);
}

/** Unanswered after three weeks: still pending on a day after `answerDueOn`. */
export function isOverdue(status: LoanStatus, appliedOn: string, today: string): boolean {
  return PENDING_STATUSES.includes(status) && today > answerDueOn(appliedOn);
}

/**
 * Simple interest in integer fen: principal × rate (bp) × days / 365 / 10000, actual/365,
 * rounded half-up to the fen, in bigint so nothing is lost at any scale.
 */
export function interestFen(principal: bigint, rateBp: number, days: number): bigint {
  if (principal < 0n || days < 0) throw new RangeError('interest needs a non-negative principal and day count');
  const numerator = principal * BigInt(rateBp) * BigInt(days);
  const denominator = 365n * 10_000n;
  return (2n * numerator + denominator) / (2n * denominator);
}

export interface MonthlyInterest {
  /** `YYYY-MM`. */
  month: string;
  days: number;
  amount: bigint;
}

/**
 * The interest of [from, until) split by calendar month: interest accrues from the
 * disbursement day up to, not including, the repayment or due day. Each month is rounded
 * on its own (half-up), so a month's total is the exact sum of its loans' rows.
 */
export function monthlyInterest(principal: bigint, rateBp: number, from: string, until: string): MonthlyInterest[] {
  const rows: MonthlyInterest[] = [];
  let start = from;
  while (start < until) {
    const next = nextMonthStart(start);
    const end = next < until ? next : until;
    const days = daysBetween(start, end);
    rows.push({ month: monthOf(start), days, amount: interestFen(principal, rateBp, days) });
    start = end;
  }
  return rows;
}

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
