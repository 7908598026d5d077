import { type EntityManager, type EntityTarget, In, type ObjectLiteral } from 'typeorm';

/** One change as a replica table takes it: its key, its sequence, and its row (null: deleted). */
export interface ReplicaChange<TRow> {
  key: string | number;
  sequence: number;
  row: TRow | null;
}

/**
 * Applies a page of state-transfer changes to a replica table keyed by `keyColumn`, whose
 * rows keep the `sequence` they reflect: the last change per key wins, and never over a row
 * that already reflects a later sequence (a replay after a rewound cursor). One read, one
 * upsert and one delete per page.
 */
export async function applyLatest<TRow extends ObjectLiteral & { sequence: number }>(
  tx: EntityManager,
  table: EntityTarget<TRow>,
  keyColumn: keyof TRow & string,
  changes: ReplicaChange<TRow>[],
): Promise<void> {
  const keys = [...new Set(changes.map((c) => c.key))];
  const existing = await tx.find(table, {
    where: { [keyColumn]: In(keys) } as never,
    select: { [keyColumn]: true, sequence: true } as never,
  });
  const applied = new Map(existing.map((row) => [row[keyColumn] as string | number, row.sequence]));
  const latest = new Map<string | number, ReplicaChange<TRow>>();
  for (const change of changes) {
    if (change.sequence <= (applied.get(change.key) ?? 0)) continue;
    latest.set(change.key, change);
  }
  const upserts = [...latest.values()].flatMap((c) => (c.row ? [c.row] : []));
  const deletes = [...latest.values()].filter((c) => !c.row).map((c) => c.key);
  if (upserts.length) await tx.getRepository(table).upsert(upserts, [keyColumn]);
  if (deletes.length) await tx.delete(table, { [keyColumn]: In(deletes) });
}
