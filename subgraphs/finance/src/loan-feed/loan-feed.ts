import type { EntityManager } from 'typeorm';
import { FeedEvent } from '../../../../shared/feeds/event';
import { appendEvent, namedHead, openSequence } from '../../../../shared/feeds/outbox';
import { insertChunked } from '../../../../shared/seeding';
import { Loan } from '../loan/loan.entity';
import type { LoanStatus } from '../loan/loan.enums';
import { LoanChange } from './loan-change.entity';

export const LOAN_FEED = 'finance.loanChanges';

/** The loan's columns the feed carries (all but its timestamps). */
const STATE = [
  'id',
  'applicantId',
  'certificateNumber',
  'countyCode',
  'amount',
  'termMonths',
  'purpose',
  'lowProfitProject',
  'status',
  'interestRateBp',
  'guaranteeFundId',
  'appliedOn',
  'recommendedOn',
  'reviewedOn',
  'approvedOn',
  'disbursedOn',
  'dueOn',
  'extensionMonths',
  'extensionRateBp',
  'extendedDueOn',
  'rejectedOn',
  'rejectionReason',
  'closedOn',
] as const satisfies readonly (keyof Loan)[];

type LoanState = Pick<Loan, (typeof STATE)[number]>;

const stateOf = ({ id, ...rest }: LoanState) => ({ loanId: id, ...rest });

/**
 * Appends the loan's state after a step to the loan feed, in the step's transaction:
 * CREATED for the application, CHANGED for every step after it; `transition` names the
 * status the step entered.
 */
export async function appendLoanChange(tx: EntityManager, loan: LoanState, event: FeedEvent, transition: LoanStatus): Promise<void> {
  await appendEvent(tx, LOAN_FEED, LoanChange, { ...stateOf(loan), transition, event, changedAt: new Date() });
}

/**
 * Puts every loan the feed has never carried on it, as CREATED in id order with its
 * current state and no transition (the loans of before the feed, the demo world's): a
 * consumer from zero sees every loan. Reads only the columns the feed carries.
 */
export async function backfillLoanChanges(tx: EntityManager): Promise<number> {
  const feed = await openSequence(tx, namedHead(LOAN_FEED));
  const missing: LoanState[] = await tx
    .createQueryBuilder(Loan, 'l')
    .select(STATE.map((column) => `l.${column}`))
    .where('NOT EXISTS (SELECT 1 FROM loan_change c WHERE c.loanId = l.id)')
    .orderBy('l.id', 'ASC')
    .getMany();
  const changedAt = new Date();
  const rows = missing.map((l) => ({ ...stateOf(l), transition: null, sequence: feed.next(), event: FeedEvent.CREATED, changedAt }));
  await insertChunked(tx, LoanChange, rows);
  await feed.close();
  return rows.length;
}
