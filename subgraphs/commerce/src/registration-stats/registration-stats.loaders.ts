import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ReportPeriod } from './registration-stats.period';
import { registrationStatsFor } from './registration-stats.queries';
import type { RegistrationStats } from './registration-stats.types';

/**
 * One loader per report period in a request: the joint meeting's table asks every county
 * for the same month, which becomes one batch of three grouped statements.
 */
export function createRegistrationStatsLoaders(db: DataSource) {
  const byPeriod = new Map<string, DataLoader<string, RegistrationStats>>();
  return {
    registrationStats(period: ReportPeriod): DataLoader<string, RegistrationStats> {
      const key = `${period.year}-${period.month}`;
      let loader = byPeriod.get(key);
      if (!loader) {
        loader = new DataLoader<string, RegistrationStats>((counties) => registrationStatsFor(db, [...counties], period));
        byPeriod.set(key, loader);
      }
      return loader;
    },
  };
}
