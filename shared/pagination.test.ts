import {
  decodeCursor,
  decodeIntCursor,
  encodeCursor,
  INT_KEYS,
  INT_KEYS_DESCENDING,
  keysetPage,
  pageSize,
  STRING_KEYS,
  toPage,
} from './pagination';

describe('pagination', () => {
  it('round-trips opaque cursors', () => {
    const cursor = encodeCursor(42);
    expect(cursor).not.toContain('42');
    expect(decodeIntCursor(cursor)).toBe(42);
  });

  it('refuses foreign cursors naming the argument', () => {
    expect(() => decodeCursor('garbage')).toThrow(/after: is not a cursor/);
    expect(() => decodeIntCursor(encodeCursor('x'))).toThrow(/after/);
  });

  it('caps page sizes', () => {
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow(/first/);
    expect(() => pageSize(101)).toThrow(/first/);
  });

  it('uses the extra row only to detect a next page', () => {
    const page = toPage([{ id: 1 }, { id: 2 }, { id: 3 }], 2, (r) => r.id);
    expect(page.edges.map((e) => e.node.id)).toEqual([1, 2]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeIntCursor(page.pageInfo.endCursor ?? '')).toBe(2);
    expect(toPage([{ id: 1 }], 2, (r) => r.id).pageInfo.hasNextPage).toBe(false);
  });

  describe('keysetPage', () => {
    const ids = [1, 2, 3, 4, 5];
    const ascending = ({ after, take }: { after: number; take: number }) =>
      Promise.resolve(
        ids
          .filter((id) => id > after)
          .slice(0, take)
          .map((id) => ({ id })),
      );

    it('walks integer keys page by page from the start', async () => {
      const first = await keysetPage({ first: 2 }, INT_KEYS, (r) => r.id, ascending);
      expect(first.edges.map((e) => e.node.id)).toEqual([1, 2]);
      const second = await keysetPage({ first: 2, after: first.pageInfo.endCursor }, INT_KEYS, (r) => r.id, ascending);
      expect(second.edges.map((e) => e.node.id)).toEqual([3, 4]);
      const last = await keysetPage({ first: 2, after: second.pageInfo.endCursor }, INT_KEYS, (r) => r.id, ascending);
      expect(last.edges.map((e) => e.node.id)).toEqual([5]);
      expect(last.pageInfo.hasNextPage).toBe(false);
    });

    it("asks for one row more than the page and starts after the kind's start key", async () => {
      const windows: { after: number; take: number }[] = [];
      await keysetPage(
        { first: 3 },
        INT_KEYS_DESCENDING,
        (r: { id: number }) => r.id,
        async (window) => {
          windows.push(window);
          return [];
        },
      );
      expect(windows).toEqual([{ after: Number.MAX_SAFE_INTEGER, take: 4 }]);
    });

    it('pages text keys (credit codes)', async () => {
      const codes = ['91A', '91B', '91C'];
      const fetch = ({ after, take }: { after: string; take: number }) => Promise.resolve(codes.filter((c) => c > after).slice(0, take));
      const first = await keysetPage({ first: 2 }, STRING_KEYS, (c) => c, fetch);
      expect(first.edges.map((e) => e.node)).toEqual(['91A', '91B']);
      const next = await keysetPage({ first: 2, after: first.pageInfo.endCursor }, STRING_KEYS, (c) => c, fetch);
      expect(next.edges.map((e) => e.node)).toEqual(['91C']);
    });

    it("caps first, at a list's own lower cap too, and refuses foreign cursors", async () => {
      await expect(keysetPage({ first: 101 }, INT_KEYS, (r) => r.id, ascending)).rejects.toThrow(/first/);
      await expect(keysetPage({ first: 11, max: 10 }, INT_KEYS, (r) => r.id, ascending)).rejects.toThrow(/first: must be between 1 and 10/);
      await expect(keysetPage({ first: 2, after: encodeCursor('x') }, INT_KEYS, (r) => r.id, ascending)).rejects.toThrow(/after/);
    });
  });
});
