import DataLoader from 'dataloader';
import { monthPeriod, type MonthPeriod } from '../../../../shared/calendar';

/** Loader key of a county's figures for a month. */
export const periodKey = (code: string, year: number, month: number) => `${code}|${year}|${month}`;

/**
 * Per-county figures batched per reporting period: the counties of one `counties { … }`
 * list asking for the same month cost one round of GROUP BY queries, not one per county.
 */
export function periodLoader<V>(fetch: (period: MonthPeriod, codes: string[]) => Promise<Map<string, V>>, empty: () => V): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const byPeriod = new Map<string, { period: MonthPeriod; codes: string[] }>();
    for (const key of keys) {
      const [code, year, month] = key.split('|');
      const periodId = `${year}|${month}`;
      const entry = byPeriod.get(periodId) ?? { period: monthPeriod(Number(year), Number(month)), codes: [] };
      entry.codes.push(code);
      byPeriod.set(periodId, entry);
    }
    const results = new Map<string, V>();
    for (const [periodId, { period, codes }] of byPeriod) {
      const values = await fetch(period, codes);
      for (const code of codes) results.set(`${code}|${periodId}`, values.get(code) ?? empty());
    }
    return keys.map((key) => results.get(key) ?? empty());
  });
}
