import { Directive, Field, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from './errors';
import { Access } from './auth/access';

export const MAX_PAGE_SIZE = 100;

@Directive('@shareable')
@ObjectType({ description: 'Relay-style page information.' })
export class PageInfo {
  @Access({ scopes: [] })
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Access({ scopes: [] })
  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * A cursor connection type for `Node`, named `<name>Connection` / `<name>Edge`; subclass
 * it as `@ObjectType() class PersonConnection extends connectionType(Person, 'Person') {}`
 * (with `shareable`, also mark the subclass `@Directive('@shareable')`).
 */
export function connectionType<T extends object>(Node: ClassType<T>, name: string, options: { shareable?: boolean } = {}) {
  // A type served by several subgraphs (e.g. the audit trail) must be @shareable in all.
  const directives = options.shareable ? [Directive('@shareable')] : [];
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Access({ scopes: [] })
    @Field(() => String)
    cursor!: string;

    @Access({ scopes: [] })
    @Field(() => Node)
    node!: T;
  }
  for (const apply of directives) apply(EdgeType);

  @ObjectType()
  abstract class ConnectionType {
    @Access({ scopes: [] })
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Access({ scopes: [] })
    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

const CURSOR_PREFIX = 'c1:';

/** Cursors are opaque to clients: base64url of a versioned key, never a raw id. */
export function encodeCursor(key: string | number): string {
  return Buffer.from(`${CURSOR_PREFIX}${key}`).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX) || text.length === CURSOR_PREFIX.length) {
    throw badUserInput(field, 'is not a cursor returned by this list');
  }
  return text.slice(CURSOR_PREFIX.length);
}

export function decodeIntCursor(cursor: string, field = 'after'): number {
  const key = Number(decodeCursor(cursor, field));
  if (!Number.isSafeInteger(key)) throw badUserInput(field, 'is not a cursor returned by this list');
  return key;
}

/** Validates `first` (1…max) so no client can ask for an unbounded page. */
export function pageSize(first: number, field = 'first', max = MAX_PAGE_SIZE): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badUserInput(field, `must be between 1 and ${max}`);
  }
  return first;
}

/**
 * Builds a page from `first + 1` rows fetched in key order: the extra row only tells
 * whether there is a next page, so no COUNT query is needed.
 */
export function toPage<T>(rows: T[], first: number, keyOf: (row: T) => string | number): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}

/** The page arguments every list takes: `first` (capped) and the opaque `after` cursor. */
export interface PageArgs {
  first: number;
  after?: string | null;
  /** A list with a lower cap than MAX_PAGE_SIZE (e.g. the certificate feed) names it. */
  max?: number;
}

/**
 * How a list's key travels in cursors: how to decode it, and the key to start after when
 * no cursor is given, chosen to sort before (or, descending, after) every real key.
 */
export interface KeyKind<K extends string | number> {
  decode(cursor: string, field: string): K;
  start: K;
}

/** Integer ids in ascending order (ids start at 1). */
export const INT_KEYS: KeyKind<number> = { decode: decodeIntCursor, start: 0 };
/** Integer ids newest first (the audit trail). */
export const INT_KEYS_DESCENDING: KeyKind<number> = { decode: decodeIntCursor, start: Number.MAX_SAFE_INTEGER };
/** Text keys in ascending order (commerce pages enterprises by credit code). */
export const STRING_KEYS: KeyKind<string> = { decode: decodeCursor, start: '' };

/**
 * One keyset page: checks `first`, decodes `after`, asks `fetch` for `take` rows past the
 * key in key order (`take` is one more than the page, see toPage), and builds the page.
 * Keyset rather than OFFSET: a page stays right while rows are added before it.
 */
export async function keysetPage<T, K extends string | number>(
  args: PageArgs,
  keys: KeyKind<K>,
  keyOf: (row: T) => K,
  fetch: (window: { after: K; take: number }) => Promise<T[]>,
): Promise<Page<T>> {
  const size = pageSize(args.first, 'first', args.max);
  const after = args.after ? keys.decode(args.after, 'after') : keys.start;
  return toPage(await fetch({ after, take: size + 1 }), size, keyOf);
}
