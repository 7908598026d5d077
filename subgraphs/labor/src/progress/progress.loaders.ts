import type { DataSource } from 'typeorm';
import { areaPeriodLoader } from '../../../../shared/reporting-period';
import {
  createSummaryYearLoader,
  summaryCertificateStats,
  summaryRecordFigures,
  summaryUnemployed,
} from '../summary/labor-summary.queries';
import { addCertificateStats, addRecordFigures, noFigures } from './progress.queries';

/**
 * The monthly report's figures, read from labor_monthly_summary (issue 14): one
 * statement per report year, shared by the three loaders, whatever the counties and months.
 */
export function createProgressLoaders(db: DataSource) {
  const years = createSummaryYearLoader(db);
  return {
    recordFiguresByAreaPeriod: areaPeriodLoader({
      fetch: (codes, periods) => summaryRecordFigures(years, codes, periods),
      empty: () => ({ month: noFigures(), yearToDate: noFigures() }),
      add: addRecordFigures,
    }),
    unemployedByAreaPeriod: areaPeriodLoader({
      fetch: (codes, periods) => summaryUnemployed(years, codes, periods),
      empty: () => 0,
      add: (a, b) => a + b,
    }),
    certificateStatsByAreaPeriod: areaPeriodLoader({
      fetch: (codes, periods) => summaryCertificateStats(years, codes, periods),
      empty: () => ({ issuedInMonth: 0, issuedYearToDate: 0, valid: 0 }),
      add: addCertificateStats,
    }),
  };
}
