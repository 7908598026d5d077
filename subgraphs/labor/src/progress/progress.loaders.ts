import type { DataSource } from 'typeorm';
import { areaPeriodLoader } from '../../../../shared/reporting-period';
import {
  addCertificateStats,
  addRecordFigures,
  certificateFigures,
  noFigures,
  recordFigures,
  registeredUnemployed,
} from './progress.queries';

export function createProgressLoaders(db: DataSource) {
  return {
    recordFiguresByAreaPeriod: areaPeriodLoader({
      fetch: (codes, p) => recordFigures(db, codes, p),
      empty: () => ({ month: noFigures(), yearToDate: noFigures() }),
      add: addRecordFigures,
    }),
    unemployedByAreaPeriod: areaPeriodLoader({
      fetch: (codes, p) => registeredUnemployed(db, codes, p),
      empty: () => 0,
      add: (a, b) => a + b,
    }),
    certificateStatsByAreaPeriod: areaPeriodLoader({
      fetch: (codes, p) => certificateFigures(db, codes, p),
      empty: () => ({ issuedInMonth: 0, issuedYearToDate: 0, valid: 0 }),
      add: addCertificateStats,
    }),
  };
}
