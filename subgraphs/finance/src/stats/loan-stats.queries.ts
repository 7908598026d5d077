import type { DataSource } from 'typeorm';
import { CertificateReplica } from '../../../../shared/certificate-replica/replica.entity';
import { toFen } from '../../../../shared/money';
import { GuaranteeContribution } from '../guarantee/guarantee-contribution.entity';
import { GuaranteeFund } from '../guarantee/guarantee-fund.entity';
import { LoanInterestSubsidy } from '../loan/interest-subsidy.entity';
import { Loan } from '../loan/loan.entity';
import { LoanStatus } from '../loan/loan.enums';
import { GUARANTEE_LEVERAGE } from '../loan/loan.rules';
import { byPeriodAndCounty, joinPeriods } from '../../../../shared/period-table';
import { type FiguresByPeriod, type ReportingPeriod } from '../../../../shared/reporting-period';
import type { LoanStats } from './stats.types';

export const emptyLoanStats = (): LoanStats => ({
  month: { count: 0, amount: 0n },
  yearToDate: { count: 0, amount: 0n },
  outstandingAmount: 0n,
  guaranteeCapacity: 0n,
  interestSubsidyDue: 0n,
  interestSubsidyLoans: 0,
});

type PeriodRow = { countyCode: string; periodId: string };
type DisbursedRow = PeriodRow & { monthCount: unknown; monthAmount: unknown; ytdCount: unknown; ytdAmount: unknown };
type AmountRow = PeriodRow & { amount: unknown };
type SubsidyRow = AmountRow & { loans: unknown };
type GuaranteeRow = PeriodRow & { compensated: unknown; guaranteed: unknown };

/**
 * 担保能力 as at each period's end, as `GuaranteeFund.capacity` defines it now: five times
 * the balance (contributions paid in by then, less compensation paid by then) less the
 * principal guaranteed then (approved by then, and not yet refused, repaid or compensated
 * then). Two statements for all counties and periods: contributions, and the loans.
 */
async function capacityAtEnd(db: DataSource, codes: string[], periods: ReportingPeriod[]): Promise<FiguresByPeriod<bigint>> {
  const paidIn = db
    .getRepository(GuaranteeContribution)
    .createQueryBuilder('c')
    .innerJoin(GuaranteeFund, 'f', 'f.id = c.fundId')
    .select('f.countyCode', 'countyCode')
    .addSelect('pd.periodId', 'periodId');
  const contributions = await joinPeriods(paidIn, periods, 'pd', 'c.contributedOn <= pd.toDay')
    .addSelect('SUM(c.amount)', 'amount')
    .where('f.countyCode IN (:...codes)', { codes })
    .groupBy('f.countyCode')
    .addGroupBy('pd.periodId')
    .getRawMany<AmountRow>();
  const open = '(loan.rejectedOn IS NULL OR loan.rejectedOn > pd.toDay) AND (loan.closedOn IS NULL OR loan.closedOn > pd.toDay)';
  const loans = db
    .getRepository(Loan)
    .createQueryBuilder('loan')
    .select('loan.countyCode', 'countyCode')
    .addSelect('pd.periodId', 'periodId');
  const guarantees = await joinPeriods(loans, periods, 'pd', 'loan.approvedOn <= pd.toDay')
    .addSelect('SUM(CASE WHEN loan.status = :compensated AND loan.closedOn <= pd.toDay THEN loan.amount ELSE 0 END)', 'compensated')
    .addSelect(`SUM(CASE WHEN ${open} THEN loan.amount ELSE 0 END)`, 'guaranteed')
    .where('loan.countyCode IN (:...codes)', { codes })
    .andWhere('loan.guaranteeFundId IS NOT NULL')
    .setParameter('compensated', LoanStatus.COMPENSATED)
    .groupBy('loan.countyCode')
    .addGroupBy('pd.periodId')
    .getRawMany<GuaranteeRow>();
  const capital = byPeriodAndCounty(contributions, (row) => toFen(row.amount));
  const committed = byPeriodAndCounty(guarantees, (row) => ({ compensated: toFen(row.compensated), guaranteed: toFen(row.guaranteed) }));
  return new Map(
    periods.map((p) => [
      p.id,
      new Map(
        codes.map((code) => {
          const paid = capital.get(p.id)?.get(code) ?? 0n;
          const { compensated, guaranteed } = committed.get(p.id)?.get(code) ?? { compensated: 0n, guaranteed: 0n };
          return [code, GUARANTEE_LEVERAGE * (paid - compensated) - guaranteed];
        }),
      ),
    ]),
  );
}

/** Loans disbursed in each period and its year to date, and principal owed at its end: two grouped statements. */
async function disbursedFromRecords(db: DataSource, codes: string[], periods: ReportingPeriod[]) {
  const lent = db
    .getRepository(Loan)
    .createQueryBuilder('loan')
    .select('loan.countyCode', 'countyCode')
    .addSelect('pd.periodId', 'periodId');
  const disbursed = await joinPeriods(lent, periods, 'pd', 'loan.disbursedOn BETWEEN pd.yearFrom AND pd.toDay')
    .addSelect('SUM(CASE WHEN loan.disbursedOn >= pd.fromDay THEN 1 ELSE 0 END)', 'monthCount')
    .addSelect('SUM(CASE WHEN loan.disbursedOn >= pd.fromDay THEN loan.amount ELSE 0 END)', 'monthAmount')
    .addSelect('COUNT(*)', 'ytdCount')
    .addSelect('SUM(loan.amount)', 'ytdAmount')
    .where('loan.countyCode IN (:...codes)', { codes })
    .groupBy('loan.countyCode')
    .addGroupBy('pd.periodId')
    .getRawMany<DisbursedRow>();
  // Outstanding at the period's end: lent by then, not yet repaid or compensated then.
  const owed = db
    .getRepository(Loan)
    .createQueryBuilder('loan')
    .select('loan.countyCode', 'countyCode')
    .addSelect('pd.periodId', 'periodId');
  const outstanding = await joinPeriods(
    owed,
    periods,
    'pd',
    'loan.disbursedOn <= pd.toDay AND (loan.closedOn IS NULL OR loan.closedOn > pd.toDay)',
  )
    .addSelect('SUM(loan.amount)', 'amount')
    .where('loan.countyCode IN (:...codes)', { codes })
    .groupBy('loan.countyCode')
    .addGroupBy('pd.periodId')
    .getRawMany<AmountRow>();
  return { disbursed, outstanding };
}

/**
 * The figures that stay on the records (finance_monthly_summary keeps no month of them):
 * the interest subsidy due, which a revocation ends after its month whenever the
 * revocation reaches the replica, and the guarantee capacity at each period's end. Three
 * grouped statements for all counties and periods asked.
 */
async function readTimeFigures(db: DataSource, codes: string[], periods: ReportingPeriod[]): Promise<FiguresByPeriod<LoanStats>> {
  // A revocation ends the subsidy from its date (issue 11). It is read here, from the
  // replica, rather than cut out of the schedule when the feed applies it: the replica
  // stays the one record of the certificate's state, a feed page applied twice changes
  // nothing, and a repayment that rewrites the schedule afterwards cannot bring the cut
  // months back. The month of the revocation is still due (it began on a valid
  // certificate); later months are not. The date is the change's `changedAt` (UTC).
  const accrued = db
    .getRepository(LoanInterestSubsidy)
    .createQueryBuilder('s')
    .innerJoin(Loan, 'l', 'l.id = s.loanId')
    .leftJoin(CertificateReplica, 'r', 'r.number = l.certificateNumber AND r.status = :revoked', { revoked: 'REVOKED' })
    .select('s.countyCode', 'countyCode')
    .addSelect('pd.periodId', 'periodId');
  // Accrued month by month: a quarter sums its three months (YYYY-MM compares as text).
  const subsidy = await joinPeriods(accrued, periods, 'pd', 's.month BETWEEN pd.firstMonth AND pd.lastMonth')
    .addSelect('SUM(s.amount)', 'amount')
    // Distinct loans: a quarter has up to three monthly rows per loan.
    .addSelect('COUNT(DISTINCT s.loanId)', 'loans')
    .where('s.countyCode IN (:...codes)', { codes })
    .andWhere('(r.number IS NULL OR s.month <= SUBSTR(r.changedAt, 1, 7))')
    .groupBy('s.countyCode')
    .addGroupBy('pd.periodId')
    .getRawMany<SubsidyRow>();
  const capacity = await capacityAtEnd(db, codes, periods);

  const stats: FiguresByPeriod<LoanStats> = new Map(
    periods.map((p) => [
      p.id,
      new Map(codes.map((code) => [code, { ...emptyLoanStats(), guaranteeCapacity: capacity.get(p.id)?.get(code) ?? 0n }])),
    ]),
  );
  for (const row of subsidy) {
    const s = stats.get(String(row.periodId))?.get(String(row.countyCode));
    if (!s) continue;
    s.interestSubsidyDue = toFen(row.amount);
    s.interestSubsidyLoans = Number(row.loans);
  }
  return stats;
}

/**
 * loanStats from the records alone: five grouped statements for all counties and periods
 * asked. The report reads the summary instead (loanStatsFromSummary); this is the rule
 * the summary is checked against (test/finance-summary.test.ts).
 */
export async function loanStatsFor(db: DataSource, codes: string[], periods: ReportingPeriod[]): Promise<FiguresByPeriod<LoanStats>> {
  const { disbursed, outstanding } = await disbursedFromRecords(db, codes, periods);
  const stats = await readTimeFigures(db, codes, periods);
  const statsOf = (row: PeriodRow) => stats.get(String(row.periodId))?.get(String(row.countyCode));
  for (const row of disbursed) {
    const s = statsOf(row);
    if (!s) continue;
    s.month = { count: Number(row.monthCount), amount: toFen(row.monthAmount) };
    s.yearToDate = { count: Number(row.ytdCount), amount: toFen(row.ytdAmount) };
  }
  for (const row of outstanding) {
    const s = statsOf(row);
    if (s) s.outstandingAmount = toFen(row.amount);
  }
  return stats;
}

/**
 * loanStats for the report: loans disbursed and outstanding from finance_monthly_summary
 * (`summary`: a year's rows per county), the interest subsidy and guarantee capacity from
 * the records (readTimeFigures).
 */
export async function loanStatsFromSummary(
  db: DataSource,
  codes: string[],
  periods: ReportingPeriod[],
  summary: FiguresByPeriod<Pick<LoanStats, 'month' | 'yearToDate' | 'outstandingAmount'>>,
): Promise<FiguresByPeriod<LoanStats>> {
  const stats = await readTimeFigures(db, codes, periods);
  for (const [periodId, counties] of stats) {
    for (const [code, s] of counties) Object.assign(s, summary.get(periodId)?.get(code) ?? {});
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
