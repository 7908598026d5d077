import type { DataSource } from 'typeorm';
import { areaPeriodLoader } from '../../../../shared/reporting-period';
import { addExemptionsFromRecords, addRegistrationStats } from './registration-stats.queries';
import { createCommerceSummaryFetch } from '../summary/commerce-summary.queries';
import { emptyPeriod, type RegistrationStats } from './registration-stats.types';

const empty = (): RegistrationStats => ({ month: emptyPeriod(), yearToDate: emptyPeriod(), privateEconomyEmployees: 0 });

/**
 * Per area and period: the joint meeting's table asks every county for the same month,
 * and a series every month of a year: one read of commerce_monthly_summary per year for
 * registrations and staff, and one grouped statement for the fee exemptions, which a
 * revocation changes by date (issue 14; registrationStatsFor is the records path, kept as
 * the tests' recount).
 */
export function createRegistrationStatsLoaders(db: DataSource) {
  const fromSummary = createCommerceSummaryFetch(db);
  return {
    registrationStats: areaPeriodLoader({
      fetch: async (counties, periods) => addExemptionsFromRecords(db, counties, periods, await fromSummary(counties, periods)),
      empty,
      add: addRegistrationStats,
    }),
  };
}
