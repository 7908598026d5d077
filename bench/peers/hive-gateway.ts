import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createRequire } from 'node:module';
import { AREAS_SUBGRAPH, buildAreasSchema } from '../../gateway/src/areas/areas.schema';
import { peerPort, subgraphUrlFromEnv, supergraphSdl } from './supergraph';

/** The part of @graphql-hive/gateway used here. */
interface HiveRuntime {
  (req: IncomingMessage, res: ServerResponse): void;
  dispose(): Promise<void> | void;
}
interface HiveGatewayModule {
  createGatewayRuntime(
    this: void,
    config: {
      supergraph: string;
      logging: string;
      landingPage: boolean;
      graphiql: boolean;
      propagateHeaders: { fromClientToSubgraphs: (payload: { request: { headers: Headers } }) => Record<string, string | null> };
      transportEntries: Record<string, { options: { deduplicateInflightRequests: boolean } }>;
    },
  ): HiveRuntime;
}

/**
 * Loaded untyped on purpose: its declarations reference the DOM library, which then
 * replaces Node's fetch types in the whole build (tsconfig.build.json compiles bench/).
 */
const { createGatewayRuntime } = createRequire(__filename)('@graphql-hive/gateway') as HiveGatewayModule;

/**
 * Hive Gateway for comparison, on the same supergraph and subgraphs. It has no in-process
 * subgraph, so the areas are served over loopback HTTP by this same process (port + 1).
 * `BENCH_HIVE_DEDUPLICATE=true` turns on its deduplication of identical in-flight
 * subgraph requests (the HTTP transport's `deduplicateInflightRequests`).
 */
async function main(): Promise<void> {
  const port = peerPort();
  const areas = new ApolloServer({ schema: buildAreasSchema() });
  await areas.start();
  const areasApp = express();
  areasApp.use('/graphql', express.json(), expressMiddleware(areas));
  const areasServer = createServer(areasApp);
  // Longer than the gateway's idle connections live: a closing keep-alive socket under load answers ECONNRESET.
  areasServer.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => areasServer.listen(port + 1, '127.0.0.1', resolve));
  const areasUrl = `http://127.0.0.1:${port + 1}/graphql`;
  const supergraph = supergraphSdl().replace(
    /@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g,
    (_all, name: string, url: string) =>
      `@join__graph(name: "${name}", url: "${name === AREAS_SUBGRAPH ? areasUrl : subgraphUrlFromEnv(name, url)}")`,
  );
  const runtime = createGatewayRuntime({
    supergraph,
    logging: 'error',
    landingPage: false,
    graphiql: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }),
    },
    transportEntries: {
      '*.http': { options: { deduplicateInflightRequests: process.env.BENCH_HIVE_DEDUPLICATE === 'true' } },
    },
  });
  const server = createServer(runtime);
  server.listen(port, '127.0.0.1', () => process.stderr.write(`Hive Gateway on http://127.0.0.1:${port}/graphql\n`));
  const stop = () => {
    server.close();
    areasServer.close();
    void Promise.all([runtime.dispose(), areas.stop()]).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Hive Gateway failed: ${String(error)}\n`);
  process.exit(1);
});
