import { badUserInput } from '../../../../shared/errors';

/** The month asked for and the year to date, as inclusive `YYYY-MM-DD` bounds. */
export interface ReportPeriod {
  year: number;
  month: number;
  yearStart: string;
  monthStart: string;
  monthEnd: string;
}

export const FIRST_REPORT_YEAR = 1990;
export const LAST_REPORT_YEAR = 2100;

export function reportPeriod(year: number, month: number): ReportPeriod {
  if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > LAST_REPORT_YEAR) {
    throw badUserInput('year', `must be a year from ${FIRST_REPORT_YEAR} to ${LAST_REPORT_YEAR}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) throw badUserInput('month', 'must be 1 to 12');
  const mm = String(month).padStart(2, '0');
  // Day 0 of the next month is this month's last day.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, yearStart: `${year}-01-01`, monthStart: `${year}-${mm}-01`, monthEnd: `${year}-${mm}-${String(lastDay).padStart(2, '0')}` };
}
