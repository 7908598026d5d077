import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../../shared/subgraph-schema';
import type { CommerceContext } from './context';
import { replicaStatusResolver } from '../../../shared/certificate-replica/status';
import { EnterpriseResolver, PersonBusinessesResolver } from './enterprise/enterprise.resolver';
import { RegistrationMutationResolver } from './enterprise/registration.mutation';

export function buildCommerceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [EnterpriseResolver, RegistrationMutationResolver, PersonBusinessesResolver, replicaStatusResolver('commerce')] },
    {
      Enterprise: {
        __resolveReference: (ref: { creditCode: string }, ctx: CommerceContext) => ctx.loaders.enterpriseByCode.load(ref.creditCode),
      },
      // Persons are labor's: the key is all commerce needs to resolve `businesses`.
      Person: { __resolveReference: (ref: { id: string }) => ref },
    },
  );
}
