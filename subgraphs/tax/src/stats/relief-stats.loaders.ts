import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { toFen } from '../../../../shared/money';
import { monthBounds } from '../relief/relief-window';
import { TaxRelief } from '../relief/tax-relief.entity';
import type { TaxReliefStats } from './relief-stats.types';

export interface CountyMonth {
  countyCode: string;
  year: number;
  month: number;
}

interface StatsRow {
  countyCode: string;
  monthPersons: unknown;
  monthEnterprises: unknown;
  monthAmount: unknown;
  ytdPersons: unknown;
  ytdEnterprises: unknown;
  ytdAmount: unknown;
}

const EMPTY: TaxReliefStats = {
  month: { persons: 0, enterprises: 0, amount: 0n },
  yearToDate: { persons: 0, enterprises: 0, amount: 0n },
};

/** One GROUP BY per requested month for all counties asked: the month and year to date in one pass. */
async function statsForMonth(db: DataSource, year: number, month: number, counties: string[]): Promise<Map<string, TaxReliefStats>> {
  const { first, last } = monthBounds(year, month);
  const inMonth = 'r.grantedOn >= :monthStart';
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
    .andWhere('r.grantedOn >= :yearStart AND r.grantedOn <= :monthEnd', { yearStart: `${year}-01-01`, monthEnd: last })
    .setParameter('monthStart', first)
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
  return {
    reliefStats: new DataLoader<CountyMonth, TaxReliefStats, string>(
      async (keys) => {
        const byMonth = new Map<string, Promise<Map<string, TaxReliefStats>>>();
        for (const { year, month } of keys) {
          const period = `${year}-${month}`;
          if (!byMonth.has(period)) {
            const counties = [...new Set(keys.filter((k) => k.year === year && k.month === month).map((k) => k.countyCode))];
            byMonth.set(period, statsForMonth(db, year, month, counties));
          }
        }
        return Promise.all(keys.map(async (k) => (await byMonth.get(`${k.year}-${k.month}`))?.get(k.countyCode) ?? EMPTY));
      },
      { cacheKeyFn: (k) => `${k.countyCode}|${k.year}|${k.month}` },
    ),
  };
}
