import { MonthlyDeltas } from '../../../../shared/monthly-summary';
import { SubsidyKind } from '../subsidy/subsidy.enums';
import { FINANCE_SUMMARY_COLUMNS, type FinanceSummaryColumn } from './finance-monthly-summary.entity';
import { loanShare, paymentShare, type SummaryLoan } from './finance-summary.rules';

const COUNTY = '320803';
const loan = (fields: Partial<SummaryLoan>): SummaryLoan => ({
  countyCode: COUNTY,
  amount: 2_000_000n,
  disbursedOn: null,
  closedOn: null,
  ...fields,
});

/** The deltas as `{ 'YYYY-MM': { column: value } }`, zero columns left out. */
function table(deltas: MonthlyDeltas<FinanceSummaryColumn>): Record<string, Partial<Record<FinanceSummaryColumn, number>>> {
  return Object.fromEntries(
    deltas
      .entries(FINANCE_SUMMARY_COLUMNS)
      .map(({ key, values }) => [
        `${key.year}-${String(key.month).padStart(2, '0')}`,
        Object.fromEntries(FINANCE_SUMMARY_COLUMNS.flatMap((c, i) => (values[i] ? [[c, values[i]]] : []))),
      ]),
  );
}

describe('finance summary rules', () => {
  it('counts nothing for a loan not yet disbursed', () => {
    const deltas = new MonthlyDeltas<FinanceSummaryColumn>();
    loanShare(loan({}), deltas);
    expect(table(deltas)).toEqual({});
  });

  it('counts a disbursement in its month and the principal outstanding until the month it is closed', () => {
    const deltas = new MonthlyDeltas<FinanceSummaryColumn>();
    loanShare(loan({ disbursedOn: '2003-03-14', closedOn: '2003-07-01' }), deltas);
    expect(table(deltas)).toEqual({
      '2003-03': { loansDisbursed: 1, loansDisbursedAmount: 2_000_000, outstandingChange: 2_000_000 },
      '2003-07': { outstandingChange: -2_000_000 },
    });
  });

  it('leaves nothing outstanding at the end of the month a loan is disbursed and closed in', () => {
    const deltas = new MonthlyDeltas<FinanceSummaryColumn>();
    loanShare(loan({ disbursedOn: '2003-08-01', closedOn: '2003-08-15' }), deltas);
    expect(table(deltas)).toEqual({ '2003-08': { loansDisbursed: 1, loansDisbursedAmount: 2_000_000 } });
  });

  it('moves a step as the share after it less the share before it', () => {
    const before = loan({ disbursedOn: '2003-05-02' });
    const after = loan({ disbursedOn: '2003-05-02', closedOn: '2004-01-10' });
    const deltas = new MonthlyDeltas<FinanceSummaryColumn>();
    loanShare(after, deltas);
    loanShare(before, deltas, -1);
    expect(table(deltas)).toEqual({ '2004-01': { outstandingChange: -2_000_000 } });
  });

  it('never counts a loan closed before its disbursement as outstanding (as the records do not)', () => {
    const deltas = new MonthlyDeltas<FinanceSummaryColumn>();
    loanShare(loan({ disbursedOn: '2003-05-02', closedOn: '2003-04-30' }), deltas);
    expect(table(deltas)).toEqual({ '2003-05': { loansDisbursed: 1, loansDisbursedAmount: 2_000_000 } });
  });

  it('counts a payment in the month paid, its amount under its kind', () => {
    const deltas = new MonthlyDeltas<FinanceSummaryColumn>();
    paymentShare({ countyCode: COUNTY, kind: SubsidyKind.REFERRAL, amount: 120_000n, paidOn: '2003-07-20' }, deltas);
    paymentShare({ countyCode: COUNTY, kind: SubsidyKind.JOB, amount: 15_000n, paidOn: '2003-07-31' }, deltas);
    expect(table(deltas)).toEqual({ '2003-07': { subsidyPayments: 2, jobAmount: 15_000, referralAmount: 120_000 } });
  });
});
