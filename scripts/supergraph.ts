import 'reflect-metadata';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, parse } from 'graphql';
import { projectRoot } from '../shared/paths';
import { AREAS_SUBGRAPH, buildAreasSchema } from '../gateway/src/areas/areas.schema';
import { sdlPathOf, SUBGRAPHS } from '../subgraphs/registry';

export const SUPERGRAPH_FILE = join(projectRoot(), 'gateway', 'supergraph.graphql');

/** The API schema clients see now (no federation internals), written by `npm run compose`. */
export const API_SCHEMA_FILE = join(projectRoot(), 'gateway', 'api.graphql');

/** The API schema clients saw at the last release (`npm run schema:check -- --release`). */
export const RELEASED_SCHEMA_FILE = join(projectRoot(), 'gateway', 'released-api.graphql');

/** Where a subgraph's committed SDL lives (absolute). */
export function subgraphSdlFile(name: string): string {
  if (name === AREAS_SUBGRAPH) return join(projectRoot(), 'gateway', 'src', 'areas', 'schema.graphql');
  return join(projectRoot(), sdlPathOf(name));
}

/**
 * What composition reads: the registry's subgraphs with their default local URLs, and
 * `areas`, which runs inside the gateway (LocalGraphQLDataSource): its URL is never called.
 */
const COMPOSED: { name: string; url: string; build: () => Promise<GraphQLSchema> }[] = [
  { name: AREAS_SUBGRAPH, url: 'http://localhost:4000/areas', build: async () => buildAreasSchema() },
  ...SUBGRAPHS.map((s) => ({ name: s.name, url: `http://localhost:${s.port}/graphql`, build: s.buildSchema })),
];

export interface Composition {
  supergraphSdl: string | null;
  /** Composition errors and hints, as text: empty errors means the graph composes. */
  errors: string[];
  hints: string[];
  /** The API schema clients see (no federation internals), when composition succeeded. */
  apiSchema: GraphQLSchema | null;
  /** Each subgraph's own schema, as built in-process (its access rules travel with it), and its SDL. */
  subgraphs: { name: string; schema: GraphQLSchema; sdl: string }[];
}

/** Composes the four department schemas and the gateway's areas in-process, as `rover supergraph compose` would. */
export async function composeSupergraph(): Promise<Composition> {
  const services = [];
  const subgraphs = [];
  for (const subgraph of COMPOSED) {
    const schema = await subgraph.build();
    const sdl = printSubgraphSchema(schema);
    subgraphs.push({ name: subgraph.name, schema, sdl });
    // Default local URLs; the gateway's configuration replaces them (`<NAME>_URL`).
    services.push({ name: subgraph.name, url: subgraph.url, typeDefs: parse(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) return { supergraphSdl: null, errors: result.errors.map((e) => e.message), hints: [], apiSchema: null, subgraphs };
  return {
    supergraphSdl: result.supergraphSdl,
    errors: [],
    hints: result.hints.map((h) => h.toString()),
    apiSchema: result.schema.toAPISchema().toGraphQLJSSchema(),
    subgraphs,
  };
}
