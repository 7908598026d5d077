import { readFileSync } from 'node:fs';
import { ApolloGateway, type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { clientRequestIdOf, requestIdOf, viewerOf } from '../../shared/auth/http';
import { createTokenVerifier } from '../../shared/auth/tokens';
import type { Viewer } from '../../shared/auth/viewer';
import { IDEMPOTENCY_KEY_REUSED } from '../../shared/idempotency/plugin';
import { createLogger, type Logger } from '../../shared/logger';
import { ServiceMetrics } from '../../shared/metrics';
import { createService, type Service } from '../../shared/server';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayConfig } from './config';
import { queryLimits } from '../../shared/limits';
import { staticPages } from './static-pages';
import { departmentsReadiness } from './readiness';
import { createSubgraphGuards } from './resilience/guards';
import { AREAS_SUBGRAPH, buildAreasSchema } from './areas/areas.schema';
import { AreasDataSource } from './areas/areas.source';
import { rateLimit } from './rate-limit/rate-limit';
import { refusalCounter } from './refusals';
import { DeduplicatingDataSource } from './subgraph-calls/deduplicate';
import { undiciFetcher } from './subgraph-calls/undici-fetcher';
import { loadTrustedDocuments, persistedQueryCache, trustedDocumentsOnly } from './trusted-documents/trusted-documents';

export interface GatewayContext {
  viewer: Viewer;
  /** Minted by the gateway for every request; the client's own id travels apart. */
  requestId: string;
  clientRequestId: string | null;
  /** The client's Idempotency-Key, passed on to the subgraph that runs the mutation. */
  idempotencyKey: string | null;
}

/**
 * Calls a subgraph on the caller's behalf: only the caller's own bearer token and the
 * request id travel on; every subgraph verifies the token again. Nothing else the client
 * sent (no header claiming a role or department) reaches a subgraph.
 */
class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Only a client's operation has a caller; health checks and schema loads carry a bare
    // context (@apollo/gateway does not export the request-kind enum, so `in` tells them apart).
    if (!('incomingRequestContext' in options)) return;
    const { request, context } = options;
    request.http?.headers.set('authorization', `Bearer ${context.viewer.token}`);
    request.http?.headers.set('x-request-id', context.requestId);
    if (context.clientRequestId) request.http?.headers.set('x-client-request-id', context.clientRequestId);
    if (context.idempotencyKey) request.http?.headers.set('idempotency-key', context.idempotencyKey);
  }

  /**
   * A subgraph refuses bad variables (e.g. a malformed Money) with 400 and GraphQL errors:
   * pass the first on as it is (BAD_USER_INPUT naming the field) instead of a generic
   * "400: Bad Request" carrying the subgraph's URL.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    if (response.status !== 400) return super.errorFromResponse(response);
    const body = await this.parseBody(response);
    const first =
      typeof body === 'object' && 'errors' in body && Array.isArray(body.errors)
        ? (body.errors[0] as GraphQLFormattedError | undefined)
        : undefined;
    if (!first) return new GraphQLError('a subgraph refused the request', { extensions: { code: 'BAD_REQUEST' } });
    const { stacktrace: _stacktrace, ...extensions } = first.extensions ?? {};
    return new GraphQLError(first.message, { extensions });
  }
}

/** A reused Idempotency-Key with another payload answers 422 (Unprocessable Content). */
const idempotencyStatus: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        if (response.body.singleResult.errors?.some((e) => e.extensions?.reason === IDEMPOTENCY_KEY_REUSED)) response.http.status = 422;
      },
    };
  },
};

/**
 * Builds the gateway from the committed static supergraph (no introspection of running
 * subgraphs); subgraph URLs come from configuration, not from the supergraph file.
 */
export async function createGateway(config: GatewayConfig, logger: Logger = createLogger('gateway', config.logLevel)): Promise<Service> {
  const metrics = new ServiceMetrics('gateway');
  const guards = createSubgraphGuards(config.subgraphNames, config.guard, logger, metrics.registry);
  const areas = new AreasDataSource(buildAreasSchema());
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    logger,
    buildService: ({ name }) => {
      // The reference areas run in-process: no network, no timeout, no circuit to open.
      if (name === AREAS_SUBGRAPH) return areas;
      const url = config.subgraphUrls[name];
      if (!url) throw new Error(`supergraph names an unknown subgraph: ${name}`);
      // undici's request on a keep-alive pool (see undici-fetcher.ts for why not fetch).
      // Each call is bounded by the department's timeout and goes through its circuit.
      // No response cache here: subgraphs' Cache-Control headers need not be parsed on every answer.
      const source = new AuthForwardingDataSource({
        url,
        fetcher: undiciFetcher(config.guard.timeoutMs[name]),
        honorSubgraphCacheControlHeader: false,
      });
      return guards.guard(name, config.deduplicateSubgraphFetches ? new DeduplicatingDataSource(source) : source);
    },
  });
  const limits = queryLimits(config.limits, config.production);
  const refusals = refusalCounter(metrics.registry);
  const trusted = loadTrustedDocuments(config.persistedQueryManifestPath, config.limits.maxTokens);
  // One verifier for the rate limit and the bearer check: its cache verifies each token once.
  const authenticate = await createTokenVerifier(config.auth);
  return createService<GatewayContext>({
    name: 'gateway',
    logger,
    graph: { gateway },
    production: config.production,
    plugins: [...limits.plugins, idempotencyStatus],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    bodyLimit: config.bodyLimit,
    routes: staticPages(config.pages, logger),
    authenticate,
    beforeAuth: rateLimit(config.rateLimit, authenticate, refusals),
    admit: config.trustedDocumentsForPartners ? trustedDocumentsOnly(trusted, refusals) : undefined,
    persistedQueries: { cache: persistedQueryCache(trusted) },
    context: async (req) => ({
      viewer: viewerOf(req),
      requestId: requestIdOf(req, { trustForwarded: false }),
      clientRequestId: clientRequestIdOf(req, 'x-request-id'),
      idempotencyKey: req.header('idempotency-key') ?? null,
    }),
    // The gateway holds no state of its own: it is healthy once its schema is loaded.
    checkHealth: async () => {},
    metrics,
    ready: departmentsReadiness(config.subgraphNames, config.subgraphUrls, config.guard.timeoutMs, guards.circuits),
    shutdownGraceMs: config.shutdownGraceMs,
  });
}
