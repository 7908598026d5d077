import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { areaPeriodLoader } from '../../../../shared/reporting-period';
import { type FinanceSummaryYear, summaryLoanFigures } from '../summary/finance-summary.queries';
import { addLoanStats, emptyLoanStats, loanStatsFromSummary } from './loan-stats.queries';

/**
 * Per area and period (issue 14): loans disbursed and outstanding from the year's rows of
 * finance_monthly_summary (`years`, shared with subsidyStats), the interest subsidy and
 * guarantee capacity grouped from the records. loanStatsFor is the records path, kept as
 * the tests' recount.
 */
export function createLoanStatsLoaders(db: DataSource, years: DataLoader<number, FinanceSummaryYear>) {
  return {
    loanStats: areaPeriodLoader({
      fetch: async (codes, periods) => loanStatsFromSummary(db, codes, periods, await summaryLoanFigures(years, codes, periods)),
      empty: emptyLoanStats,
      add: addLoanStats,
    }),
  };
}
