import type { DataSource } from 'typeorm';
import { toFen } from '../../../../shared/money';
import { areaPeriodLoader, type ReportingPeriod } from '../../../../shared/reporting-period';
import { TaxRelief } from '../relief/tax-relief.entity';
import type { TaxReliefStats } from './relief-stats.types';

interface StatsRow {
  countyCode: string;
  monthPersons: unknown;
  monthEnterprises: unknown;
  monthAmount: unknown;
  ytdPersons: unknown;
  ytdEnterprises: unknown;
  ytdAmount: unknown;
}

const empty = (): TaxReliefStats => ({
  month: { persons: 0, enterprises: 0, amount: 0n },
  yearToDate: { persons: 0, enterprises: 0, amount: 0n },
});

type Totals = TaxReliefStats['month'];
const addTotals = (a: Totals, b: Totals): Totals => ({
  persons: a.persons + b.persons,
  enterprises: a.enterprises + b.enterprises,
  amount: a.amount + b.amount,
});

/** Two areas' relief figures together: the city is its counties' sum (a person relieved in two counties counts in each). */
export const addReliefStats = (a: TaxReliefStats, b: TaxReliefStats): TaxReliefStats => ({
  month: addTotals(a.month, b.month),
  yearToDate: addTotals(a.yearToDate, b.yearToDate),
});

/** One GROUP BY per requested period for all counties asked: the period and year to date in one pass. */
async function statsFor(db: DataSource, counties: string[], p: ReportingPeriod): Promise<Map<string, TaxReliefStats>> {
  const inMonth = 'r.grantedOn >= :start';
  const rows = await db
    .getRepository(TaxRelief)
    .createQueryBuilder('r')
    .select('r.countyCode', 'countyCode')
    .addSelect(`COUNT(DISTINCT CASE WHEN ${inMonth} THEN r.personId END)`, 'monthPersons')
    .addSelect(`COUNT(DISTINCT CASE WHEN ${inMonth} THEN r.enterpriseCreditCode END)`, 'monthEnterprises')
    .addSelect(`SUM(CASE WHEN ${inMonth} THEN r.amount ELSE 0 END)`, 'monthAmount')
    .addSelect('COUNT(DISTINCT r.personId)', 'ytdPersons')
    .addSelect('COUNT(DISTINCT r.enterpriseCreditCode)', 'ytdEnterprises')
    .addSelect('SUM(r.amount)', 'ytdAmount')
    .where('r.countyCode IN (:...counties)', { counties })
    .andWhere('r.grantedOn >= :yearStart AND r.grantedOn <= :end', { yearStart: p.yearStart, end: p.end })
    .setParameter('start', p.start)
    .groupBy('r.countyCode')
    .getRawMany<StatsRow>();
  return new Map(
    rows.map((r) => [
      r.countyCode,
      {
        month: { persons: Number(r.monthPersons), enterprises: Number(r.monthEnterprises), amount: toFen(r.monthAmount) },
        yearToDate: { persons: Number(r.ytdPersons), enterprises: Number(r.ytdEnterprises), amount: toFen(r.ytdAmount) },
      },
    ]),
  );
}

export function createReliefStatsLoaders(db: DataSource) {
  return { reliefStats: areaPeriodLoader({ fetch: (counties, p) => statsFor(db, counties, p), empty, add: addReliefStats }) };
}
