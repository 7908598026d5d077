import type { DataSource } from 'typeorm';
import { areaPeriodLoader } from '../../../../shared/reporting-period';
import { addRegistrationStats, registrationStatsFor } from './registration-stats.queries';
import { emptyPeriod, type RegistrationStats } from './registration-stats.types';

const empty = (): RegistrationStats => ({ month: emptyPeriod(), yearToDate: emptyPeriod(), privateEconomyEmployees: 0 });

/**
 * Per area and period: the joint meeting's table asks every county for the same month,
 * and a series every month of a year, which becomes one batch of three grouped statements.
 */
export function createRegistrationStatsLoaders(db: DataSource) {
  return {
    registrationStats: areaPeriodLoader({
      fetch: (counties, periods) => registrationStatsFor(db, counties, periods),
      empty,
      add: addRegistrationStats,
    }),
  };
}
