import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '../../../shared/subgraph';
import { createFundLoaders } from './fund/fund.loaders';
import { createGuaranteeLoaders } from './guarantee/guarantee.loaders';
import { createLoanLoaders } from './loan/loan.loaders';
import { createLoanStatsLoaders } from './stats/loan-stats.loaders';
import { createSubsidyStatsLoaders } from './stats/subsidy-stats.loaders';
import { createSubsidyLoaders } from './subsidy/subsidy.loaders';
import { createFinanceSummaryYearLoader } from './summary/finance-summary.queries';

export function createFinanceLoaders(db: DataSource) {
  // One read of finance_monthly_summary per report year and request, for loans and subsidies.
  const summaryYears = createFinanceSummaryYearLoader(db);
  return {
    ...createLoanLoaders(db),
    ...createGuaranteeLoaders(db),
    ...createFundLoaders(db),
    ...createSubsidyLoaders(db),
    ...createLoanStatsLoaders(db, summaryYears),
    ...createSubsidyStatsLoaders(summaryYears),
  };
}

export type FinanceLoaders = ReturnType<typeof createFinanceLoaders>;
export type FinanceContext = SubgraphContext<FinanceLoaders>;
