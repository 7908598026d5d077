import type { EntityManager } from 'typeorm';

/**
 * Monthly summary tables: one row per (county, year, month) whose columns are counts or
 * amounts that the services add to in the write transaction of the change they count,
 * so a report reads at most a year's rows per county instead of grouping the records.
 * Flows (issued in the month) are the month's own figure; stocks (valid at the month's
 * end) are kept as the month's change and summed over the months up to it.
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
