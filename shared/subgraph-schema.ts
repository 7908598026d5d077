import { buildSubgraphSchema } from '@apollo/subgraph';
import { type IResolvers, printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { buildSchema, type BuildSchemaOptions, createResolversMap } from 'type-graphql';
import { collectAccessRules, registerAccessRules } from './auth/access-registry';
import { scopeAuthChecker } from './auth/checker';
import type { Viewer } from './auth/viewer';
import { forbidden } from './errors';
import { DateScalar, MoneyScalar } from './scalars';

/**
 * Federation 2.7 is the newest spec that @apollo/composition 2.14 accepts; keep the
 * import list to what the subgraphs use.
 */
const FEDERATION_LINK = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])
`;

type ReferenceResolvers = Record<string, { __resolveReference: (...args: never[]) => unknown }>;

/**
 * type-graphql builds the executable schema from decorated classes; @apollo/subgraph then
 * rebuilds it as a Federation 2 subgraph (adding `_service`, `_entities`) with the same
 * resolvers plus each entity's `__resolveReference`.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'scalarsMap'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    ...options,
    scalarsMap: [],
    skipCheck: true,
    validate: false,
    authChecker: scopeAuthChecker,
  });
  const rules = collectAccessRules(schema);
  const resolvers = createResolversMap(schema) as IResolvers;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    const existing = (resolvers[typeName] ?? {}) as Record<string, unknown>;
    resolvers[typeName] = { ...existing, ...reference } as IResolvers[string];
  }
  // @graphql-tools' IResolvers and @apollo/subgraph's (unexported) GraphQLResolverMap
  // describe the same runtime object with incompatible index signatures.
  const federated = buildSubgraphSchema([
    { typeDefs: gql(FEDERATION_LINK + printSchemaWithDirectives(schema)), resolvers: resolvers as never },
  ]);
  registerAccessRules(federated, rules);
  guardServiceField(federated);
  return federated;
}

/** The scope that may read a subgraph's SDL (`_service`): composition tooling only. */
export const COMPOSE_SCOPE = 'graph:compose';

/**
 * `_service { sdl }` describes the whole subgraph, internals included. The gateway serves
 * a static supergraph and never asks for it at runtime; `npm run compose` builds the
 * schemas in-process. So only a token with `graph:compose` gets it.
 */
function guardServiceField(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._service;
  const resolve = field?.resolve;
  if (!field || !resolve) return;
  field.resolve = (root, args, context: { viewer?: Viewer }, info) => {
    if (!context.viewer?.scopes.has(COMPOSE_SCOPE)) throw forbidden(`_service requires ${COMPOSE_SCOPE}`);
    return resolve(root, args, context, info);
  };
}

export { DateScalar, MoneyScalar };
