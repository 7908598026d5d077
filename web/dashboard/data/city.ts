import { sumYuan } from '../money';
import { type AreaReport, type EmploymentFigures, LABOR_INDICATORS, type LaborFigures } from './model';

const CITY = { code: '320800', name: '全市 (八县区合计)' };

function sumFigures(list: EmploymentFigures[]): EmploymentFigures {
  const total = {} as EmploymentFigures;
  for (const key of LABOR_INDICATORS) total[key] = list.reduce((s, f) => s + f[key], 0);
  return total;
}

/** Sums `pick` over the counties, or null when any county lacks the department's part. */
function allOf<T>(areas: AreaReport[], pick: (a: AreaReport) => T | null): T[] | null {
  const parts = areas.map(pick);
  return parts.every((p): p is T => p !== null) ? parts : null;
}

function sumLabor(parts: LaborFigures[]): LaborFigures {
  const targets = parts.every((p) => p.targets) ? parts.map((p) => p.targets!) : null;
  const expected = parts.every((p) => p.expectedYearToDate) ? sumFigures(parts.map((p) => p.expectedYearToDate!)) : null;
  const yearToDate = sumFigures(parts.map((p) => p.yearToDate));
  return {
    targets: targets && { ...sumFigures(targets), registeredUnemploymentRate: Math.max(...targets.map((t) => t.registeredUnemploymentRate)) },
    month: sumFigures(parts.map((p) => p.month)),
    yearToDate,
    expectedYearToDate: expected,
    behindSchedule: expected ? LABOR_INDICATORS.filter((k) => yearToDate[k] < expected[k]) : [],
    // A rate does not add up; the city's needs the city's labour force (issue 12's city row).
    registeredUnemploymentRate: null,
    certificates: {
      issuedInMonth: parts.reduce((s, p) => s + p.certificates.issuedInMonth, 0),
      issuedYearToDate: parts.reduce((s, p) => s + p.certificates.issuedYearToDate, 0),
      valid: parts.reduce((s, p) => s + p.certificates.valid, 0),
    },
  };
}

const sum = <T>(list: T[], pick: (t: T) => number) => list.reduce((s, t) => s + pick(t), 0);

/**
 * The city as the sum of its eight counties, each department's figures summed from its own
 * county rows (the pro-rated schedule too, so the city is behind where the counties' sum
 * is). Issue 12 gives the graph a `city` row; the report source then reads it instead.
 */
export function cityTotal(counties: AreaReport[]): AreaReport | null {
  if (counties.length === 0) return null;
  const labor = allOf(counties, (a) => a.labor);
  const finance = allOf(counties, (a) => a.finance);
  const tax = allOf(counties, (a) => a.tax);
  const commerce = allOf(counties, (a) => a.commerce);
  return {
    ...CITY,
    labor: labor && sumLabor(labor),
    finance: finance && {
      month: { count: sum(finance, (f) => f.month.count), amount: sumYuan(finance.map((f) => f.month.amount)) },
      yearToDate: { count: sum(finance, (f) => f.yearToDate.count), amount: sumYuan(finance.map((f) => f.yearToDate.amount)) },
      outstandingAmount: sumYuan(finance.map((f) => f.outstandingAmount)),
      guaranteeCapacity: sumYuan(finance.map((f) => f.guaranteeCapacity)),
    },
    tax: tax && {
      month: { persons: sum(tax, (t) => t.month.persons), enterprises: sum(tax, (t) => t.month.enterprises), amount: sumYuan(tax.map((t) => t.month.amount)) },
      yearToDate: {
        persons: sum(tax, (t) => t.yearToDate.persons),
        enterprises: sum(tax, (t) => t.yearToDate.enterprises),
        amount: sumYuan(tax.map((t) => t.yearToDate.amount)),
      },
    },
    commerce: commerce && {
      month: sumRegistrations(commerce.map((c) => c.month)),
      yearToDate: sumRegistrations(commerce.map((c) => c.yearToDate)),
      privateEconomyEmployees: sum(commerce, (c) => c.privateEconomyEmployees),
    },
  };
}

function sumRegistrations(list: { individualBusinesses: number; enterprises: number; feeExemptions: number; feeExemptedAmount: string }[]) {
  return {
    individualBusinesses: sum(list, (r) => r.individualBusinesses),
    enterprises: sum(list, (r) => r.enterprises),
    feeExemptions: sum(list, (r) => r.feeExemptions),
    feeExemptedAmount: sumYuan(list.map((r) => r.feeExemptedAmount)),
  };
}
