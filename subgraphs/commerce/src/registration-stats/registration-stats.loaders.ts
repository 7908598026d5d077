import type { DataSource } from 'typeorm';
import { areaPeriodLoader } from '../../../../shared/reporting-period';
import { addRegistrationStats } from './registration-stats.queries';
import { createCommerceSummaryFetch } from '../summary/commerce-summary.queries';
import { emptyPeriod, type RegistrationStats } from './registration-stats.types';

const empty = (): RegistrationStats => ({ month: emptyPeriod(), yearToDate: emptyPeriod(), privateEconomyEmployees: 0 });

/**
 * Per area and period: the joint meeting's table asks every county for the same month,
 * and a series every month of a year: one read of commerce_monthly_summary per year
 * (issue 14; registrationStatsFor is the records path, kept as the tests' recount).
 */
export function createRegistrationStatsLoaders(db: DataSource) {
  return {
    registrationStats: areaPeriodLoader({
      fetch: createCommerceSummaryFetch(db),
      empty,
      add: addRegistrationStats,
    }),
  };
}
