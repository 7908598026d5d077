import type { GraphQLSchema } from 'graphql';
import { feedReplicaStatusResolver } from '../../../shared/feeds/status';
import { EmploymentReplica } from '../../../shared/employment-replica/employment-replica.entity';
import { intKey } from '../../../shared/loaders';
import { auditTrailResolver } from '../../../shared/audit/audit.resolver';
import { buildFederatedSchema } from '../../../shared/subgraph-schema';
import type { FinanceContext } from './context';
import { ReemploymentCertificate } from './references/certificate.reference';
import { replicaStatusResolver } from '../../../shared/certificate-replica/status';
import { FundAllocationResolver } from './fund/fund.resolver';
import { FundAllocationMutationResolver } from './fund/fund.mutation';
import { GuaranteeFundResolver } from './guarantee/guarantee.resolver';
import { GuaranteeFundMutationResolver } from './guarantee/guarantee.mutation';
import { LoanLifecycleResolver } from './loan/loan-lifecycle.mutation';
import { LoanMutationResolver } from './loan/loan.mutation';
import { OverdueLoansResolver } from './loan/loan-overdue.resolver';
import { LoanRepaymentResolver } from './loan/loan-repayment.mutation';
import { LoanFeedResolver } from './loan-feed/loan-feed.resolver';

import { ImportMutationResolver } from './import/import.mutation';
import { LoanResolver } from './loan/loan.resolver';
import { CountyFinanceResolver } from './stats/county-stats.resolver';
import { County } from './references/county.reference';
import { SubsidyPaymentResolver } from './subsidy/subsidy.resolver';
import { EnterpriseSubsidiesResolver } from './references/enterprise.resolver';
import { PersonLoansResolver, PersonSubsidiesResolver } from './references/person.resolver';
import { SubsidyMutationResolver } from './subsidy/subsidy.mutation';

export function buildFinanceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        feedReplicaStatusResolver({
          name: 'financeEmploymentReplica',
          feed: 'labor.employmentChanges',
          table: EmploymentReplica,
          department: 'finance',
        }),
        auditTrailResolver('finance'),
        LoanResolver,
        LoanMutationResolver,
        PersonLoansResolver,
        replicaStatusResolver('finance'),
        LoanLifecycleResolver,
        LoanRepaymentResolver,
        LoanFeedResolver,

        ImportMutationResolver,
        OverdueLoansResolver,
        GuaranteeFundResolver,
        GuaranteeFundMutationResolver,
        FundAllocationResolver,
        FundAllocationMutationResolver,
        SubsidyPaymentResolver,
        SubsidyMutationResolver,
        PersonSubsidiesResolver,
        EnterpriseSubsidiesResolver,
        CountyFinanceResolver,
      ],
      orphanedTypes: [ReemploymentCertificate, County],
    },
    {
      Loan: { __resolveReference: (ref: { id: string }, ctx: FinanceContext) => ctx.loaders.loanById.load(intKey(ref.id)) },
      // Persons are labor's: the key is all finance needs to resolve `loans`.
      Person: { __resolveReference: (ref: { id: string }) => ref },
      County: { __resolveReference: (ref: { code: string }) => ref },
      Enterprise: { __resolveReference: (ref: { creditCode: string }) => ref },
      GuaranteeFund: {
        __resolveReference: (ref: { id: string }, ctx: FinanceContext) => ctx.loaders.guaranteeFundById.load(intKey(ref.id)),
      },
      FundAllocation: {
        __resolveReference: (ref: { id: string }, ctx: FinanceContext) => ctx.loaders.fundAllocationById.load(intKey(ref.id)),
      },
      SubsidyPayment: { __resolveReference: (ref: { id: string }, ctx: FinanceContext) => ctx.loaders.subsidyById.load(intKey(ref.id)) },
    },
  );
}
