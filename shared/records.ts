/**
 * The reads and writes every feature repeats around one row: find it or answer
 * NOT_FOUND, insert it and hand back the stored row, lock it for the transaction.
 */
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { canAccessCounty, type Viewer } from './auth/viewer';
import { notFound } from './errors';

/**
 * Whether `SELECT … FOR UPDATE` exists: on MariaDB/MySQL it does; TypeORM refuses lock
 * options on SQLite, where better-sqlite3 runs one writer at a time, so a transaction is
 * serialized already.
 */
export function hasRowLocks(tx: EntityManager): boolean {
  const type = tx.connection.options.type;
  return type === 'mariadb' || type === 'mysql';
}

/** Find options that lock the rows read for the rest of the transaction, where the driver can. */
export function rowLock(tx: EntityManager): { lock?: { mode: 'pessimistic_write' } } {
  return hasRowLocks(tx) ? { lock: { mode: 'pessimistic_write' } } : {};
}

export interface FindOrNotFoundOptions {
  /**
   * The caller: a row of another county is answered exactly as one that does not exist,
   * so neither the refusal nor any rule checked after it tells a county clerk about
   * another county's records. Rows without a `countyCode` are not county-bound.
   */
  viewer?: Viewer;
  /** Lock the row for the rest of the transaction (see rowLock). */
  lock?: boolean;
  /** The key the error names; by default the values of `where`. */
  key?: string | number;
  /** The entity the error names, where the API's name is not the class's (the joint office's `DutyRecord` is `Duty`). */
  entityName?: string;
}

function visibleTo(viewer: Viewer, row: ObjectLiteral): boolean {
  const county: unknown = row.countyCode;
  return typeof county !== 'string' || canAccessCounty(viewer, county);
}

/** One row by `where`, or NOT_FOUND naming the entity and the key. */
export async function findOrNotFound<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  options: FindOrNotFoundOptions = {},
): Promise<T> {
  const row = await tx.findOne(entity, { where, ...(options.lock ? rowLock(tx) : {}) });
  if (!row || (options.viewer && !visibleTo(options.viewer, row))) {
    throw notFound(options.entityName ?? tx.getRepository(entity).metadata.targetName, options.key ?? Object.values(where).join('/'));
  }
  return row;
}

/**
 * Inserts one row and reads it back by its primary key, so the caller gets what the
 * database stored (generated id, column defaults, transformed values) rather than its input.
 */
export async function insertAndFetch<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  values: QueryDeepPartialEntity<T>,
): Promise<T> {
  const { identifiers } = await tx.insert(entity, values);
  return tx.createQueryBuilder(entity, 'row').whereInIds([identifiers[0]]).getOneOrFail();
}
