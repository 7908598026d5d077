import { type GraphQLError, postGraphQL } from '../../common/graphql';
import { type Department, departmentOfError } from './departments';
import { SERIES_FIELDS, type SeriesElement, type SeriesField, type TrendIndicator } from './indicators';

const FIELDS = Object.keys(SERIES_FIELDS) as SeriesField[];

/** The counties and the city, each with every series of the year, in one request. */
export function yearSeriesQuery(): string {
  const series = FIELDS.map((field) => `${field}(year: $year) { ${SERIES_FIELDS[field].selection} }`).join('\n    ');
  return `query DashboardYearSeries($year: Int!) {
  counties {
    code
    name
    ${series}
  }
  city {
    code
    name
    ${series}
  }
}`;
}

/** One area's series as answered: a field is null when its department did not answer. */
export type SeriesAnswer = { code: string; name: string } & Partial<Record<SeriesField, SeriesElement[] | null>>;

export interface SeriesArea {
  code: string;
  name: string;
  series: Partial<Record<SeriesField, SeriesElement[] | null>>;
}

export interface YearSeries {
  year: number;
  /** 1 … the last month the graph answers (December for a past year, the business date's month for the current one). */
  months: number[];
  counties: SeriesArea[];
  city: SeriesArea | null;
  /** Departments whose series are missing (down, or failing): their points are null. */
  missing: Department[];
  /** The business date (YYYY-MM-DD) when the last month is still running, else null. */
  partialThrough: string | null;
}

/** An indicator's points for an area, one per month; null where its department did not answer. */
export function pointsOf(area: SeriesArea, indicator: TrendIndicator, months: number[]): (number | null)[] {
  const list = area.series[indicator.field];
  return months.map((_, i) => {
    const element = list?.[i];
    return element ? indicator.read(element) : null;
  });
}

export function seriesFromAnswer(
  year: number,
  counties: SeriesAnswer[],
  city: SeriesAnswer | null,
  errors: GraphQLError[],
  businessDate: string | null = null,
): YearSeries {
  const toArea = ({ code, name, ...series }: SeriesAnswer): SeriesArea => ({ code, name, series });
  const areas = city ? [...counties, city] : counties;
  const length = Math.max(0, ...areas.flatMap((a) => FIELDS.map((f) => a[f]?.length ?? 0)));
  const failed = new Set(errors.map(departmentOfError).filter((d): d is Department => d !== null));
  for (const field of FIELDS) if (areas.some((a) => !a[field])) failed.add(SERIES_FIELDS[field].department);
  return {
    year,
    months: Array.from({ length }, (_, i) => i + 1),
    counties: counties.map(toArea),
    city: city && toArea(city),
    missing: [...failed],
    partialThrough: businessDate && Number(businessDate.slice(0, 4)) === year && length === Number(businessDate.slice(5, 7)) ? businessDate : null,
  };
}

/**
 * A year's monthly figures of every area: one request, the graph's series fields. A
 * department that fails nulls only its own series; an answer without the areas at all
 * rejects (the chart then says the months could not be read; the tables stand).
 */
export async function loadYearSeries(year: number, token: string, businessDate: string): Promise<YearSeries> {
  const answer = await postGraphQL<{ counties: SeriesAnswer[] | null; city: SeriesAnswer | null }>(yearSeriesQuery(), { year }, token);
  if (!answer.data?.counties) throw new Error(answer.errors[0]?.message ?? 'no answer');
  return seriesFromAnswer(year, answer.data.counties, answer.data.city, answer.errors, businessDate);
}
