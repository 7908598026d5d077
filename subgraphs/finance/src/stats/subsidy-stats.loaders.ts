import type { DataSource } from 'typeorm';
import type { MonthPeriod } from '../../../../shared/calendar';
import { toFen } from '../../../../shared/money';
import { SubsidyKind } from '../subsidy/subsidy.enums';
import { SubsidyPayment } from '../subsidy/subsidy-payment.entity';
import { periodLoader } from './period-loader';
import type { SubsidyPeriodTotals, SubsidyStats } from './stats.types';

const emptyTotals = (): SubsidyPeriodTotals => ({ count: 0, amount: 0n, socialInsurance: 0n, job: 0n, training: 0n, referral: 0n });
const emptySubsidyStats = (): SubsidyStats => ({ month: emptyTotals(), yearToDate: emptyTotals() });

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

/** One GROUP BY (county, kind) per period; the month and the year to date in the same pass. */
async function subsidyStatsFor(db: DataSource, period: MonthPeriod, codes: string[]): Promise<Map<string, SubsidyStats>> {
  const rows = await db
    .getRepository(SubsidyPayment)
    .createQueryBuilder('p')
    .select('p.countyCode', 'countyCode')
    .addSelect('p.kind', 'kind')
    .addSelect('SUM(CASE WHEN p.paidOn >= :monthStart THEN 1 ELSE 0 END)', 'monthCount')
    .addSelect('SUM(CASE WHEN p.paidOn >= :monthStart THEN p.amount ELSE 0 END)', 'monthAmount')
    .addSelect('COUNT(*)', 'ytdCount')
    .addSelect('SUM(p.amount)', 'ytdAmount')
    .where('p.countyCode IN (:...codes)', { codes })
    .andWhere('p.paidOn BETWEEN :yearStart AND :monthEnd', { yearStart: period.yearStart, monthEnd: period.monthEnd })
    .setParameter('monthStart', period.monthStart)
    .groupBy('p.countyCode')
    .addGroupBy('p.kind')
    .getRawMany<{ countyCode: string; kind: SubsidyKind; monthCount: unknown; monthAmount: unknown; ytdCount: unknown; ytdAmount: unknown }>();
  const stats = new Map<string, SubsidyStats>(codes.map((code) => [code, emptySubsidyStats()]));
  for (const row of rows) {
    const s = stats.get(row.countyCode);
    if (!s || !(row.kind in FIELD_OF)) continue;
    add(s.month, row.kind, Number(row.monthCount), toFen(row.monthAmount));
    add(s.yearToDate, row.kind, Number(row.ytdCount), toFen(row.ytdAmount));
  }
  return stats;
}

export function createSubsidyStatsLoaders(db: DataSource) {
  return { subsidyStats: periodLoader((period, codes) => subsidyStatsFor(db, period, codes), emptySubsidyStats) };
}
