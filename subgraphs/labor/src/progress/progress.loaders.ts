import type { DataSource } from 'typeorm';
import { areaPeriodLoader } from '../../../../shared/reporting-period';
import {
  createSummaryYearLoader,
  summaryCertificateStats,
  summaryRecordFigures,
  summaryUnemployed,
} from '../summary/labor-summary.queries';
import { addCertificateStats, addRecordFigures, communityAndFlexibleEmployed, noFigures } from './progress.queries';

/**
 * The monthly report's figures, read from labor_monthly_summary (issue 14): one
 * statement per report year, shared by three loaders, whatever the counties and months.
 * communityAndFlexibleEmployed is grouped from the records, and only when asked (it
 * depends on every open job of a person at each period's end, and on commerce's register).
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
    flexibleByAreaPeriod: areaPeriodLoader({
      fetch: (codes, periods) => communityAndFlexibleEmployed(db, codes, periods),
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
