import type { GraphQLSchema } from 'graphql';
import { auditTrailResolver } from '../../../shared/audit/audit.resolver';
import { buildFederatedSchema } from '../../../shared/subgraph-schema';
import type { CommerceContext } from './context';
import { RegisterFeedResolver } from './register-feed/register-feed.resolver';
import { replicaStatusResolver } from '../../../shared/certificate-replica/status';
import { EnterpriseResolver } from './enterprise/enterprise.resolver';
import { PersonBusinessesResolver } from './references/person.resolver';
import { RegistrationMutationResolver } from './enterprise/registration.mutation';
import { EnterpriseRegistrationMutationResolver } from './enterprise/enterprise-registration.mutation';
import { EmployeeCountMutationResolver } from './employees/employee-count.mutation';
import { ClosureMutationResolver } from './enterprise/closure.mutation';
import { EnterpriseFeeExemptionResolver, FeeExemptionResolver } from './fee-exemption/fee-exemption.resolver';
import { CertificateFeeExemptionsResolver } from './references/certificate.resolver';
import { CountyRegistrationStatsResolver } from './registration-stats/registration-stats.resolver';

export function buildCommerceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        auditTrailResolver('commerce'),
        EnterpriseResolver,
        RegistrationMutationResolver,
        EnterpriseRegistrationMutationResolver,
        EmployeeCountMutationResolver,
        ClosureMutationResolver,
        PersonBusinessesResolver,
        FeeExemptionResolver,
        CertificateFeeExemptionsResolver,
        EnterpriseFeeExemptionResolver,
        CountyRegistrationStatsResolver,
        replicaStatusResolver('commerce'),
        RegisterFeedResolver,
      ],
    },
    {
      Enterprise: {
        __resolveReference: (ref: { creditCode: string }, ctx: CommerceContext) => ctx.loaders.enterpriseByCode.load(ref.creditCode),
      },
      // Persons are labor's: the key is all commerce needs to resolve `businesses`.
      Person: { __resolveReference: (ref: { id: string }) => ref },
    },
  );
}
