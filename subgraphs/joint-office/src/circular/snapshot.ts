import type { ConsistencyRule } from '../findings/findings.enums';

/**
 * What a circular freezes, as stored (JSON in the office's database). Money is integer fen
 * as a decimal string (JSON has no bigint); every figure is as the gateway answered at
 * publication, so later corrections in the departments never reach a published circular.
 */
export interface AreaFigures {
  code: string;
  name: string;
  reemployedTarget: number | null;
  reemployedYearToDate: number;
  hardshipReemployedTarget: number | null;
  hardshipReemployedYearToDate: number;
  registeredUnemployed: number;
  certificatesIssuedYearToDate: number;
  certificatesValid: number;
  loanCountYearToDate: number;
  loanAmountYearToDate: string;
  loanOutstandingAmount: string;
  reliefPersonsYearToDate: number;
  reliefAmountYearToDate: string;
  individualBusinessesYearToDate: number;
  feeExemptionsYearToDate: number;
  subsidyAmountYearToDate: string;
}

export interface ScheduleGap {
  code: string;
  name: string;
  /** The indicators labor's progress reports behind the pro-rated schedule. */
  indicators: string[];
  /** Pro-rated expectation minus year to date, where labor states an expectation. */
  reemployedGap: number | null;
  hardshipReemployedGap: number | null;
}

export interface FindingRecordEntry {
  department: string;
  kind: string;
  key: string;
}

export interface FindingEntry {
  id: string;
  rule: ConsistencyRule;
  summary: string;
  countyCode: string | null;
  detectedAt: string;
  records: FindingRecordEntry[];
}

export interface DutyEntry {
  id: string;
  code: string;
  department: string;
  countyCode: string | null;
  title: string;
  answerer: string;
  deadline: string;
}

export interface CircularSnapshot {
  areas: AreaFigures[];
  countiesBehindSchedule: ScheduleGap[];
  openFindings: FindingEntry[];
  lateDuties: DutyEntry[];
}
