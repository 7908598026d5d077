import type DataLoader from 'dataloader';
import { areaPeriodLoader } from '../../../../shared/reporting-period';
import { type FinanceSummaryYear, summarySubsidyStats } from '../summary/finance-summary.queries';
import { addSubsidyStats, emptySubsidyStats } from './subsidy-stats.queries';

/**
 * Per area and period (issue 14): every figure from the year's rows of
 * finance_monthly_summary (`years`, shared with loanStats). subsidyStatsFor is the
 * records path, kept as the tests' recount.
 */
export function createSubsidyStatsLoaders(years: DataLoader<number, FinanceSummaryYear>) {
  return {
    subsidyStats: areaPeriodLoader({
      fetch: (codes, periods) => summarySubsidyStats(years, codes, periods),
      empty: emptySubsidyStats,
      add: addSubsidyStats,
    }),
  };
}
