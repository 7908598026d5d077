import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { FiguresByPeriod, ReportingPeriod } from '../../../../shared/reporting-period';
import type { RecordFigures } from '../progress/progress.queries';
import type { CertificateStats, EmploymentFigures } from '../progress/progress.types';
import { LABOR_SUMMARY_COLUMNS, type LaborSummaryColumn } from './labor-monthly-summary.entity';

/**
 * A county's summary for one report year by slot: 1–12 are the year's months, 0 is the
 * sum of every earlier month (the stocks' opening), 13 of every later one (status
 * changes dated after the year, which only the current period's "as of now" counts).
 */
export type SummaryYear = Map<string, Map<number, Record<LaborSummaryColumn, number>>>;

async function summaryYear(db: DataSource, year: number): Promise<SummaryYear> {
  const slot = 'CASE WHEN s.year < :year THEN 0 WHEN s.year > :year THEN 13 ELSE s.month END';
  const query = db
    .createQueryBuilder()
    .from('labor_monthly_summary', 's')
    .select('s.countyCode', 'countyCode')
    .addSelect(slot, 'slot')
    .setParameters({ year });
  for (const column of LABOR_SUMMARY_COLUMNS) query.addSelect(`SUM(s.${column})`, column);
  const rows: Record<string, string | number | null>[] = await query.groupBy('s.countyCode').addGroupBy(slot).getRawMany();
  const result: SummaryYear = new Map();
  for (const row of rows) {
    const county = result.get(String(row.countyCode)) ?? new Map<number, Record<LaborSummaryColumn, number>>();
    const values = Object.fromEntries(LABOR_SUMMARY_COLUMNS.map((c) => [c, Number(row[c] ?? 0)]));
    county.set(Number(row.slot), values as Record<LaborSummaryColumn, number>);
    result.set(String(row.countyCode), county);
  }
  return result;
}

/** One statement per report year asked in a request, whatever the counties, periods and fields. */
export const createSummaryYearLoader = (db: DataSource) =>
  new DataLoader<number, SummaryYear>((years) => Promise.all(years.map((year) => summaryYear(db, year))));

/** Sums `column` over slots `from`..`to` of a county's year. */
function sum(
  slots: Map<number, Record<LaborSummaryColumn, number>> | undefined,
  column: LaborSummaryColumn,
  from: number,
  to: number,
): number {
  let total = 0;
  for (let slot = from; slot <= to; slot += 1) total += slots?.get(slot)?.[column] ?? 0;
  return total;
}

type Slots = Map<number, Record<LaborSummaryColumn, number>> | undefined;
const firstMonth = (p: ReportingPeriod) => Number(p.start.slice(5, 7));

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

/** Figures for every county of `codes` and every period, from the summary years they need. */
async function fromSummary<T>(
  years: DataLoader<number, SummaryYear>,
  codes: string[],
  periods: ReportingPeriod[],
  figures: (slots: Slots, period: ReportingPeriod) => T,
): Promise<FiguresByPeriod<T>> {
  const result: FiguresByPeriod<T> = new Map();
  for (const period of periods) {
    const year = await years.load(period.year);
    result.set(period.id, new Map(codes.map((code) => [code, figures(year.get(code), period)])));
  }
  return result;
}

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
