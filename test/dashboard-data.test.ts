import { CIRCULAR_QUERY } from '../web/dashboard/data/circulars';
import { departmentOfError } from '../web/dashboard/data/departments';
import { monthlyReportQuery } from '../web/dashboard/data/report-query';
import { reportFromAnswer } from '../web/dashboard/data/report-source';
import { trendIndicator } from '../web/dashboard/data/indicators';
import { pointsOf, seriesFromAnswer, yearSeriesQuery } from '../web/dashboard/data/year-series';
import { formatYuan, sumYuan, toFen } from '../web/dashboard/money';
import { href, parseRoute } from '../web/dashboard/route';
import { type ASTNode, Kind, parse, visit } from 'graphql';
import { contractOperation } from './helpers/operations';

/** Every field path of an operation ("counties.loanStats.month.amount"). */
function fieldPaths(document: ASTNode): Set<string> {
  const paths = new Set<string>();
  const stack: string[] = [];
  visit(document, {
    Field: {
      enter(node) {
        stack.push(node.name.value);
        paths.add(stack.join('.'));
      },
      leave() {
        stack.pop();
      },
    },
  });
  return paths;
}

/**
 * The dashboard's data layer without a browser: how it names a failed department and
 * what it makes of an answer where one department's fields are null (the shape the
 * gateway gives once issue 9 lands; today's gateway loses the whole answer, which the
 * browser test covers).
 */
describe("the dashboard's report source", () => {
  it('names the department of an error by serviceName, else by the field in its path', () => {
    expect(departmentOfError({ message: 'down', extensions: { serviceName: 'tax' } })).toBe('tax');
    expect(departmentOfError({ message: 'x', path: ['counties', 3, 'loanStats'] })).toBe('finance');
    expect(departmentOfError({ message: 'x', path: ['counties', 0, 'registrationStats', 'month'] })).toBe('commerce');
    expect(departmentOfError({ message: 'x', path: ['counties', 0, 'targets'] })).toBe('labor');
    expect(departmentOfError({ message: 'x', path: ['city', 'subsidySeries', 2] })).toBe('finance');
    expect(departmentOfError({ message: 'fetch failed' })).toBeNull();
    expect(departmentOfError({ message: 'x', extensions: { serviceName: 'gateway' }, path: ['counties'] })).toBe('labor');
  });

  it("asks every field of the contract's JointMeetingReport", () => {
    const contract = parse(contractOperation('JointMeetingReport'));
    const dashboard = fieldPaths(parse(monthlyReportQuery(['labor', 'finance', 'tax', 'commerce'])));
    const contractPaths = [...fieldPaths(contract)];
    expect(contract.definitions[0]?.kind).toBe(Kind.OPERATION_DEFINITION);
    expect(contractPaths.length).toBeGreaterThan(40);
    expect(contractPaths.filter((path) => !dashboard.has(path))).toEqual([]);
  });

  it("asks every field of the contract's CityProgress of the city, and of Circular of a circular", () => {
    const dashboard = fieldPaths(parse(monthlyReportQuery(['labor', 'finance', 'tax', 'commerce'])));
    const city = [...fieldPaths(parse(contractOperation('CityProgress')))];
    expect(city).toContain('city.loanStats.yearToDate.amount');
    expect(city.filter((path) => !dashboard.has(path))).toEqual([]);
    const circular = [...fieldPaths(parse(contractOperation('Circular')))];
    const asked = fieldPaths(parse(CIRCULAR_QUERY));
    expect(circular).toContain('circular.areas.loanAmountYearToDate');
    expect(circular.filter((path) => !asked.has(path))).toEqual([]);
  });

  it('asks exactly the departments it is given, always with the county list', () => {
    const all = monthlyReportQuery(['labor', 'finance', 'tax', 'commerce']);
    expect(() => parse(all)).not.toThrow();
    const taxOnly = monthlyReportQuery(['tax']);
    expect(taxOnly).toContain('taxReliefStats');
    expect(taxOnly).toMatch(/counties \{\s+code\s+name/);
    expect(taxOnly).not.toMatch(/loanStats|employmentProgress|registrationStats/);
  });

  it("keeps the other departments when one department's fields come back null", () => {
    const county = (code: string, amount: string) => ({
      code,
      name: code,
      targets: null,
      employmentProgress: {
        month: { jobsCreated: 1, netNewEmployment: 1, reemployed: 1, hardshipReemployed: 0, ruralLaborExported: 0 },
        yearToDate: { jobsCreated: 5, netNewEmployment: 4, reemployed: 3, hardshipReemployed: 2, ruralLaborExported: 0 },
        expectedYearToDate: null,
        behindSchedule: [],
        registeredUnemploymentRate: 1.5,
      },
      certificateStats: { issuedInMonth: 1, issuedYearToDate: 2, valid: 2 },
      loanStats: null,
      taxReliefStats: { month: { persons: 1, enterprises: 0, amount }, yearToDate: { persons: 2, enterprises: 1, amount } },
      registrationStats: null,
    });
    const report = reportFromAnswer(
      2003,
      7,
      [county('320802', '100.10'), county('320803', '0.95')],
      { ...county('320800', '7.00'), name: '淮安市' },
      [{ message: 'finance unavailable', path: ['counties', 0, 'loanStats'], extensions: { serviceName: 'finance' } }],
    );
    // Commerce failed without an error of its own: its null fields alone say it is missing.
    expect(report.missing).toEqual(['finance', 'commerce']);
    expect(report.counties.map((c) => [c.finance, c.commerce])).toEqual([
      [null, null],
      [null, null],
    ]);
    // The city's row is the graph's answer as it is, never re-summed from the counties.
    expect(report.city?.tax?.yearToDate).toEqual({ persons: 2, enterprises: 1, amount: '7.00' });
    expect(report.city?.labor?.yearToDate.jobsCreated).toBe(5);
    expect(report.city?.labor?.registeredUnemploymentRate).toBe(1.5);
    expect(report.city?.finance).toBeNull();
  });

  it('names a department missing when only its city figures come back null', () => {
    const area = (
      code: string,
      loanStats: null | {
        month: { count: number; amount: string };
        yearToDate: { count: number; amount: string };
        outstandingAmount: string;
        guaranteeCapacity: string;
      },
    ) => ({ code, name: code, loanStats });
    const loans = {
      month: { count: 1, amount: '1.00' },
      yearToDate: { count: 1, amount: '1.00' },
      outstandingAmount: '1.00',
      guaranteeCapacity: '5.00',
    };
    const report = reportFromAnswer(2003, 7, [area('320802', loans)], area('320800', null), []);
    expect(report.missing).toContain('finance');
    expect(report.counties[0].finance).toEqual(loans);
    expect(reportFromAnswer(2003, 7, [], null, []).city).toBeNull();
  });

  it("reads the year's series a point a month, a failed department's as gaps, and asks them in one request", () => {
    expect(() => parse(yearSeriesQuery())).not.toThrow();
    expect(yearSeriesQuery()).toMatch(
      /counties \{[\s\S]*employmentSeries\(year: \$year\)[\s\S]*city \{[\s\S]*registrationSeries\(year: \$year\)/,
    );
    const loans = (amounts: string[]) => amounts.map((amount, i) => ({ month: { count: i, amount } }));
    const series = seriesFromAnswer(
      2003,
      [{ code: '320802', name: '清河区', loanSeries: loans(['10000.00', '0.00', '25000.00']), taxReliefSeries: null }],
      { code: '320800', name: '淮安市', loanSeries: loans(['10000.00', '0.00', '25000.00']), taxReliefSeries: null },
      [{ message: 'tax down', extensions: { serviceName: 'tax' } }],
    );
    expect(series.months).toEqual([1, 2, 3]);
    expect(series.partialThrough).toBeNull();
    expect(
      seriesFromAnswer(2003, [], { code: '320800', name: '淮安市', loanSeries: loans(['1.00', '2.00', '3.00']) }, [], '2003-03-15')
        .partialThrough,
    ).toBe('2003-03-15');
    expect(series.missing).toEqual(expect.arrayContaining(['tax']));
    expect(pointsOf(series.counties[0], trendIndicator('loanAmount'), series.months)).toEqual([1, 0, 2.5]);
    expect(pointsOf(series.counties[0], trendIndicator('loanCount'), series.months)).toEqual([0, 1, 2]);
    expect(pointsOf(series.city!, trendIndicator('taxReliefAmount'), series.months)).toEqual([null, null, null]);
  });

  it('reads and writes each route of the page', () => {
    const fallback = { year: 2003, month: 7 };
    for (const hash of [
      '#/2003-07',
      '#/2003-06/county/320803',
      '#/2003-07/county/320803/record/ReemploymentCertificate/3208032003000001',
      '#/2003-07/circulars',
      '#/2003-07/circular/12',
    ])
      expect(href(parseRoute(hash, fallback))).toBe(hash);
    expect(parseRoute('#/2003-07/county/320803/record/Enterprise/91320800%2F1', fallback).record).toEqual({
      kind: 'Enterprise',
      key: '91320800/1',
    });
    expect(parseRoute('#/2003-13', fallback)).toMatchObject({ ...fallback, view: 'report' });
    expect(parseRoute('#/nonsense', fallback)).toMatchObject({ ...fallback, view: 'report' });
  });

  it('adds money in integer fen', () => {
    expect(sumYuan(['0.10', '0.20', '1234567.70'])).toBe('1234568.00');
    expect(toFen('-3.5')).toBe(-350);
    expect(() => toFen('3.505')).toThrow(/not an amount/);
    expect(formatYuan('1234567.5')).toBe('1,234,567.50');
  });
});
