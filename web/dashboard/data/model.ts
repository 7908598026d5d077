import type { Department } from './departments';

/** The five counted indicators of the yearly targets (目标责任), in the notice's order. */
export const LABOR_INDICATORS = ['jobsCreated', 'netNewEmployment', 'reemployed', 'hardshipReemployed', 'ruralLaborExported'] as const;
export type LaborIndicator = (typeof LABOR_INDICATORS)[number];
export type EmploymentFigures = Record<LaborIndicator, number>;

export const INDICATOR_NAMES: Record<LaborIndicator, string> = {
  jobsCreated: '开发就业岗位',
  netNewEmployment: '净增就业',
  reemployed: '实现就业再就业',
  hardshipReemployed: '困难人员再就业',
  ruralLaborExported: '劳务输出',
};

export interface LaborFigures {
  targets: (EmploymentFigures & { registeredUnemploymentRate: number }) | null;
  month: EmploymentFigures;
  yearToDate: EmploymentFigures;
  /** The targets pro-rated to the month (target × month ÷ 12, rounded up); null without targets. */
  expectedYearToDate: EmploymentFigures | null;
  /** Indicator names behind schedule, and `registeredUnemploymentRate` above its ceiling. */
  behindSchedule: string[];
  registeredUnemploymentRate: number | null;
  certificates: { issuedInMonth: number; issuedYearToDate: number; valid: number };
}

/** Amounts are decimal strings in yuan, as the API serves them ("20000.00"). */
export interface LoanCounts {
  count: number;
  amount: string;
}
export interface FinanceFigures {
  month: LoanCounts;
  yearToDate: LoanCounts;
  outstandingAmount: string;
  guaranteeCapacity: string;
}

export interface ReliefCounts {
  persons: number;
  enterprises: number;
  amount: string;
}
export interface TaxFigures {
  month: ReliefCounts;
  yearToDate: ReliefCounts;
}

export interface RegistrationCounts {
  individualBusinesses: number;
  enterprises: number;
  feeExemptions: number;
  feeExemptedAmount: string;
}
export interface CommerceFigures {
  month: RegistrationCounts;
  yearToDate: RegistrationCounts;
  privateEconomyEmployees: number;
}

/** One area's row: a department's part is null when that department did not answer. */
export interface AreaReport {
  code: string;
  name: string;
  labor: LaborFigures | null;
  finance: FinanceFigures | null;
  tax: TaxFigures | null;
  commerce: CommerceFigures | null;
}

export type Refusal = { kind: 'unauthenticated' | 'forbidden'; message: string };

export interface MonthlyReport {
  year: number;
  month: number;
  counties: AreaReport[];
  /** The whole city (320800) as the graph gives it: each department sums its counties. */
  city: AreaReport | null;
  /** Departments whose figures are missing from this report (down, or failing). */
  missing: Department[];
  /** Set when the token may not read the report at all: nothing else is filled in. */
  refused: Refusal | null;
}
