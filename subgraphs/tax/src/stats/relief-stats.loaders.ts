import type { DataSource } from 'typeorm';
import { toFen } from '../../../../shared/money';
import { byPeriodAndCounty, joinPeriods } from '../../../../shared/period-table';
import { areaPeriodLoader, type FiguresByPeriod, type ReportingPeriod } from '../../../../shared/reporting-period';
import { TaxRelief } from '../relief/tax-relief.entity';
import type { TaxReliefStats } from './relief-stats.types';
import { createTaxSummaryFetch } from '../summary/tax-summary.queries';

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
 * The records path: one GROUP BY (county, period) over the reliefs for all counties and
 * periods asked, distinct persons and enterprises counted within each period's own
 * bounds. The report reads tax_monthly_summary instead (issue 14); this stays as the
 * independent recount test/summary-tables.test.ts holds the summary against.
 */
export async function statsFor(db: DataSource, counties: string[], periods: ReportingPeriod[]): Promise<FiguresByPeriod<TaxReliefStats>> {
  const inMonth = 'r.grantedOn >= pd.fromDay';
  const query = db
    .getRepository(TaxRelief)
    .createQueryBuilder('r')
    .select('r.countyCode', 'countyCode')
    .addSelect('pd.periodId', 'periodId');
  const rows = await joinPeriods(query, periods, 'pd', 'r.grantedOn >= pd.yearFrom AND r.grantedOn <= pd.toDay')
    .addSelect(`COUNT(DISTINCT CASE WHEN ${inMonth} THEN r.personId END)`, 'monthPersons')
    .addSelect(`COUNT(DISTINCT CASE WHEN ${inMonth} THEN r.enterpriseCreditCode END)`, 'monthEnterprises')
    .addSelect(`SUM(CASE WHEN ${inMonth} THEN r.amount ELSE 0 END)`, 'monthAmount')
    .addSelect('COUNT(DISTINCT r.personId)', 'ytdPersons')
    .addSelect('COUNT(DISTINCT r.enterpriseCreditCode)', 'ytdEnterprises')
    .addSelect('SUM(r.amount)', 'ytdAmount')
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
  return { reliefStats: areaPeriodLoader({ fetch: createTaxSummaryFetch(db), empty, add: addReliefStats }) };
}
