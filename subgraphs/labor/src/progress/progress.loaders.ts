import type { DataSource } from 'typeorm';
import { periodLoader } from './period';
import { certificateFigures, noFigures, recordFigures, registeredUnemployed } from './progress.queries';

export function createProgressLoaders(db: DataSource) {
  return {
    recordFiguresByCountyPeriod: periodLoader((codes, p) => recordFigures(db, codes, p), () => ({ month: noFigures(), yearToDate: noFigures() })),
    unemployedByCountyPeriod: periodLoader((codes, p) => registeredUnemployed(db, codes, p), () => 0),
    certificateStatsByCountyPeriod: periodLoader((codes, p) => certificateFigures(db, codes, p), () => ({ issuedInMonth: 0, issuedYearToDate: 0, valid: 0 })),
  };
}
