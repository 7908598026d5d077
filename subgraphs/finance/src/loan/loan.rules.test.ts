import { LoanStatus } from './loan.enums';
import { answerDueOn, interestFen, isOverdue, monthlyInterest, pbocBaseRateBp } from './loan.rules';

describe('loan rules', () => {
  it('takes the PBOC base rate of the term band (through 2003), on both sides of each band edge', () => {
    expect(pbocBaseRateBp(1)).toBe(504);
    expect(pbocBaseRateBp(6)).toBe(504);
    expect(pbocBaseRateBp(7)).toBe(531);
    expect(pbocBaseRateBp(12)).toBe(531);
    expect(pbocBaseRateBp(13)).toBe(549);
    expect(pbocBaseRateBp(24)).toBe(549);
    // An extension can take a 24-month loan to 36 months: still the 1–3 year band.
    expect(pbocBaseRateBp(36)).toBe(549);
  });

  it('computes interest in fen, actual/365, rounding half up', () => {
    // ¥20,000 at 5.31 % for a year: ¥1,062.00 exactly.
    expect(interestFen(2_000_000n, 531, 365)).toBe(106_200n);
    // 3650 fen × 5.00 % × 1 day = 0.5 fen → 1; 3649 fen → 0.4998 fen → 0.
    expect(interestFen(3650n, 500, 1)).toBe(1n);
    expect(interestFen(3649n, 500, 1)).toBe(0n);
    expect(interestFen(2_000_000n, 531, 0)).toBe(0n);
  });

  it('stays exact far beyond floating point', () => {
    const principal = 10n ** 20n;
    expect(interestFen(principal, 549, 365)).toBe(549n * 10n ** 16n);
  });

  it('splits interest by calendar month, from disbursement up to (not including) the end day', () => {
    const rows = monthlyInterest(2_000_000n, 549, '2003-08-15', '2003-10-15');
    expect(rows.map((r) => [r.month, r.days])).toEqual([
      ['2003-08', 17],
      ['2003-09', 30],
      ['2003-10', 14],
    ]);
    // 2,000,000 × 549 × days / 3,650,000: 5113.97 → 5114, 9024.66 → 9025, 4211.51 → 4212.
    expect(rows.map((r) => r.amount)).toEqual([5114n, 9025n, 4212n]);
    expect(monthlyInterest(2_000_000n, 549, '2003-08-15', '2003-08-15')).toEqual([]);
  });

  it('flags an application unanswered for more than three weeks, and only a pending one', () => {
    expect(answerDueOn('2003-07-25')).toBe('2003-08-15');
    expect(isOverdue(LoanStatus.APPLIED, '2003-07-25', '2003-08-15')).toBe(false);
    expect(isOverdue(LoanStatus.APPLIED, '2003-07-25', '2003-08-16')).toBe(true);
    expect(isOverdue(LoanStatus.APPROVED, '2003-07-01', '2003-08-16')).toBe(true);
    expect(isOverdue(LoanStatus.DISBURSED, '2003-07-01', '2003-08-16')).toBe(false);
    expect(isOverdue(LoanStatus.REJECTED, '2003-07-01', '2003-08-16')).toBe(false);
  });
});
