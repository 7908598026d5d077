import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { firstMonthOf, readSummaryYear, summaryFigures, type SummarySlots, sumSlots } from '../../../../shared/monthly-summary';
import type { FiguresByPeriod, ReportingPeriod } from '../../../../shared/reporting-period';
import type { TaxReliefStats } from '../stats/relief-stats.types';
import { TAX_SUMMARY_COLUMNS, type TaxSummaryColumn } from './tax-monthly-summary.entity';

type Slots = SummarySlots<TaxSummaryColumn> | undefined;
const sum = sumSlots<TaxSummaryColumn>;

function totals(slots: Slots, from: number, to: number, distinct: 'Month' | 'Quarter' | 'Year'): TaxReliefStats['month'] {
  return {
    persons: sum(slots, `persons${distinct}`, from, to),
    enterprises: sum(slots, `enterprises${distinct}`, from, to),
    amount: BigInt(sum(slots, 'amount', from, to)),
  };
}

/**
 * taxReliefStats from tax_monthly_summary: one statement per report year asked in a
 * request (the loader is per request), whatever the counties and periods.
 */
export function createTaxSummaryFetch(db: DataSource) {
  const years = new DataLoader<number, Map<string, SummarySlots<TaxSummaryColumn>>>((asked) =>
    Promise.all(asked.map((year) => readSummaryYear(db, 'tax_monthly_summary', TAX_SUMMARY_COLUMNS, year))),
  );
  return (codes: string[], periods: ReportingPeriod[]): Promise<FiguresByPeriod<TaxReliefStats>> =>
    summaryFigures(
      (year) => years.load(year),
      codes,
      periods,
      (slots, p): TaxReliefStats => ({
        month: totals(slots, firstMonthOf(p), p.month, p.quarter === null ? 'Month' : 'Quarter'),
        yearToDate: totals(slots, 1, p.month, 'Year'),
      }),
    );
}
