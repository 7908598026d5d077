import { errorCode, type GraphQLError, type GraphQLResult, postGraphQL } from '../../common/graphql';
import { type Department, DEPARTMENTS, departmentOfError } from './departments';
import type { AreaReport, EmploymentFigures, MonthlyReport, Refusal } from './model';
import { type CountyAnswer, monthlyReportQuery, type ReportAnswer } from './report-query';

/**
 * The dashboard's access to the graph's report data: the counties and the city in one
 * request. The views take MonthlyReport; how it is asked stays here (the year's series: year-series.ts).
 */
type Answer = GraphQLResult<ReportAnswer>;

function refusalOf(answer: Answer): Refusal | null {
  if (answer.status === 401 || answer.errors.some((e) => errorCode(e) === 'UNAUTHENTICATED')) {
    return { kind: 'unauthenticated', message: answer.errors[0]?.message ?? 'invalid token' };
  }
  const forbidden = answer.errors.find((e) => errorCode(e) === 'FORBIDDEN');
  return forbidden ? { kind: 'forbidden', message: forbidden.message } : null;
}

function figures(raw: Record<string, number>): EmploymentFigures {
  return {
    jobsCreated: raw.jobsCreated ?? 0,
    netNewEmployment: raw.netNewEmployment ?? 0,
    reemployed: raw.reemployed ?? 0,
    hardshipReemployed: raw.hardshipReemployed ?? 0,
    ruralLaborExported: raw.ruralLaborExported ?? 0,
  };
}

function toArea(c: CountyAnswer): AreaReport {
  const progress = c.employmentProgress;
  return {
    code: c.code,
    name: c.name,
    labor:
      progress && c.certificateStats && c.targets !== undefined
        ? {
            targets: c.targets,
            month: figures(progress.month),
            yearToDate: figures(progress.yearToDate),
            expectedYearToDate: progress.expectedYearToDate && figures(progress.expectedYearToDate),
            behindSchedule: progress.behindSchedule,
            registeredUnemploymentRate: progress.registeredUnemploymentRate,
            certificates: c.certificateStats,
          }
        : null,
    finance: c.loanStats ?? null,
    tax: c.taxReliefStats ?? null,
    commerce: c.registrationStats ?? null,
  };
}

function missingIn(areas: AreaReport[], asked: readonly Department[], errors: GraphQLError[]): Department[] {
  const named = new Set(errors.map(departmentOfError).filter((d): d is Department => d !== null));
  return asked.filter((d) => named.has(d) || areas.some((a) => a[d] === null));
}

/** The report from one answer of the whole query, naming the departments it lacks. */
export function reportFromAnswer(
  year: number,
  month: number,
  counties: CountyAnswer[],
  city: CountyAnswer | null,
  errors: GraphQLError[],
): MonthlyReport {
  const areas = counties.map(toArea);
  const cityRow = city && toArea(city);
  const missing = missingIn(cityRow ? [...areas, cityRow] : areas, DEPARTMENTS, errors);
  return { year, month, counties: areas, city: cityRow, missing, refused: null };
}

/**
 * One request for the whole report. When a department fails, a gateway that nulls only
 * its fields (issue 9) still answers the rest; one that loses the whole answer (a
 * non-null field of the failed department) is asked again department by department, so
 * the page shows everything else and names what is missing either way.
 */
export async function loadMonthlyReport(year: number, month: number, token: string): Promise<MonthlyReport> {
  const variables = { year, month };
  const whole: Answer = await postGraphQL(monthlyReportQuery(DEPARTMENTS), variables, token);
  const refused = refusalOf(whole);
  if (refused) return { year, month, counties: [], city: null, missing: [], refused };
  if (whole.data?.counties) return reportFromAnswer(year, month, whole.data.counties, whole.data.city, whole.errors);
  const parts = await Promise.all(DEPARTMENTS.map(async (d) => [d, await postGraphQL<ReportAnswer>(monthlyReportQuery([d]), variables, token)] as const));
  const answered = parts.filter(([, a]) => a.data?.counties);
  const missing = parts.filter(([, a]) => !a.data?.counties).map(([d]) => d);
  const byCode = new Map<string, CountyAnswer>();
  for (const [, answer] of answered) {
    for (const county of answer.data?.counties ?? []) byCode.set(county.code, { ...byCode.get(county.code), ...county });
  }
  const cityParts = answered.flatMap(([, answer]) => (answer.data?.city ? [answer.data.city] : []));
  const city = cityParts.length ? cityParts.reduce((all, part) => ({ ...all, ...part })) : null;
  const report = reportFromAnswer(year, month, [...byCode.values()], city, []);
  return { ...report, missing: [...new Set([...missing, ...report.missing])] };
}
