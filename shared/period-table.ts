import type { SelectQueryBuilder } from 'typeorm';
import { addDays } from './calendar';
import type { FiguresByPeriod, ReportingPeriod } from './reporting-period';

/**
 * The periods of one fetch as a derived table (`SELECT … UNION ALL SELECT …`), joined to a
 * statistics statement and grouped by, so one statement answers any number of months: a
 * year's series costs what a single month costs. Its columns (all `YYYY-MM-DD` or
 * `YYYY-MM` text, which compares with dates the same way on SQLite and MariaDB):
 * - `periodId`: the period's id (`2003-07`, `2003-Q3`);
 * - `yearFrom`: January 1; `fromDay`, `toDay`: the period's first and last day;
 * - `afterDay`: the day after `toDay` (for timestamps: before it means by the end);
 * - `firstMonth`, `lastMonth`: the period's months as `YYYY-MM`.
 */
export interface PeriodTable {
  sql: string;
  parameters: Record<string, string>;
}

export function periodTable(periods: readonly ReportingPeriod[], prefix = 'pt'): PeriodTable {
  if (periods.length === 0) throw new Error('periodTable needs at least one period');
  const parameters: Record<string, string> = {};
  const rows = periods.map((p, i) => {
    const values: Record<string, string> = {
      periodId: p.id,
      yearFrom: p.yearStart,
      fromDay: p.start,
      toDay: p.end,
      afterDay: addDays(p.end, 1),
      firstMonth: p.start.slice(0, 7),
      lastMonth: p.end.slice(0, 7),
    };
    const columns = Object.entries(values).map(([column, value]) => {
      const name = `${prefix}${i}_${column}`;
      parameters[name] = value;
      return `:${name} AS ${column}`;
    });
    return `SELECT ${columns.join(', ')}`;
  });
  return { sql: `(${rows.join(' UNION ALL ')})`, parameters };
}

/** Joins the periods' table to a statistics statement as `alias`, each row to the periods `on` says. */
export function joinPeriods<T extends object>(
  query: SelectQueryBuilder<T>,
  periods: readonly ReportingPeriod[],
  alias: string,
  on: string,
): SelectQueryBuilder<T> {
  const table = periodTable(periods, alias);
  return query.innerJoin(table.sql, alias, on).setParameters(table.parameters);
}

type PeriodRow = { periodId?: unknown; countyCode?: unknown };

/** Grouped rows (by period and county) into figures by period id, then county code. */
export function byPeriodAndCounty<R extends PeriodRow, T>(rows: readonly R[], figures: (row: R) => T): FiguresByPeriod<T> {
  const result: FiguresByPeriod<T> = new Map();
  for (const row of rows) {
    const id = String(row.periodId);
    const counties = result.get(id) ?? new Map<string, T>();
    counties.set(String(row.countyCode), figures(row));
    result.set(id, counties);
  }
  return result;
}
