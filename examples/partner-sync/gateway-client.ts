import { z } from 'zod';
import type { FeedOperation, FeedVariables } from './feeds';

/** The part of a feed page this program relies on; each change is written as received. */
const pageSchema = z.object({
  edges: z.array(z.object({ node: z.looseObject({ sequence: z.number().int().positive() }) })),
  pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
});

export type FeedPage = z.infer<typeof pageSchema>;

const responseSchema = z.object({
  data: z.record(z.string(), z.unknown()).nullish(),
  errors: z
    .array(
      z.object({
        message: z.string(),
        path: z.array(z.union([z.string(), z.number()])).optional(),
        extensions: z.looseObject({ code: z.string().optional() }).optional(),
      }),
    )
    .optional(),
});

/**
 * What to do with an answer: a whole page to write (naming the fields withheld from this
 * token, null in it); an outage to wait out (after
 * `retryAfterMs` when the gateway says); or a refusal that retrying cannot change.
 */
export type PageOutcome =
  | { kind: 'page'; page: FeedPage; withheld: string[] }
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  | { kind: 'fatal'; reason: string };

/**
 * Codes that say the request itself is wrong (token, scopes, operation, cursor): asking
 * again gets the same answer. Any other error — SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT,
 * DATABASE_BUSY, … — is the city's side being down or busy for a while.
 */
const REFUSALS = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_NOT_REGISTERED',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PAYLOAD_TOO_LARGE',
]);

const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

export interface GatewayClientOptions {
  url: string;
  token: string;
  timeoutMs: number;
  /** Aborts a request in flight when the program is asked to stop. */
  signal: AbortSignal;
}

/** Runs a feed's registered operation over HTTP with Apollo's persisted query protocol. */
export class GatewayClient {
  constructor(private readonly options: GatewayClientOptions) {}

  async fetchPage(operation: FeedOperation, variables: FeedVariables): Promise<PageOutcome> {
    const outcome = await this.send(operation, variables, false);
    // Apollo's protocol: a server that does not know the id asks for the document once.
    // (The city's gateway knows every registered id; this keeps the program working
    // against a gateway that only caches what it has seen.)
    if (outcome === PERSISTED_QUERY_NOT_FOUND) {
      const retried = await this.send(operation, variables, true);
      return retried === PERSISTED_QUERY_NOT_FOUND ? { kind: 'fatal', reason: 'the gateway does not know the operation' } : retried;
    }
    return outcome;
  }

  private async send(
    operation: FeedOperation,
    variables: FeedVariables,
    withDocument: boolean,
  ): Promise<PageOutcome | typeof PERSISTED_QUERY_NOT_FOUND> {
    let response: Response;
    let text: string;
    try {
      response = await fetch(this.options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.token}` },
        body: JSON.stringify({
          operationName: operation.operationName,
          variables,
          extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } },
          ...(withDocument ? { query: operation.document } : {}),
        }),
        signal: AbortSignal.any([this.options.signal, AbortSignal.timeout(this.options.timeoutMs)]),
      });
      text = await response.text();
    } catch (error) {
      if (this.options.signal.aborted) throw error;
      // Refused or reset connections, DNS, timeouts: the network or the gateway is down.
      return { kind: 'retry', reason: `no answer from the gateway: ${networkFailure(error)}` };
    }
    const body = parseJson(text);
    // A personal field the token may not read (without pii:read) answers null with
    // FORBIDDEN at its path: the change is whole as far as this token goes, and asking
    // again changes nothing. Every other error keeps the page from being written.
    const withheld = body?.errors?.filter(isWithheldField) ?? [];
    const errors = body?.errors?.filter((e) => !isWithheldField(e)) ?? [];
    const codes = errors.map((e) => e.extensions?.code ?? 'UNKNOWN');
    const said = errors.map((e) => e.message).join('; ') || text.slice(0, 200);

    if (response.status === 429)
      return { kind: 'retry', reason: `rate limited: ${said}`, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
    if (response.status >= 500) return { kind: 'retry', reason: `HTTP ${response.status}: ${said}` };
    if (codes.includes(PERSISTED_QUERY_NOT_FOUND) && !withDocument) return PERSISTED_QUERY_NOT_FOUND;
    const refusal = codes.find((code) => REFUSALS.has(code));
    if (refusal || response.status >= 400) return { kind: 'fatal', reason: `HTTP ${response.status}, ${refusal ?? 'refused'}: ${said}` };
    if (!body) return { kind: 'retry', reason: `HTTP ${response.status} without a GraphQL answer` };
    // Partial data is not a page: with any error, the whole page is asked for again.
    if (codes.length) return { kind: 'retry', reason: `${[...new Set(codes)].join(', ')}: ${said}` };
    const page = pageSchema.safeParse(body.data?.[operation.feed]);
    if (!page.success) return { kind: 'fatal', reason: `the ${operation.feed} answer is not a feed page: ${page.error.message}` };
    return { kind: 'page', page: page.data, withheld: [...new Set(withheld.map((e) => String(e.path?.at(-1))))] };
  }
}

type GraphQLError = NonNullable<z.infer<typeof responseSchema>['errors']>[number];

/** FORBIDDEN on a change's own field (`[feed, 'edges', i, 'node', field]`), not on the feed. */
function isWithheldField(error: GraphQLError): boolean {
  return error.extensions?.code === 'FORBIDDEN' && error.path?.length === 5 && error.path[3] === 'node';
}

function parseJson(text: string): z.infer<typeof responseSchema> | null {
  try {
    const parsed = responseSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** `Retry-After` in seconds or as an HTTP date (RFC 9110, 10.2.3); undefined if absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function networkFailure(error: unknown): string {
  // Duck-typed: errors from fetch (undici) need not be instances of this realm's Error.
  const { name, message, cause } = (error ?? {}) as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  // fetch reports "fetch failed" and keeps the system error (ECONNREFUSED, …) as its cause.
  const detail = cause ? `: ${cause.code ?? cause.message ?? ''}` : '';
  return `${name === 'TimeoutError' ? 'timed out' : (message ?? String(error))}${detail}`;
}
