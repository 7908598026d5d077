import type { Department } from './departments';

const FIGURES = 'jobsCreated netNewEmployment reemployed hardshipReemployed ruralLaborExported';

/**
 * Each department's part of the monthly report: the contract's `JointMeetingReport`
 * (test/contract/operations.graphql) plus labor's schedule fields (expectedYearToDate,
 * behindSchedule), split by the department that answers them, so the report can be asked
 * again without a department that failed.
 */
const SELECTIONS: Record<Department, string> = {
  labor: `
    targets(year: $year) { ${FIGURES} registeredUnemploymentRate }
    employmentProgress(year: $year, month: $month) {
      month { ${FIGURES} }
      yearToDate { ${FIGURES} }
      expectedYearToDate { ${FIGURES} }
      behindSchedule
      registeredUnemploymentRate
    }
    certificateStats(year: $year, month: $month) { issuedInMonth issuedYearToDate valid }`,
  finance: `
    loanStats(year: $year, month: $month) {
      month { count amount }
      yearToDate { count amount }
      outstandingAmount
      guaranteeCapacity
    }`,
  tax: `
    taxReliefStats(year: $year, month: $month) {
      month { persons enterprises amount }
      yearToDate { persons enterprises amount }
    }`,
  commerce: `
    registrationStats(year: $year, month: $month) {
      month { individualBusinesses enterprises feeExemptions feeExemptedAmount }
      yearToDate { individualBusinesses enterprises feeExemptions feeExemptedAmount }
      privateEconomyEmployees
    }`,
};

/**
 * The report's query for the given departments: the eight counties and the city (320800)
 * with the same fields, in one request. The city's figures are the graph's (each department
 * sums its counties, the rate over the city's labour force), never summed here. The areas
 * themselves are the gateway's reference data, so every variant asks `code` and `name`.
 */
export function monthlyReportQuery(departments: readonly Department[]): string {
  const parts = departments.map((d) => SELECTIONS[d]).join('\n');
  return `query DashboardMonthlyReport($year: Int!, $month: Int!) {
  counties {
    code
    name
    ${parts}
  }
  city {
    code
    name
    ${parts}
  }
}`;
}

/** The answer's shape: either area list may be null when the whole answer was lost. */
export interface ReportAnswer {
  counties: CountyAnswer[] | null;
  city: CountyAnswer | null;
}

/** What the gateway answers for one area (fields absent when not asked, null when failed). */
export interface CountyAnswer {
  code: string;
  name: string;
  targets?: {
    jobsCreated: number;
    netNewEmployment: number;
    reemployed: number;
    hardshipReemployed: number;
    ruralLaborExported: number;
    registeredUnemploymentRate: number;
  } | null;
  employmentProgress?: {
    month: Record<string, number>;
    yearToDate: Record<string, number>;
    expectedYearToDate: Record<string, number> | null;
    behindSchedule: string[];
    registeredUnemploymentRate: number | null;
  } | null;
  certificateStats?: { issuedInMonth: number; issuedYearToDate: number; valid: number } | null;
  loanStats?: {
    month: { count: number; amount: string };
    yearToDate: { count: number; amount: string };
    outstandingAmount: string;
    guaranteeCapacity: string;
  } | null;
  taxReliefStats?: {
    month: { persons: number; enterprises: number; amount: string };
    yearToDate: { persons: number; enterprises: number; amount: string };
  } | null;
  registrationStats?: {
    month: { individualBusinesses: number; enterprises: number; feeExemptions: number; feeExemptedAmount: string };
    yearToDate: { individualBusinesses: number; enterprises: number; feeExemptions: number; feeExemptedAmount: string };
    privateEconomyEmployees: number;
  } | null;
}
