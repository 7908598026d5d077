import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/** One table's rows, written in order with the others of its department. */
export interface TablePlan {
  // TypeORM types entity classes as `Function`.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entity: Function;
  rows: ObjectLiteral[];
}

/** A department's load: its tables, then the single-row updates that close it (counters, totals). */
export interface DepartmentPlan {
  tables: TablePlan[];
  finish?: (tx: EntityManager) => Promise<void>;
}

/** Told after each chunk: the rows just written to `table`. */
export type Progress = (table: string, rows: number) => void;

/**
 * Rows per INSERT. A statement binds rows × columns parameters; 400 rows of the widest
 * table (person, 17 columns) stay far below SQLite's 32,766 and MariaDB's 65,535.
 */
const CHUNK = 400;

/**
 * Writes `rows` as multi-row INSERTs through the entity's metadata (column names,
 * transformers), as the write paths' `tx.insert` does, in the caller's transaction.
 * Returns the table's name and the count, for the summary.
 */
export async function bulkInsert<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
  progress: Progress,
): Promise<[string, number]> {
  const table = tx.connection.getMetadata(entity).tableName;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    // updateEntity(false): no read-back of generated columns, one statement per chunk.
    await tx.createQueryBuilder().insert().into(entity).values(chunk).updateEntity(false).execute();
    progress(table, chunk.length);
  }
  return [table, rows.length];
}
