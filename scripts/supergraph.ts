import 'reflect-metadata';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, parse } from 'graphql';
import { projectRoot } from '../shared/paths';
import { sdlPathOf, SUBGRAPHS } from '../subgraphs/registry';

export const SUPERGRAPH_FILE = join(projectRoot(), 'gateway', 'supergraph.graphql');

/** The API schema clients see now (no federation internals), written by `npm run compose`. */
export const API_SCHEMA_FILE = join(projectRoot(), 'gateway', 'api.graphql');

/** The API schema clients saw at the last release (`npm run schema:check -- --release`). */
export const RELEASED_SCHEMA_FILE = join(projectRoot(), 'gateway', 'released-api.graphql');

/** Where a subgraph's committed SDL lives (absolute). */
export function subgraphSdlFile(name: string): string {
  return join(projectRoot(), sdlPathOf(name));
}

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

/** Composes the four subgraph schemas in-process, as `rover supergraph compose` would. */
export async function composeSupergraph(): Promise<Composition> {
  const services = [];
  const subgraphs = [];
  for (const subgraph of SUBGRAPHS) {
    const schema = await subgraph.buildSchema();
    const sdl = printSubgraphSchema(schema);
    subgraphs.push({ name: subgraph.name, schema, sdl });
    // Default local URLs; the gateway's configuration replaces them (`<NAME>_URL`).
    services.push({ name: subgraph.name, url: `http://localhost:${subgraph.port}/graphql`, typeDefs: parse(sdl) });
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
