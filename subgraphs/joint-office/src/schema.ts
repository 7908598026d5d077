import type { GraphQLSchema } from 'graphql';
import { auditTrailResolver } from '../../../shared/audit/audit.resolver';
import { buildFederatedSchema } from '../../../shared/subgraph-schema';
import { CircularMutationResolver } from './circular/circular.mutation';
import { CircularResolver } from './circular/circular.resolver';
import { DutiesMutationResolver } from './duties/duties.mutation';
import { DutiesResolver } from './duties/duties.resolver';
import { FindingsMutationResolver } from './findings/findings.mutation';
import { FindingsResolver } from './findings/findings.resolver';

export function buildJointOfficeSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      auditTrailResolver('jointOffice'),
      CircularResolver,
      CircularMutationResolver,
      FindingsResolver,
      FindingsMutationResolver,
      DutiesResolver,
      DutiesMutationResolver,
    ],
  });
}
