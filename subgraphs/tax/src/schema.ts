import type { GraphQLSchema } from 'graphql';
import { intKey } from '../../../shared/loaders';
import { buildFederatedSchema } from '../../../shared/subgraph-schema';
import type { TaxContext } from './context';
import { replicaStatusResolver } from '../../../shared/certificate-replica/status';
import { TaxReliefMutationResolver } from './relief/relief.mutation';
import { EnterpriseReliefsResolver, PersonReliefsResolver, TaxReliefResolver } from './relief/relief.resolver';

export function buildTaxSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [TaxReliefResolver, TaxReliefMutationResolver, PersonReliefsResolver, EnterpriseReliefsResolver, replicaStatusResolver('tax')],
    },
    {
      TaxRelief: { __resolveReference: (ref: { id: string }, ctx: TaxContext) => ctx.loaders.reliefById.load(intKey(ref.id)) },
      // Other departments' entities: their key is all tax needs.
      Person: { __resolveReference: (ref: { id: string }) => ref },
      Enterprise: { __resolveReference: (ref: { creditCode: string }) => ref },
    },
  );
}
