import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { firstMonthOf, readSummaryYear, summaryFigures, type SummarySlots, sumSlots } from '../../../../shared/monthly-summary';
import type { ReportingPeriod } from '../../../../shared/reporting-period';
import type { RecordFigures } from '../progress/progress.queries';
import type { CertificateStats, EmploymentFigures } from '../progress/progress.types';
import { LABOR_SUMMARY_COLUMNS, type LaborSummaryColumn } from './labor-monthly-summary.entity';

/** Each county's summary slots for one report year (shared/monthly-summary.ts). */
export type SummaryYear = Map<string, SummarySlots<LaborSummaryColumn>>;

/** One statement per report year asked in a request, whatever the counties, periods and fields. */
export const createSummaryYearLoader = (db: DataSource) =>
  new DataLoader<number, SummaryYear>((years) =>
    Promise.all(years.map((year) => readSummaryYear(db, 'labor_monthly_summary', LABOR_SUMMARY_COLUMNS, year))),
  );

const sum = sumSlots<LaborSummaryColumn>;
type Slots = SummarySlots<LaborSummaryColumn> | undefined;
const firstMonth = firstMonthOf;

function employment(slots: Slots, from: number, to: number, distinct: 'Month' | 'Quarter' | 'Year'): EmploymentFigures {
  const jobs = sum(slots, 'jobsStarted', from, to);
  return {
    jobsCreated: jobs,
    netNewEmployment: jobs - sum(slots, 'jobsEnded', from, to),
    reemployed: sum(slots, `reemployed${distinct}`, from, to),
    hardshipReemployed: sum(slots, `hardship${distinct}`, from, to),
    ruralLaborExported: sum(slots, 'exported', from, to),
  };
}

const fromSummary = <T>(
  years: DataLoader<number, SummaryYear>,
  codes: string[],
  periods: ReportingPeriod[],
  figures: (slots: Slots, period: ReportingPeriod) => T,
) => summaryFigures((year) => years.load(year), codes, periods, figures);

export const summaryRecordFigures = (years: DataLoader<number, SummaryYear>, codes: string[], periods: ReportingPeriod[]) =>
  fromSummary(years, codes, periods, (slots, p): RecordFigures => ({
    month: employment(slots, firstMonth(p), p.month, p.quarter === null ? 'Month' : 'Quarter'),
    yearToDate: employment(slots, 1, p.month, 'Year'),
  }));

/** Registered unemployed at the period's end: the stock's changes up to its last month. */
export const summaryUnemployed = (years: DataLoader<number, SummaryYear>, codes: string[], periods: ReportingPeriod[]) =>
  fromSummary(years, codes, periods, (slots, p) => sum(slots, 'unemployedChange', 0, p.month));

/** Valid at an ended period's end; for the current period, as of now (every change so far). */
export const summaryCertificateStats = (years: DataLoader<number, SummaryYear>, codes: string[], periods: ReportingPeriod[]) =>
  fromSummary(years, codes, periods, (slots, p): CertificateStats => ({
    issuedInMonth: sum(slots, 'certificatesIssued', firstMonth(p), p.month),
    issuedYearToDate: sum(slots, 'certificatesIssued', 1, p.month),
    valid: sum(slots, 'validChange', 0, p.ended ? p.month : 13),
  }));
