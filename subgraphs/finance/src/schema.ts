import type { GraphQLSchema } from 'graphql';
import { intKey } from '../../../shared/loaders';
import { buildFederatedSchema } from '../../../shared/subgraph-schema';
import type { FinanceContext } from './context';
import { ReemploymentCertificate } from './loan/certificate.stub';
import { replicaStatusResolver } from '../../../shared/certificate-replica/status';
import { LoanMutationResolver } from './loan/loan.mutation';
import { LoanResolver, PersonLoansResolver } from './loan/loan.resolver';

export function buildFinanceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [LoanResolver, LoanMutationResolver, PersonLoansResolver, replicaStatusResolver('finance')],
      orphanedTypes: [ReemploymentCertificate],
    },
    {
      Loan: { __resolveReference: (ref: { id: string }, ctx: FinanceContext) => ctx.loaders.loanById.load(intKey(ref.id)) },
      // Persons are labor's: the key is all finance needs to resolve `loans`.
      Person: { __resolveReference: (ref: { id: string }) => ref },
    },
  );
}
