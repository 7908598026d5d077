import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { requestIdOf, viewerOf } from '../../shared/auth/http';
import { createTokenVerifier } from '../../shared/auth/tokens';
import type { Viewer } from '../../shared/auth/viewer';
import { createLogger, type Logger } from '../../shared/logger';
import { createService, type Service } from '../../shared/server';
import { type GatewayConfig, SUBGRAPH_NAMES, type SubgraphName } from './config';

export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
}

/**
 * Calls a subgraph on the caller's behalf: only the caller's own bearer token and the
 * request id travel on; every subgraph verifies the token again. Nothing else the client
 * sent (no header claiming a role or department) reaches a subgraph.
 */
class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]): void {
    if (!('viewer' in context)) return;
    request.http?.headers.set('authorization', `Bearer ${context.viewer.token}`);
    request.http?.headers.set('x-request-id', context.requestId);
  }
}

function isSubgraphName(name: string): name is SubgraphName {
  return (SUBGRAPH_NAMES as readonly string[]).includes(name);
}

/**
 * Builds the gateway from the committed static supergraph (no introspection of running
 * subgraphs); subgraph URLs come from configuration, not from the supergraph file.
 */
export async function createGateway(config: GatewayConfig, logger: Logger = createLogger('gateway', config.logLevel)): Promise<Service> {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    logger,
    buildService: ({ name }) => {
      if (!isSubgraphName(name)) throw new Error(`supergraph names an unknown subgraph: ${name}`);
      return new AuthForwardingDataSource({ url: config.subgraphUrls[name] });
    },
  });
  return createService<GatewayContext>({
    name: 'gateway',
    logger,
    graph: { gateway },
    production: config.production,
    authenticate: await createTokenVerifier(config.auth),
    context: async (req) => ({ viewer: viewerOf(req), requestId: requestIdOf(req) }),
    // The gateway holds no state of its own: it is healthy once its schema is loaded.
    checkHealth: async () => {},
  });
}
