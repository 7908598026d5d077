import type { Loan } from '../loan/loan.entity';
import { LoanStatus } from '../loan/loan.enums';
import { LoanTransition } from './import.enums';

/**
 * Whether the loan has already taken this step: it is in the step's state or went past it
 * through it (a REVIEWED loan was recommended; a REJECTED one after review was reviewed).
 * Each step leaves its mark on the loan (its date, its state), which is what is read.
 */
export function alreadyTaken(loan: Loan, transition: LoanTransition): boolean {
  switch (transition) {
    case LoanTransition.RECOMMEND:
      return loan.recommendedOn !== null;
    case LoanTransition.REVIEW:
      return loan.reviewedOn !== null;
    case LoanTransition.APPROVE:
      return loan.approvedOn !== null;
    case LoanTransition.REJECT:
      return loan.status === LoanStatus.REJECTED;
    case LoanTransition.DISBURSE:
      return loan.disbursedOn !== null;
    case LoanTransition.EXTEND:
      return loan.extendedDueOn !== null;
    case LoanTransition.REPAY:
      return loan.status === LoanStatus.REPAID;
    case LoanTransition.DEFAULT:
      return loan.status === LoanStatus.DEFAULTED || loan.status === LoanStatus.COMPENSATED;
    case LoanTransition.COMPENSATE:
      return loan.status === LoanStatus.COMPENSATED;
  }
}

/** The date the loan records for a step taken, where it records one. */
export function dateOfStep(loan: Loan, transition: LoanTransition): string | null {
  switch (transition) {
    case LoanTransition.RECOMMEND:
      return loan.recommendedOn;
    case LoanTransition.REVIEW:
      return loan.reviewedOn;
    case LoanTransition.APPROVE:
      return loan.approvedOn;
    case LoanTransition.REJECT:
      return loan.rejectedOn;
    case LoanTransition.DISBURSE:
      return loan.disbursedOn;
    case LoanTransition.REPAY:
    case LoanTransition.COMPENSATE:
      return loan.closedOn;
    case LoanTransition.EXTEND:
    case LoanTransition.DEFAULT:
      return null;
  }
}

/**
 * The loan's latest dated step. A reported date (`on`) may not precede it: taken one by
 * one, today, the steps are in order by construction, and a batch must keep them so.
 */
export function lastStepOn(loan: Loan): string {
  const dates = [loan.appliedOn, loan.recommendedOn, loan.reviewedOn, loan.approvedOn, loan.disbursedOn, loan.rejectedOn, loan.closedOn];
  return dates.reduce<string>((latest, date) => (date !== null && date > latest ? date : latest), loan.appliedOn);
}
