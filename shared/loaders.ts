import DataLoader from 'dataloader';

/**
 * A loader for one row per key. The batch function may return rows in any order and
 * leave keys out; results come back in key order with `null` for missing keys, as
 * DataLoader requires.
 */
export function rowLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map<K, V>();
    for (const row of await fetch(keys)) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader for the rows that share a key (one-to-many); `[]` for keys without rows. */
export function groupLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const byKey = new Map<K, V[]>();
    for (const row of await fetch(keys)) {
      const list = byKey.get(keyOf(row));
      if (list) list.push(row);
      else byKey.set(keyOf(row), [row]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/** Federation representations carry keys as strings; integer ids must be numbers for loaders. */
export function intKey(value: string | number): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isSafeInteger(n) ? n : Number.NaN;
}
