import DataLoader from 'dataloader';
import { badUserInput } from '../../../../shared/errors';

/** A reporting month and its year to date, as ISO date bounds (inclusive). */
export interface Period {
  year: number;
  month: number;
  yearStart: string;
  monthStart: string;
  monthEnd: string;
}

export function periodOf(year: number, month: number): Period {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badUserInput('year', 'must be a year from 1990 to 2100');
  if (!Number.isInteger(month) || month < 1 || month > 12) throw badUserInput('month', 'must be 1 to 12');
  const mm = String(month).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, yearStart: `${year}-01-01`, monthStart: `${year}-${mm}-01`, monthEnd: `${year}-${mm}-${lastDay}` };
}

export const periodKey = (countyCode: string, p: Period) => `${countyCode}:${p.year}:${p.month}`;

/**
 * A loader of per-county figures for a period: keys of one report share the period, so
 * the whole county table costs one GROUP BY statement per period, not one per county.
 */
export function periodLoader<T>(fetch: (countyCodes: string[], period: Period) => Promise<Map<string, T>>, empty: () => T): DataLoader<string, T> {
  return new DataLoader<string, T>(async (keys) => {
    const byPeriod = new Map<string, { period: Period; codes: string[] }>();
    for (const key of keys) {
      const [code, year, month] = key.split(':');
      const group = byPeriod.get(`${year}:${month}`) ?? { period: periodOf(Number(year), Number(month)), codes: [] };
      group.codes.push(code);
      byPeriod.set(`${year}:${month}`, group);
    }
    const results = new Map<string, T>();
    for (const [id, { period, codes }] of byPeriod) {
      const figures = await fetch([...new Set(codes)], period);
      for (const code of codes) results.set(`${code}:${id}`, figures.get(code) ?? empty());
    }
    return keys.map((key) => results.get(key) ?? empty());
  });
}
