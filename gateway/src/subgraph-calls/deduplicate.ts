import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { isMutation } from '../resilience/faults';

/** The caller's token travels on (AuthForwardingDataSource): two callers never share an answer. */
interface CallerContext {
  viewer: { token: string };
}

/**
 * Deduplicates identical in-flight subgraph queries (GATEWAY_DEDUPLICATE_SUBGRAPH_FETCHES,
 * off by default): a query with the same text, variables and bearer token as one still
 * waiting for its answer joins it instead of being sent again. Mutations are never joined.
 *
 * Why off by default: a subgraph writes an audit row for each personal read with the
 * request id it was sent (shared/audit/personal-reads.ts); a joined request sends nothing,
 * so only the first request's id is recorded. Turn it on where that is acceptable (a
 * dashboard wall whose screens refresh the same report at once).
 */
export class DeduplicatingDataSource implements GraphQLDataSource {
  private readonly inFlight = new Map<string, Promise<GatewayGraphQLResponse>>();

  constructor(private readonly inner: GraphQLDataSource) {}

  process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    if (!('incomingRequestContext' in options) || isMutation(options)) return this.inner.process(options);
    const { query, variables } = options.request;
    const key = JSON.stringify([(options.context as Partial<CallerContext>).viewer?.token ?? '', query, variables ?? {}]);
    let shared = this.inFlight.get(key);
    if (!shared) {
      shared = this.inner.process(options).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, shared);
    }
    // The query plan merges answers into its own result objects: each request gets its own copy.
    return shared.then(({ http, ...body }) => ({ ...structuredClone(body), http }));
  }
}
