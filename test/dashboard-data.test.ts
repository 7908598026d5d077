import { cityTotal } from '../web/dashboard/data/city';
import { departmentOfError } from '../web/dashboard/data/departments';
import { monthlyReportQuery } from '../web/dashboard/data/report-query';
import { reportFromAnswer } from '../web/dashboard/data/report-source';
import { formatYuan, sumYuan, toFen } from '../web/dashboard/money';
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
      [{ message: 'finance unavailable', path: ['counties', 0, 'loanStats'], extensions: { serviceName: 'finance' } }],
    );
    // Commerce failed without an error of its own: its null fields alone say it is missing.
    expect(report.missing).toEqual(['finance', 'commerce']);
    expect(report.counties.map((c) => [c.finance, c.commerce])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(report.city?.tax?.yearToDate).toEqual({ persons: 4, enterprises: 2, amount: '101.05' });
    expect(report.city?.labor?.yearToDate.jobsCreated).toBe(10);
    expect(report.city?.labor?.registeredUnemploymentRate).toBeNull();
    expect(report.city?.finance).toBeNull();
  });

  it("sums the city from the counties in fen and behind where the counties' sum is", () => {
    const area = (ytd: number, expected: number) => ({
      code: 'x',
      name: 'x',
      labor: {
        targets: {
          jobsCreated: 12,
          netNewEmployment: 12,
          reemployed: 12,
          hardshipReemployed: 12,
          ruralLaborExported: 12,
          registeredUnemploymentRate: 4.5,
        },
        month: { jobsCreated: 0, netNewEmployment: 0, reemployed: 0, hardshipReemployed: 0, ruralLaborExported: 0 },
        yearToDate: { jobsCreated: ytd, netNewEmployment: ytd, reemployed: ytd, hardshipReemployed: ytd, ruralLaborExported: ytd },
        expectedYearToDate: {
          jobsCreated: expected,
          netNewEmployment: expected,
          reemployed: expected,
          hardshipReemployed: expected,
          ruralLaborExported: expected,
        },
        behindSchedule: [],
        registeredUnemploymentRate: 2,
        certificates: { issuedInMonth: 0, issuedYearToDate: 0, valid: 0 },
      },
      finance: null,
      tax: null,
      commerce: null,
    });
    expect(cityTotal([area(9, 7), area(1, 7)])?.labor?.behindSchedule).toEqual([
      'jobsCreated',
      'netNewEmployment',
      'reemployed',
      'hardshipReemployed',
      'ruralLaborExported',
    ]);
    expect(cityTotal([area(9, 7), area(6, 7)])?.labor?.behindSchedule).toEqual([]);
    expect(cityTotal([])).toBeNull();
  });

  it('adds money in integer fen', () => {
    expect(sumYuan(['0.10', '0.20', '1234567.70'])).toBe('1234568.00');
    expect(toFen('-3.5')).toBe(-350);
    expect(() => toFen('3.505')).toThrow(/not an amount/);
    expect(formatYuan('1234567.5')).toBe('1,234,567.50');
  });
});
