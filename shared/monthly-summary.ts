import type { DataSource, EntityManager } from 'typeorm';
import type { FiguresByPeriod, ReportingPeriod } from './reporting-period';

/**
 * Monthly summary tables: one row per (county, year, month) whose columns are counts or
 * amounts that the services add to in the write transaction of the change they count,
 * so a report reads at most a year's rows per county instead of grouping the records.
 * Flows (issued in the month) are the month's own figure; stocks (valid at the month's
 * end) are kept as the month's change and summed over the months up to it. A figure
 * that a later event changes differently by the period asked (a revocation ends tax relief
 * and fee exemptions by date, and leaves periods closed before it as circulated) has no
 * such row: it is grouped from the records when read.
 */
export type MonthKey = { countyCode: string; year: number; month: number };

/** Deltas of one summary table, by (county, year, month), columns by name. */
export class MonthlyDeltas<C extends string> {
  private readonly rows = new Map<string, { key: MonthKey; values: Map<C, number> }>();

  /** Adds `amount` to `column` of the month of `day` (`YYYY-MM-DD` or a Date's ISO text). */
  add(countyCode: string, day: string, column: C, amount = 1): this {
    const year = Number(day.slice(0, 4));
    const month = Number(day.slice(5, 7));
    const id = `${countyCode}|${year}|${month}`;
    const row = this.rows.get(id) ?? { key: { countyCode, year, month }, values: new Map<C, number>() };
    row.values.set(column, (row.values.get(column) ?? 0) + amount);
    this.rows.set(id, row);
    return this;
  }

  /** `other` added to these deltas, times `sign` (-1 takes a contribution away). */
  merge(other: MonthlyDeltas<C>, sign = 1): this {
    for (const { key, values } of other.rows.values()) {
      const day = `${String(key.year).padStart(4, '0')}-${String(key.month).padStart(2, '0')}`;
      for (const [column, amount] of values) this.add(key.countyCode, day, column, sign * amount);
    }
    return this;
  }

  /** Rows with at least one non-zero delta, in key order (so concurrent writers lock rows in the same order). */
  entries(columns: readonly C[]): { key: MonthKey; values: number[] }[] {
    return [...this.rows.values()]
      .map(({ key, values }) => ({ key, values: columns.map((c) => values.get(c) ?? 0) }))
      .filter(({ values }) => values.some((v) => v !== 0))
      .sort((a, b) => a.key.countyCode.localeCompare(b.key.countyCode) || a.key.year - b.key.year || a.key.month - b.key.month);
  }
}

const CHUNK = 100;

/**
 * Adds `deltas` to the summary `table` in `tx`: each (county, year, month) row is inserted
 * when missing and added to otherwise, by one `INSERT … ON CONFLICT DO UPDATE` (SQLite) or
 * `ON DUPLICATE KEY UPDATE` (MariaDB) per hundred rows. The database does the addition
 * under the row's lock, so concurrent writers never lose each other's counts.
 */
export async function addToMonthlySummary<C extends string>(
  tx: EntityManager,
  table: string,
  columns: readonly C[],
  deltas: MonthlyDeltas<C>,
): Promise<void> {
  const rows = deltas.entries(columns);
  if (rows.length === 0) return;
  const q = (name: string) => tx.connection.driver.escape(name);
  const keys = ['countyCode', 'year', 'month'];
  const mysql = ['mariadb', 'mysql'].includes(tx.connection.options.type);
  const update = columns.map((c) => (mysql ? `${q(c)} = ${q(c)} + VALUES(${q(c)})` : `${q(c)} = ${q(c)} + excluded.${q(c)}`)).join(', ');
  const conflict = mysql ? 'ON DUPLICATE KEY UPDATE' : `ON CONFLICT (${keys.map(q).join(', ')}) DO UPDATE SET`;
  const placeholders = `(${[...keys, ...columns].map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const sql =
      `INSERT INTO ${q(table)} (${[...keys, ...columns].map(q).join(', ')}) VALUES ` +
      `${chunk.map(() => placeholders).join(', ')} ${conflict} ${update}`;
    await tx.query(
      sql,
      chunk.flatMap(({ key, values }) => [key.countyCode, key.year, key.month, ...values]),
    );
  }
}

/** The buckets a distinct count is kept for: a month, a quarter, a year (a year to date is a sum of months). */
const BUCKETS = [
  (day: string) => day.slice(0, 7),
  (day: string) => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`,
  (day: string) => day.slice(0, 4),
] as const;

/**
 * Counts one holder (a person, an enterprise) once per county and month, quarter and
 * year, in the month of their first `day` in it: `columns` are the month's, quarter's
 * and year's column. Summed over a period's months, the right column gives the distinct
 * holders of the period, which a sum of per-month distinct counts would not.
 */
export function countOncePer<C extends string>(
  deltas: MonthlyDeltas<C>,
  events: readonly { countyCode: string; day: string }[],
  columns: readonly [month: C, quarter: C, year: C],
): void {
  BUCKETS.forEach((bucketOf, i) => {
    const first = new Map<string, { countyCode: string; day: string }>();
    for (const e of events) {
      const id = `${e.countyCode}|${bucketOf(e.day)}`;
      const seen = first.get(id);
      if (!seen || e.day < seen.day) first.set(id, e);
    }
    for (const e of first.values()) deltas.add(e.countyCode, e.day, columns[i]);
  });
}

/** A county's summary for one report year: slots 1–12 its months, 0 all earlier months, 13 all later ones. */
export type SummarySlots<C extends string> = Map<number, Record<C, number>>;

/**
 * Reads a summary table for a report year in one statement: each county's twelve months,
 * with every earlier month summed into slot 0 (a stock's opening) and every later one into
 * slot 13 (changes dated after the year, which only a current period's "as of now" counts).
 */
export async function readSummaryYear<C extends string>(
  db: DataSource,
  table: string,
  columns: readonly C[],
  year: number,
): Promise<Map<string, SummarySlots<C>>> {
  const slot = 'CASE WHEN s.year < :year THEN 0 WHEN s.year > :year THEN 13 ELSE s.month END';
  const query = db
    .createQueryBuilder()
    .from(table, 's')
    .select('s.countyCode', 'countyCode')
    .addSelect(slot, 'slot')
    .setParameters({ year });
  for (const column of columns) query.addSelect(`SUM(s.${column})`, column);
  const rows: Record<string, string | number | null>[] = await query.groupBy('s.countyCode').addGroupBy(slot).getRawMany();
  const result = new Map<string, SummarySlots<C>>();
  for (const row of rows) {
    const county = result.get(String(row.countyCode)) ?? new Map<number, Record<C, number>>();
    county.set(Number(row.slot), Object.fromEntries(columns.map((c) => [c, Number(row[c] ?? 0)])) as Record<C, number>);
    result.set(String(row.countyCode), county);
  }
  return result;
}

/** `column` summed over slots `from`..`to` of a county's year (none when the county has no rows). */
export function sumSlots<C extends string>(slots: SummarySlots<C> | undefined, column: C, from: number, to: number): number {
  let total = 0;
  for (let slot = from; slot <= to; slot += 1) total += slots?.get(slot)?.[column] ?? 0;
  return total;
}

/** The first month (1–12) of a reporting period: a quarter's first, or the month itself. */
export const firstMonthOf = (period: ReportingPeriod): number => Number(period.start.slice(5, 7));

/**
 * Figures for every county of `codes` and every period from the summary years they need
 * (`load` a year's slots, batched by the caller's DataLoader), for an areaPeriodLoader.
 */
export async function summaryFigures<C extends string, T>(
  load: (year: number) => Promise<Map<string, SummarySlots<C>>>,
  codes: readonly string[],
  periods: readonly ReportingPeriod[],
  figures: (slots: SummarySlots<C> | undefined, period: ReportingPeriod) => T,
): Promise<FiguresByPeriod<T>> {
  const result: FiguresByPeriod<T> = new Map();
  for (const period of periods) {
    const year = await load(period.year);
    result.set(period.id, new Map(codes.map((code) => [code, figures(year.get(code), period)])));
  }
  return result;
}
