import type { GraphQLSchema } from 'graphql';
import { intKey } from '../../../shared/loaders';
import { auditTrailResolver } from '../../../shared/audit/audit.resolver';
import { buildFederatedSchema } from '../../../shared/subgraph-schema';
import type { TaxContext } from './context';
import { replicaStatusResolver } from '../../../shared/certificate-replica/status';
import { AssessmentMutationResolver } from './assessment/assessment.mutation';
import { AssessmentResolver } from './assessment/assessment.resolver';
import { TaxReliefMutationResolver } from './relief/relief.mutation';
import { TaxReliefFeedResolver } from './relief-feed/relief-feed.resolver';
import { TaxReliefResolver } from './relief/relief.resolver';
import { TaxReliefEndResolver } from './relief/relief-end.resolver';
import {
  EnterpriseAssessmentsResolver,
  EnterpriseReliefsResolver,
  EnterpriseTaxRegistrationsResolver,
} from './references/enterprise.resolver';
import { PersonReliefsResolver } from './references/person.resolver';
import { CollectionQuotaOffsetResolver, CountyReliefStatsResolver } from './stats/relief-stats.resolver';
import { TaxpayerMutationResolver } from './taxpayer/taxpayer.mutation';
import { TaxRegistrationResolver } from './taxpayer/taxpayer.resolver';

export function buildTaxSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        auditTrailResolver('tax'),
        TaxReliefResolver,
        TaxReliefEndResolver,
        TaxReliefMutationResolver,
        TaxReliefFeedResolver,
        PersonReliefsResolver,
        EnterpriseReliefsResolver,
        replicaStatusResolver('tax'),
        TaxpayerMutationResolver,
        TaxRegistrationResolver,
        EnterpriseTaxRegistrationsResolver,
        AssessmentMutationResolver,
        AssessmentResolver,
        EnterpriseAssessmentsResolver,
        CountyReliefStatsResolver,
        CollectionQuotaOffsetResolver,
      ],
    },
    {
      TaxRelief: { __resolveReference: (ref: { id: string }, ctx: TaxContext) => ctx.loaders.reliefById.load(intKey(ref.id)) },
      // Other departments' entities: their key is all tax needs.
      Person: { __resolveReference: (ref: { id: string }) => ref },
      Enterprise: { __resolveReference: (ref: { creditCode: string }) => ref },
      County: { __resolveReference: (ref: { code: string }) => ref },
    },
  );
}
