import type { DataSource } from 'typeorm';
import { areaPeriodLoader } from '../../../../shared/reporting-period';
import {
  addCertificateStats,
  addRecordFigures,
  certificateFigures,
  communityAndFlexibleEmployed,
  noFigures,
  recordFigures,
  registeredUnemployed,
} from './progress.queries';

export function createProgressLoaders(db: DataSource) {
  return {
    recordFiguresByAreaPeriod: areaPeriodLoader({
      fetch: (codes, periods) => recordFigures(db, codes, periods),
      empty: () => ({ month: noFigures(), yearToDate: noFigures() }),
      add: addRecordFigures,
    }),
    unemployedByAreaPeriod: areaPeriodLoader({
      fetch: (codes, periods) => registeredUnemployed(db, codes, periods),
      empty: () => 0,
      add: (a, b) => a + b,
    }),
    flexibleByAreaPeriod: areaPeriodLoader({
      fetch: (codes, periods) => communityAndFlexibleEmployed(db, codes, periods),
      empty: () => 0,
      add: (a, b) => a + b,
    }),
    certificateStatsByAreaPeriod: areaPeriodLoader({
      fetch: (codes, periods) => certificateFigures(db, codes, periods),
      empty: () => ({ issuedInMonth: 0, issuedYearToDate: 0, valid: 0 }),
      add: addCertificateStats,
    }),
  };
}
