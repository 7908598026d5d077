import { readFileSync } from 'node:fs';
import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import { parse, print } from 'graphql';
import { LRUCache } from 'lru-cache';
import { viewerOf } from '../../../shared/auth/http';
import type { Viewer } from '../../../shared/auth/viewer';
import type { RefusalCounter } from '../refusals';
import { documentId, manifestSchema, type ManifestOperation } from './manifest';

/** The code a refused operation carries (README, "Partners"), answered with HTTP 403. */
export const OPERATION_NOT_REGISTERED = 'OPERATION_NOT_REGISTERED';

/** Who may run only registered operations: systems outside the city's departments. */
export const mustUseTrustedDocuments = (viewer: Viewer): boolean => viewer.dept === 'partner';

/** What a request asks to run: its document, its persisted query id, either or both. */
export interface RequestedOperation {
  query: string | null;
  id: string | null;
}

export type Verdict = { allowed: true } | { allowed: false; message: string };

/** The registered operations of the persisted query manifest, by id. */
export class TrustedDocuments {
  private readonly byId: Map<string, ManifestOperation>;

  constructor(
    operations: ManifestOperation[],
    /** graphql-js's token limit while normalising a document sent in full (GATEWAY_MAX_TOKENS). */
    private readonly maxTokens: number,
  ) {
    this.byId = new Map(operations.map((operation) => [operation.id, operation]));
  }

  get size(): number {
    return this.byId.size;
  }

  bodyOf(id: string): string | undefined {
    return this.byId.get(id)?.body;
  }

  /**
   * A registered id, or a document that is a registered one: byte for byte, or once
   * printed by graphql-js (so a partner may keep its own indentation and comments).
   * Nothing is run here: a document that does not parse is simply not registered.
   */
  check({ query, id }: RequestedOperation): Verdict {
    if (id !== null) {
      if (!this.byId.has(id))
        return {
          allowed: false,
          message: `no registered operation has the id ${id.slice(0, 64)}: partners may run only registered operations`,
        };
      // Apollo runs the document when both come: it must be the one the id registers.
      if (query !== null && documentId(query) !== id)
        return {
          allowed: false,
          message: `the document sent is not the registered operation ${id}: send the id alone, or its document unchanged`,
        };
      return { allowed: true };
    }
    if (query === null) return { allowed: true }; // Apollo refuses a request without an operation.
    if (this.byId.has(documentId(query)) || this.byId.has(this.normalisedId(query) ?? '')) return { allowed: true };
    return {
      allowed: false,
      message: 'partners may run only registered operations: send the id of one (extensions.persistedQuery.sha256Hash) or its document',
    };
  }

  private normalisedId(query: string): string | null {
    try {
      return documentId(print(parse(query, { maxTokens: this.maxTokens, noLocation: true })));
    } catch {
      return null;
    }
  }
}

export function loadTrustedDocuments(path: string, maxTokens: number): TrustedDocuments {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the persisted query manifest ${path}: ${String(error)}`, { cause: error });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `${path} is not a persisted query manifest: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const manifest = parsed.data;
  for (const operation of manifest.operations)
    if (documentId(operation.body) !== operation.id) throw new Error(`${path}: ${operation.name}'s id is not the SHA-256 of its body`);
  return new TrustedDocuments(manifest.operations, maxTokens);
}

/** The operation of a GraphQL-over-HTTP request: a JSON body (POST) or the query string (GET). */
export function requestedOperation(method: string, body: unknown, search: Record<string, unknown>): RequestedOperation {
  const source: Record<string, unknown> =
    method === 'GET' ? search : typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  let extensions = source.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions) as unknown;
    } catch {
      extensions = undefined; // Apollo answers the malformed parameter itself.
    }
  }
  const persisted =
    typeof extensions === 'object' && extensions !== null
      ? (extensions as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery
      : undefined;
  const hash = persisted?.sha256Hash;
  return { query: typeof source.query === 'string' ? source.query : null, id: typeof hash === 'string' ? hash : null };
}

/**
 * Partner tokens run registered operations only; every other token keeps free-form
 * queries. Refused before GraphQL parses anything, with 403 and OPERATION_NOT_REGISTERED.
 */
export function trustedDocumentsOnly(trusted: TrustedDocuments, refusals?: RefusalCounter): RequestHandler {
  return (req, res, next) => {
    if (!mustUseTrustedDocuments(viewerOf(req))) return next();
    const verdict = trusted.check(requestedOperation(req.method, req.body, req.query));
    if (verdict.allowed) return next();
    refusals?.inc({ code: OPERATION_NOT_REGISTERED, caller: 'partner' });
    res.status(403).json({ errors: [{ message: verdict.message, extensions: { code: OPERATION_NOT_REGISTERED } }] });
  };
}

type PersistedQueryCache = NonNullable<Exclude<ApolloServerOptions<BaseContext>['persistedQueries'], false | undefined>['cache']>;

/** Apollo keeps its APQ entries under this prefix in the cache it is given. */
const APQ_PREFIX = 'apq:';

/**
 * Apollo's automatic persisted queries, answering registered ids from the manifest (so a
 * partner sends an id alone, by POST or GET) and remembering what other clients register
 * in memory, as Apollo's default cache does. A partner's id is checked against the
 * manifest before this is asked, so what others register never opens anything to it.
 */
export function persistedQueryCache(trusted: TrustedDocuments): PersistedQueryCache {
  const registered = new LRUCache<string, string>({ maxSize: 30 * 2 ** 20, sizeCalculation: (query) => query.length || 1 });
  const idOf = (key: string) => (key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key);
  return {
    get: async (key) => trusted.bodyOf(idOf(key)) ?? registered.get(idOf(key)),
    set: async (key, value, options) => {
      registered.set(idOf(key), value, options?.ttl ? { ttl: options.ttl * 1000 } : undefined);
    },
    delete: async (key) => registered.delete(idOf(key)),
  };
}
