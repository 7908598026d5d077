import type { DataSource } from 'typeorm';
import { toFen } from '../../../../shared/money';
import { SubsidyKind } from '../subsidy/subsidy.enums';
import { SubsidyPayment } from '../subsidy/subsidy-payment.entity';
import { joinPeriods } from '../../../../shared/period-table';
import { type FiguresByPeriod, type ReportingPeriod } from '../../../../shared/reporting-period';
import type { SubsidyPeriodTotals, SubsidyStats } from './stats.types';

const emptyTotals = (): SubsidyPeriodTotals => ({ count: 0, amount: 0n, socialInsurance: 0n, job: 0n, training: 0n, referral: 0n });
export const emptySubsidyStats = (): SubsidyStats => ({ month: emptyTotals(), yearToDate: emptyTotals() });

const FIELD_OF: Record<SubsidyKind, 'socialInsurance' | 'job' | 'training' | 'referral'> = {
  [SubsidyKind.SOCIAL_INSURANCE]: 'socialInsurance',
  [SubsidyKind.JOB]: 'job',
  [SubsidyKind.TRAINING]: 'training',
  [SubsidyKind.REFERRAL]: 'referral',
};

function add(totals: SubsidyPeriodTotals, kind: SubsidyKind, count: number, amount: bigint): void {
  totals.count += count;
  totals.amount += amount;
  totals[FIELD_OF[kind]] += amount;
}

/**
 * subsidyStats from the payments alone: one GROUP BY (county, period, kind) for all periods
 * asked, the month and the year to date in the same pass. The report reads
 * finance_monthly_summary instead; this is the rule it is checked against.
 */
export async function subsidyStatsFor(db: DataSource, codes: string[], periods: ReportingPeriod[]): Promise<FiguresByPeriod<SubsidyStats>> {
  const paid = db
    .getRepository(SubsidyPayment)
    .createQueryBuilder('p')
    .select('p.countyCode', 'countyCode')
    .addSelect('pd.periodId', 'periodId');
  const rows = await joinPeriods(paid, periods, 'pd', 'p.paidOn BETWEEN pd.yearFrom AND pd.toDay')
    .addSelect('p.kind', 'kind')
    .addSelect('SUM(CASE WHEN p.paidOn >= pd.fromDay THEN 1 ELSE 0 END)', 'monthCount')
    .addSelect('SUM(CASE WHEN p.paidOn >= pd.fromDay THEN p.amount ELSE 0 END)', 'monthAmount')
    .addSelect('COUNT(*)', 'ytdCount')
    .addSelect('SUM(p.amount)', 'ytdAmount')
    .where('p.countyCode IN (:...codes)', { codes })
    .groupBy('p.countyCode')
    .addGroupBy('pd.periodId')
    .addGroupBy('p.kind')
    .getRawMany<{
      countyCode: string;
      periodId: string;
      kind: SubsidyKind;
      monthCount: unknown;
      monthAmount: unknown;
      ytdCount: unknown;
      ytdAmount: unknown;
    }>();
  const stats: FiguresByPeriod<SubsidyStats> = new Map(
    periods.map((p) => [p.id, new Map(codes.map((code) => [code, emptySubsidyStats()]))]),
  );
  for (const row of rows) {
    const s = stats.get(String(row.periodId))?.get(row.countyCode);
    if (!s || !(row.kind in FIELD_OF)) continue;
    add(s.month, row.kind, Number(row.monthCount), toFen(row.monthAmount));
    add(s.yearToDate, row.kind, Number(row.ytdCount), toFen(row.ytdAmount));
  }
  return stats;
}

const addTotals = (a: SubsidyPeriodTotals, b: SubsidyPeriodTotals): SubsidyPeriodTotals => ({
  count: a.count + b.count,
  amount: a.amount + b.amount,
  socialInsurance: a.socialInsurance + b.socialInsurance,
  job: a.job + b.job,
  training: a.training + b.training,
  referral: a.referral + b.referral,
});

/** Two areas' subsidy figures together (the city is its counties' sum). */
export const addSubsidyStats = (a: SubsidyStats, b: SubsidyStats): SubsidyStats => ({
  month: addTotals(a.month, b.month),
  yearToDate: addTotals(a.yearToDate, b.yearToDate),
});
