import type { DataSource } from 'typeorm';
import { toFen } from '../../../../shared/money';
import { GuaranteeFund } from '../guarantee/guarantee-fund.entity';
import { LoanInterestSubsidy } from '../loan/interest-subsidy.entity';
import { Loan } from '../loan/loan.entity';
import { areaPeriodLoader, type ReportingPeriod } from '../../../../shared/reporting-period';
import type { LoanStats } from './stats.types';

const emptyLoanStats = (): LoanStats => ({
  month: { count: 0, amount: 0n },
  yearToDate: { count: 0, amount: 0n },
  outstandingAmount: 0n,
  guaranteeCapacity: 0n,
  interestSubsidyDue: 0n,
  interestSubsidyLoans: 0,
});

interface DisbursedRow {
  countyCode: string;
  monthCount: unknown;
  monthAmount: unknown;
  ytdCount: unknown;
  ytdAmount: unknown;
}

/** Four GROUP BY statements per period, whatever the number of counties. */
async function loanStatsFor(db: DataSource, codes: string[], period: ReportingPeriod): Promise<Map<string, LoanStats>> {
  const disbursed = await db
    .getRepository(Loan)
    .createQueryBuilder('loan')
    .select('loan.countyCode', 'countyCode')
    .addSelect('SUM(CASE WHEN loan.disbursedOn >= :start THEN 1 ELSE 0 END)', 'monthCount')
    .addSelect('SUM(CASE WHEN loan.disbursedOn >= :start THEN loan.amount ELSE 0 END)', 'monthAmount')
    .addSelect('COUNT(*)', 'ytdCount')
    .addSelect('SUM(loan.amount)', 'ytdAmount')
    .where('loan.countyCode IN (:...codes)', { codes })
    .andWhere('loan.disbursedOn BETWEEN :yearStart AND :end', { yearStart: period.yearStart, end: period.end })
    .setParameter('start', period.start)
    .groupBy('loan.countyCode')
    .getRawMany<DisbursedRow>();
  // Outstanding at the month's end: lent by then, not yet repaid or compensated then.
  const outstanding = await db
    .getRepository(Loan)
    .createQueryBuilder('loan')
    .select('loan.countyCode', 'countyCode')
    .addSelect('SUM(loan.amount)', 'amount')
    .where('loan.countyCode IN (:...codes)', { codes })
    .andWhere('loan.disbursedOn <= :end', { end: period.end })
    .andWhere('(loan.closedOn IS NULL OR loan.closedOn > :end)')
    .groupBy('loan.countyCode')
    .getRawMany<{ countyCode: string; amount: unknown }>();
  const subsidy = await db
    .getRepository(LoanInterestSubsidy)
    .createQueryBuilder('s')
    .select('s.countyCode', 'countyCode')
    .addSelect('SUM(s.amount)', 'amount')
    // Distinct loans: a quarter has up to three monthly rows per loan.
    .addSelect('COUNT(DISTINCT s.loanId)', 'loans')
    .where('s.countyCode IN (:...codes)', { codes })
    // Accrued month by month: a quarter sums its three months (YYYY-MM compares as text).
    .andWhere('s.month BETWEEN :first AND :last', { first: period.start.slice(0, 7), last: period.end.slice(0, 7) })
    .groupBy('s.countyCode')
    .getRawMany<{ countyCode: string; amount: unknown; loans: unknown }>();
  const funds = await db.getRepository(GuaranteeFund).createQueryBuilder('f').where('f.countyCode IN (:...codes)', { codes }).getMany();

  const stats = new Map<string, LoanStats>(codes.map((code) => [code, emptyLoanStats()]));
  for (const row of disbursed) {
    const s = stats.get(row.countyCode);
    if (!s) continue;
    s.month = { count: Number(row.monthCount), amount: toFen(row.monthAmount) };
    s.yearToDate = { count: Number(row.ytdCount), amount: toFen(row.ytdAmount) };
  }
  for (const row of outstanding) {
    const s = stats.get(row.countyCode);
    if (s) s.outstandingAmount = toFen(row.amount);
  }
  for (const row of subsidy) {
    const s = stats.get(row.countyCode);
    if (!s) continue;
    s.interestSubsidyDue = toFen(row.amount);
    s.interestSubsidyLoans = Number(row.loans);
  }
  for (const fund of funds) {
    const s = stats.get(fund.countyCode);
    if (s) s.guaranteeCapacity = fund.capacity;
  }
  return stats;
}

const addTotals = (a: LoanStats['month'], b: LoanStats['month']) => ({ count: a.count + b.count, amount: a.amount + b.amount });

/** Two areas' loan figures together (the city is its counties' sum). */
export const addLoanStats = (a: LoanStats, b: LoanStats): LoanStats => ({
  month: addTotals(a.month, b.month),
  yearToDate: addTotals(a.yearToDate, b.yearToDate),
  outstandingAmount: a.outstandingAmount + b.outstandingAmount,
  guaranteeCapacity: a.guaranteeCapacity + b.guaranteeCapacity,
  interestSubsidyDue: a.interestSubsidyDue + b.interestSubsidyDue,
  interestSubsidyLoans: a.interestSubsidyLoans + b.interestSubsidyLoans,
});

export function createLoanStatsLoaders(db: DataSource) {
  return {
    loanStats: areaPeriodLoader({ fetch: (codes, period) => loanStatsFor(db, codes, period), empty: emptyLoanStats, add: addLoanStats }),
  };
}
