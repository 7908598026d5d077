import DataLoader from 'dataloader';
import { countiesOf } from './areas';
import { daysInMonth } from './calendar';
import { badUserInput } from './errors';

/** Years the graph reports on: the registers reach back to 1990 records; 2100 bounds typos. */
export const FIRST_REPORT_YEAR = 1990;
export const LAST_REPORT_YEAR = 2100;

/** The period a statistics field is asked for (its `year`, `month` and `quarter` arguments). */
export interface PeriodArgs {
  year: number;
  month?: number | null;
  quarter?: number | null;
}

/**
 * A reporting period (按月报送, or a quarter): the period itself and the year to its end,
 * as inclusive `YYYY-MM-DD` bounds. Stocks (valid certificates, outstanding loans) are
 * taken at `end`.
 */
export interface ReportingPeriod {
  year: number;
  /** The month asked for, or the quarter's last month. */
  month: number;
  /** The quarter asked for; null for a month. */
  quarter: number | null;
  yearStart: string;
  /** First and last day of the month or quarter. */
  start: string;
  end: string;
  /** Identifies the period among others (batching, cache keys). */
  id: string;
  /**
   * Whether the period ended before the business date. Stocks of an ended period are
   * read from dated records as at `end`; those of the current one are as of now.
   */
  ended: boolean;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A report year, checked (`field` names the argument, e.g. `input.year`). */
export function validYear(year: number, field = 'year'): number {
  if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > LAST_REPORT_YEAR) {
    throw badUserInput(field, `must be a year from ${FIRST_REPORT_YEAR} to ${LAST_REPORT_YEAR}`);
  }
  return year;
}

function period(year: number, firstMonth: number, months: number, quarter: number | null): ReportingPeriod {
  const start = `${String(year).padStart(4, '0')}-${pad2(firstMonth)}-01`;
  const month = firstMonth + months - 1;
  const end = `${start.slice(0, 5)}${pad2(month)}-${pad2(daysInMonth(year, month))}`;
  return {
    year,
    month,
    quarter,
    yearStart: `${start.slice(0, 4)}-01-01`,
    start,
    end,
    id: quarter === null ? `${year}-${pad2(month)}` : `${year}-Q${quarter}`,
    ended: true,
  };
}

/** A calendar month, checked: the same rules and wording for every department. */
export function monthPeriod(year: number, month: number): ReportingPeriod {
  validYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw badUserInput('month', 'must be 1 to 12');
  return period(year, month, 1, null);
}

/** A calendar quarter (1: January to March …), checked. */
export function quarterPeriod(year: number, quarter: number): ReportingPeriod {
  validYear(year);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw badUserInput('quarter', 'must be 1 to 4');
  return period(year, quarter * 3 - 2, 3, quarter);
}

/**
 * The period a statistics field's arguments name: a month or a quarter of a year, begun by
 * the business date (`today`, config BUSINESS_DATE): a later one has no figures yet and is
 * refused naming its argument, rather than answered with zeros that look like a result.
 */
export function reportingPeriod({ year, month, quarter }: PeriodArgs, today: string): ReportingPeriod {
  const hasMonth = month !== undefined && month !== null;
  const hasQuarter = quarter !== undefined && quarter !== null;
  if (hasMonth && hasQuarter) throw badUserInput('quarter', 'give either month or quarter, not both');
  if (!hasMonth && !hasQuarter) throw badUserInput('month', 'give month or quarter');
  const p = hasQuarter ? quarterPeriod(year, quarter) : monthPeriod(year, month ?? 0);
  if (p.start > today) throw badUserInput(hasQuarter ? 'quarter' : 'month', `${p.id} begins after the business date ${today}`);
  return { ...p, ended: p.end < today };
}

/**
 * The months of a year's series (趋势): January to December for a past year, January to
 * the business date's month for the current one, each exactly the period `reportingPeriod`
 * makes of `{ year, month }`, so element i of a series is the month i+1 figure. A year
 * that begins after the business date has no figures yet and is refused naming `year`.
 */
export function yearSeries(year: number, today: string): ReportingPeriod[] {
  validYear(year);
  const thisYear = Number(today.slice(0, 4));
  if (year > thisYear) throw badUserInput('year', `${year} begins after the business date ${today}`);
  const months = year < thisYear ? 12 : Number(today.slice(5, 7));
  return Array.from({ length: months }, (_, i) => reportingPeriod({ year, month: i + 1 }, today));
}

/** One area's figures for one period: a county, or the city (320800) as the sum of its eight. */
export interface AreaPeriod {
  code: string;
  period: ReportingPeriod;
}

/** Figures by period id, then by county code. */
export type FiguresByPeriod<T> = Map<string, Map<string, T>>;

export interface AreaFigures<T> {
  /**
   * Figures of the counties asked, for every period asked, by period id then county code
   * (counties without rows may be left out). One round of statements for all the periods:
   * they are rows of a derived table (`shared/period-table.ts`), not one query each.
   */
  fetch: (codes: string[], periods: ReportingPeriod[]) => Promise<FiguresByPeriod<T>>;
  /** A county's figures when it has no rows. */
  empty: () => T;
  /** Two areas' figures together: how the city is summed from its counties. */
  add: (a: T, b: T) => T;
}

/**
 * Per-area figures batched over areas and periods: the counties of one report, and the
 * twelve months of a series, cost one fetch (one round of grouped statements), not one
 * per county or month. The city is summed from its counties' rows in the same fetch, so
 * its figures are the counties' sum by construction, and a series element is computed
 * by the very statement that answers the single month.
 */
export function areaPeriodLoader<T>({ fetch, empty, add }: AreaFigures<T>): DataLoader<AreaPeriod, T, string> {
  return new DataLoader<AreaPeriod, T, string>(
    async (keys) => {
      const periods = new Map<string, ReportingPeriod>();
      const codes = new Set<string>();
      for (const { code, period: p } of keys) {
        periods.set(p.id, p);
        for (const county of countiesOf(code)) codes.add(county);
      }
      const fetched = await fetch([...codes], [...periods.values()]);
      return keys.map(({ code, period: p }) => {
        const figures = fetched.get(p.id);
        return countiesOf(code)
          .map((county) => figures?.get(county) ?? empty())
          .reduce((sum, next) => add(sum, next));
      });
    },
    { cacheKeyFn: ({ code, period: p }) => `${code}|${p.id}` },
  );
}

/** The description of a department's `…Series(year)` field, whose single-month field is `monthField`. */
export function seriesDescription(monthField: string): string {
  return (
    `趋势 — ${monthField} month by month: element i is month i+1 (January first) and equals exactly what ` +
    `${monthField}(year, month: i+1) answers for the same area (a county, or the city as its counties' sum). ` +
    "The list runs to December for a past year and to the business date's month for the current year " +
    "(that month as the month field has it: stocks as of now). A year after the business date's is refused: BAD_USER_INPUT naming `year`."
  );
}
