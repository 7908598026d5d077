import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { firstMonthOf, readSummaryYear, summaryFigures, type SummarySlots, sumSlots } from '../../../../shared/monthly-summary';
import type { FiguresByPeriod, ReportingPeriod } from '../../../../shared/reporting-period';
import type { RegistrationPeriodStats, RegistrationStats } from '../registration-stats/registration-stats.types';
import { COMMERCE_SUMMARY_COLUMNS, type CommerceSummaryColumn } from './commerce-monthly-summary.entity';

type Slots = SummarySlots<CommerceSummaryColumn> | undefined;
const sum = sumSlots<CommerceSummaryColumn>;

/** The fee exemptions are left at zero here: registrationStatsFromSummary adds them from the records. */
const period = (slots: Slots, from: number, to: number): RegistrationPeriodStats => ({
  individualBusinesses: sum(slots, 'individualBusinesses', from, to),
  enterprises: sum(slots, 'enterprises', from, to),
  feeExemptions: 0,
  feeExemptedAmount: 0n,
});

/** Registrations and staff from commerce_monthly_summary: one statement per report year asked in a request. */
export function createCommerceSummaryFetch(db: DataSource) {
  const years = new DataLoader<number, Map<string, SummarySlots<CommerceSummaryColumn>>>((asked) =>
    Promise.all(asked.map((year) => readSummaryYear(db, 'commerce_monthly_summary', COMMERCE_SUMMARY_COLUMNS, year))),
  );
  return (codes: string[], periods: ReportingPeriod[]): Promise<FiguresByPeriod<RegistrationStats>> =>
    summaryFigures(
      (year) => years.load(year),
      codes,
      periods,
      (slots, p): RegistrationStats => ({
        month: period(slots, firstMonthOf(p), p.month),
        yearToDate: period(slots, 1, p.month),
        // Staff at the period's last day: every change up to its last month.
        privateEconomyEmployees: sum(slots, 'employeesChange', 0, p.month),
      }),
    );
}
