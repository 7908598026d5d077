import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { createLogger, type Logger } from '../../shared/logger';
import { createService, type Service } from '../../shared/server';
import { type GatewayConfig, SUBGRAPH_NAMES, type SubgraphName } from './config';

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
      return new RemoteGraphQLDataSource({ url: config.subgraphUrls[name] });
    },
  });
  return createService({
    name: 'gateway',
    logger,
    graph: { gateway },
    production: config.production,
    context: async () => ({}),
    // The gateway holds no state of its own: it is healthy once its schema is loaded.
    checkHealth: async () => {},
  });
}
