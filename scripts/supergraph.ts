import 'reflect-metadata';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, parse } from 'graphql';
import { projectRoot } from '../shared/paths';
import { buildCommerceSchema } from '../subgraphs/commerce/src/schema';
import { buildFinanceSchema } from '../subgraphs/finance/src/schema';
import { buildJointOfficeSchema } from '../subgraphs/joint-office/src/schema';
import { buildLaborSchema } from '../subgraphs/labor/src/schema';
import { buildTaxSchema } from '../subgraphs/tax/src/schema';

export const SUPERGRAPH_FILE = join(projectRoot(), 'gateway', 'supergraph.graphql');

/** Default local URLs; the gateway replaces them with its configured ones. */
const SUBGRAPHS: { name: string; url: string; build: () => Promise<GraphQLSchema> }[] = [
  { name: 'labor', url: 'http://localhost:4001/graphql', build: buildLaborSchema },
  { name: 'finance', url: 'http://localhost:4002/graphql', build: buildFinanceSchema },
  { name: 'tax', url: 'http://localhost:4003/graphql', build: buildTaxSchema },
  { name: 'commerce', url: 'http://localhost:4004/graphql', build: buildCommerceSchema },
  { name: 'joint-office', url: 'http://localhost:4005/graphql', build: buildJointOfficeSchema },
];

export interface Composition {
  supergraphSdl: string | null;
  /** Composition errors and hints, as text: empty errors means the graph composes. */
  errors: string[];
  hints: string[];
  /** The API schema clients see (no federation internals), when composition succeeded. */
  apiSchema: GraphQLSchema | null;
  /** Each subgraph's own schema, as built in-process (its access rules travel with it). */
  subgraphs: { name: string; schema: GraphQLSchema }[];
}

/** Composes the subgraph schemas in-process, as `rover supergraph compose` would. */
export async function composeSupergraph(): Promise<Composition> {
  const services = [];
  const subgraphs = [];
  for (const subgraph of SUBGRAPHS) {
    const schema = await subgraph.build();
    subgraphs.push({ name: subgraph.name, schema });
    services.push({ name: subgraph.name, url: subgraph.url, typeDefs: parse(printSubgraphSchema(schema)) });
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
