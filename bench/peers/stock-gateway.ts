import { ApolloGateway, type GraphQLDataSourceProcessOptions, LocalGraphQLDataSource, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { AREAS_SUBGRAPH, buildAreasSchema } from '../../gateway/src/areas/areas.schema';
import { peerPort, subgraphUrlFromEnv, supergraphSdl } from './supergraph';

interface PeerContext {
  authorization: string;
}

class BearerForwarding extends RemoteGraphQLDataSource<PeerContext> {
  override willSendRequest(options: GraphQLDataSourceProcessOptions<PeerContext>): void {
    // Health checks and schema loads carry no client request (and no token).
    if ('incomingRequestContext' in options) options.request.http?.headers.set('authorization', options.context.authorization);
  }
}

/**
 * Stock @apollo/gateway for comparison: ApolloServer + ApolloGateway on the same committed
 * supergraph and the same subgraphs, with nothing of this project's gateway (no limits,
 * guards, rate limit, audit, metrics). Only the caller's bearer token is passed on, since
 * every subgraph verifies it. The areas run in-process, as in this project's gateway.
 */
async function main(): Promise<void> {
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSdl(),
    buildService: ({ name, url }: { name: string; url?: string }) => {
      if (name === AREAS_SUBGRAPH) return new LocalGraphQLDataSource(buildAreasSchema());
      return new BearerForwarding({ url: subgraphUrlFromEnv(name, url ?? '') });
    },
  });
  const server = new ApolloServer<PeerContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: peerPort(), host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization ?? '' }),
  });
  process.stderr.write(`stock @apollo/gateway on ${url}\n`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`stock gateway failed: ${String(error)}\n`);
  process.exit(1);
});
