import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { firstMonthOf, readSummaryYear, summaryFigures, type SummarySlots, sumSlots } from '../../../../shared/monthly-summary';
import type { FiguresByPeriod, ReportingPeriod } from '../../../../shared/reporting-period';
import type { LoanPeriodTotals, SubsidyPeriodTotals, SubsidyStats } from '../stats/stats.types';
import { FINANCE_SUMMARY_COLUMNS, type FinanceSummaryColumn } from './finance-monthly-summary.entity';

/** Each county's summary slots for one report year (shared/monthly-summary.ts). */
export type FinanceSummaryYear = Map<string, SummarySlots<FinanceSummaryColumn>>;

/**
 * One statement per report year asked in a request, shared by loanStats and subsidyStats
 * (and their series): whatever the counties, periods and fields, a year is read once.
 */
export const createFinanceSummaryYearLoader = (db: DataSource) =>
  new DataLoader<number, FinanceSummaryYear>((years) =>
    Promise.all(years.map((year) => readSummaryYear(db, 'finance_monthly_summary', FINANCE_SUMMARY_COLUMNS, year))),
  );

type Slots = SummarySlots<FinanceSummaryColumn> | undefined;
const sum = sumSlots<FinanceSummaryColumn>;
const fen = (slots: Slots, column: FinanceSummaryColumn, from: number, to: number) => BigInt(sum(slots, column, from, to));

const disbursed = (slots: Slots, from: number, to: number): LoanPeriodTotals => ({
  count: sum(slots, 'loansDisbursed', from, to),
  amount: fen(slots, 'loansDisbursedAmount', from, to),
});

/** The loan figures the summary keeps; the interest subsidy and guarantee capacity come from the records. */
export type SummaryLoanFigures = { month: LoanPeriodTotals; yearToDate: LoanPeriodTotals; outstandingAmount: bigint };

export const summaryLoanFigures = (years: DataLoader<number, FinanceSummaryYear>, codes: string[], periods: ReportingPeriod[]) =>
  summaryFigures(
    (year) => years.load(year),
    codes,
    periods,
    (slots, p): SummaryLoanFigures => ({
      month: disbursed(slots, firstMonthOf(p), p.month),
      yearToDate: disbursed(slots, 1, p.month),
      // Owed at the period's last day (the records read it at `end`, current period or not).
      outstandingAmount: fen(slots, 'outstandingChange', 0, p.month),
    }),
  );

function paid(slots: Slots, from: number, to: number): SubsidyPeriodTotals {
  const totals = {
    socialInsurance: fen(slots, 'socialInsuranceAmount', from, to),
    job: fen(slots, 'jobAmount', from, to),
    training: fen(slots, 'trainingAmount', from, to),
    referral: fen(slots, 'referralAmount', from, to),
  };
  return {
    count: sum(slots, 'subsidyPayments', from, to),
    amount: totals.socialInsurance + totals.job + totals.training + totals.referral,
    ...totals,
  };
}

export const summarySubsidyStats = (
  years: DataLoader<number, FinanceSummaryYear>,
  codes: string[],
  periods: ReportingPeriod[],
): Promise<FiguresByPeriod<SubsidyStats>> =>
  summaryFigures(
    (year) => years.load(year),
    codes,
    periods,
    (slots, p): SubsidyStats => ({ month: paid(slots, firstMonthOf(p), p.month), yearToDate: paid(slots, 1, p.month) }),
  );
