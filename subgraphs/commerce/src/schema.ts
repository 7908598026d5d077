import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../../shared/subgraph-schema';
import type { CommerceContext } from './context';
import { EnterpriseResolver, PersonBusinessesResolver } from './enterprise/enterprise.resolver';

export function buildCommerceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [EnterpriseResolver, PersonBusinessesResolver] },
    {
      Enterprise: {
        __resolveReference: (ref: { creditCode: string }, ctx: CommerceContext) => ctx.loaders.enterpriseByCode.load(ref.creditCode),
      },
      // Persons are labor's: the key is all commerce needs to resolve `businesses`.
      Person: { __resolveReference: (ref: { id: string }) => ref },
    },
  );
}
