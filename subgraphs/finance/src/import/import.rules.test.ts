import type { Loan } from '../loan/loan.entity';
import { LoanStatus } from '../loan/loan.enums';
import { LoanTransition } from './import.enums';
import { alreadyTaken, lastStepOn } from './import.rules';

function loan(fields: Partial<Loan>): Loan {
  return {
    status: LoanStatus.APPLIED,
    appliedOn: '2003-07-01',
    recommendedOn: null,
    reviewedOn: null,
    approvedOn: null,
    disbursedOn: null,
    rejectedOn: null,
    closedOn: null,
    extendedDueOn: null,
    ...fields,
  } as Loan;
}

describe('loan steps already taken (bulk import)', () => {
  it('counts a step as taken when the loan is in its state or went past it through it', () => {
    const reviewed = loan({ status: LoanStatus.REVIEWED, recommendedOn: '2003-07-02', reviewedOn: '2003-07-03' });
    expect(alreadyTaken(reviewed, LoanTransition.RECOMMEND)).toBe(true);
    expect(alreadyTaken(reviewed, LoanTransition.REVIEW)).toBe(true);
    expect(alreadyTaken(reviewed, LoanTransition.APPROVE)).toBe(false);
    expect(alreadyTaken(reviewed, LoanTransition.REJECT)).toBe(false);
  });

  it('does not count a step a refused loan never went through', () => {
    const refused = loan({ status: LoanStatus.REJECTED, rejectedOn: '2003-07-05' });
    expect(alreadyTaken(refused, LoanTransition.REJECT)).toBe(true);
    expect(alreadyTaken(refused, LoanTransition.RECOMMEND)).toBe(false);
  });

  it('tells a default apart from the compensation that follows it', () => {
    expect(alreadyTaken(loan({ status: LoanStatus.DEFAULTED }), LoanTransition.DEFAULT)).toBe(true);
    expect(alreadyTaken(loan({ status: LoanStatus.DEFAULTED }), LoanTransition.COMPENSATE)).toBe(false);
    expect(alreadyTaken(loan({ status: LoanStatus.COMPENSATED }), LoanTransition.DEFAULT)).toBe(true);
    expect(alreadyTaken(loan({ status: LoanStatus.REPAID }), LoanTransition.DEFAULT)).toBe(false);
  });

  it("dates the loan's last step by its latest recorded day", () => {
    expect(lastStepOn(loan({}))).toBe('2003-07-01');
    expect(lastStepOn(loan({ recommendedOn: '2003-07-09', reviewedOn: '2003-07-08' }))).toBe('2003-07-09');
  });
});
