import type { SubgraphDefinition } from '../../../shared/subgraph';
import { createFinanceLoaders, type FinanceLoaders } from './context';
import { FundAllocation } from './fund/fund-allocation.entity';
import { GuaranteeContribution } from './guarantee/guarantee-contribution.entity';
import { GuaranteeFund } from './guarantee/guarantee-fund.entity';
import { LoanInterestSubsidy } from './loan/interest-subsidy.entity';
import { Loan } from './loan/loan.entity';
import { FinanceInitial1751000000000 } from './migrations/1751000000000-finance-initial';
import { FinanceLoansFundsSubsidies1751000030000 } from './migrations/1751000030000-finance-loans-funds-subsidies';
import { FinanceGuaranteeContributions1751000031000 } from './migrations/1751000031000-finance-guarantee-contributions';
import { FinanceEmploymentReplica1751000032000 } from './migrations/1751000032000-finance-employment-replica';
import { FinanceLoanFeed1751000101000 } from './migrations/1751000101000-finance-loan-feed';
import { FinanceMonthlySummary1751000200000 } from './migrations/1751000200000-finance-monthly-summary';
import { LoanChange } from './loan-feed/loan-change.entity';
import { FeedHead } from '../../../shared/feeds/head.entity';
import { EmploymentReplica } from '../../../shared/employment-replica/employment-replica.entity';
import { employmentFeedSync } from '../../../shared/employment-replica/employment-sync';
import { buildFinanceSchema } from './schema';
import { seedFinanceDemo } from './seed';
import { SubsidyPayment } from './subsidy/subsidy-payment.entity';
import { FinanceMonthlySummary } from './summary/finance-monthly-summary.entity';

export const financeSubgraph: SubgraphDefinition<FinanceLoaders> = {
  name: 'finance',
  port: 4002,
  entities: [
    Loan,
    LoanInterestSubsidy,
    GuaranteeFund,
    GuaranteeContribution,
    FundAllocation,
    SubsidyPayment,
    EmploymentReplica,
    LoanChange,
    FeedHead,
    FinanceMonthlySummary,
  ],
  migrations: [
    FinanceInitial1751000000000,
    FinanceLoansFundsSubsidies1751000030000,
    FinanceGuaranteeContributions1751000031000,
    FinanceEmploymentReplica1751000032000,
    FinanceLoanFeed1751000101000,
    FinanceMonthlySummary1751000200000,
  ],
  buildSchema: buildFinanceSchema,
  createLoaders: createFinanceLoaders,
  replicatesCertificates: true,
  replicatesBirthDates: true,
  seedDemo: seedFinanceDemo,
  // Labor's employment records, to check a subsidised employer's hire against.
  consumes: (options) => [employmentFeedSync(options)],
};
