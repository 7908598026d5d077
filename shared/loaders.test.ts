import { groupLoader, intKey, rowLoader } from './loaders';

describe('loaders', () => {
  it('returns rows in key order with null for missing keys, in one batch', async () => {
    const calls: (readonly number[])[] = [];
    const loader = rowLoader(
      async (keys: readonly number[]) => {
        calls.push(keys);
        return keys
          .filter((k) => k !== 2)
          .reverse()
          .map((id) => ({ id }));
      },
      (row) => row.id,
    );
    const rows = await Promise.all([1, 2, 3].map((k) => loader.load(k)));
    expect(rows).toEqual([{ id: 1 }, null, { id: 3 }]);
    expect(calls).toHaveLength(1);
  });

  it('groups rows per key and gives [] for keys without rows', async () => {
    const loader = groupLoader(
      async () => [
        { owner: 1, n: 'a' },
        { owner: 1, n: 'b' },
        { owner: 3, n: 'c' },
      ],
      (row) => row.owner,
    );
    expect(await loader.loadMany([1, 2, 3])).toEqual([
      [
        { owner: 1, n: 'a' },
        { owner: 1, n: 'b' },
      ],
      [],
      [{ owner: 3, n: 'c' }],
    ]);
  });

  it('converts representation keys to integers', () => {
    expect(intKey('42')).toBe(42);
    expect(Number.isNaN(intKey('4x'))).toBe(true);
  });
});
