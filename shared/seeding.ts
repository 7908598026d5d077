import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/**
 * Runs `load` in one transaction if `probe`'s table is empty, so a restart never seeds
 * twice and a failed seed leaves nothing behind. Returns whether it seeded.
 */
export async function seedIfEmpty(
  db: DataSource,
  probe: EntityTarget<ObjectLiteral>,
  load: (tx: EntityManager) => Promise<void>,
): Promise<boolean> {
  if ((await db.getRepository(probe).count()) > 0) return false;
  await db.transaction(load);
  return true;
}

/** Multi-row INSERTs of `chunk` rows: one statement each, no read-back as `save()` does. */
export async function insertChunked<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
  chunk = 100,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await tx.insert(entity, rows.slice(i, i + chunk));
}
