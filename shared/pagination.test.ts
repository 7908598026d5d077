import { decodeCursor, decodeIntCursor, encodeCursor, pageSize, toPage } from './pagination';

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
});
