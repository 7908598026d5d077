import type { DataSource } from 'typeorm';
import { toFen } from '../../../../shared/money';
import { byPeriodAndCounty, joinPeriods } from '../../../../shared/period-table';
import { areaPeriodLoader, type FiguresByPeriod, type ReportingPeriod } from '../../../../shared/reporting-period';
import { TaxRelief } from '../relief/tax-relief.entity';
import type { TaxReliefStats } from './relief-stats.types';
import { effectiveRelief, joinRevocation } from './relief-effective.sql';

interface StatsRow {
  countyCode: string;
  periodId: string;
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

/**
 * One GROUP BY (county, period) for all counties and periods asked (a month, or a year's
 * twelve): the period and the year to date in one pass, distinct persons and enterprises
 * counted within each period's own bounds.
 */
async function statsFor(db: DataSource, counties: string[], periods: ReportingPeriod[]): Promise<FiguresByPeriod<TaxReliefStats>> {
  // A revoked certificate's relief counts what stood before the revocation, from the periods it closed on.
  const effective = effectiveRelief(db, 'r', 'pd.toDay');
  const inMonth = `r.grantedOn >= pd.fromDay AND ${effective.counts}`;
  const query = joinRevocation(
    db.getRepository(TaxRelief).createQueryBuilder('r').select('r.countyCode', 'countyCode').addSelect('pd.periodId', 'periodId'),
    'r',
  );
  const rows = await joinPeriods(query, periods, 'pd', 'r.grantedOn >= pd.yearFrom AND r.grantedOn <= pd.toDay')
    .addSelect(`COUNT(DISTINCT CASE WHEN ${inMonth} THEN r.personId END)`, 'monthPersons')
    .addSelect(`COUNT(DISTINCT CASE WHEN ${inMonth} THEN r.enterpriseCreditCode END)`, 'monthEnterprises')
    .addSelect(`SUM(CASE WHEN r.grantedOn >= pd.fromDay THEN ${effective.amount} ELSE 0 END)`, 'monthAmount')
    .addSelect(`COUNT(DISTINCT CASE WHEN ${effective.counts} THEN r.personId END)`, 'ytdPersons')
    .addSelect(`COUNT(DISTINCT CASE WHEN ${effective.counts} THEN r.enterpriseCreditCode END)`, 'ytdEnterprises')
    .addSelect(`SUM(${effective.amount})`, 'ytdAmount')
    .where('r.countyCode IN (:...counties)', { counties })
    .groupBy('r.countyCode')
    .addGroupBy('pd.periodId')
    .getRawMany<StatsRow>();
  return byPeriodAndCounty(rows, (r) => ({
    month: { persons: Number(r.monthPersons), enterprises: Number(r.monthEnterprises), amount: toFen(r.monthAmount) },
    yearToDate: { persons: Number(r.ytdPersons), enterprises: Number(r.ytdEnterprises), amount: toFen(r.ytdAmount) },
  }));
}

export function createReliefStatsLoaders(db: DataSource) {
  return { reliefStats: areaPeriodLoader({ fetch: (counties, periods) => statsFor(db, counties, periods), empty, add: addReliefStats }) };
}
