import { errorCode, type GraphQLError, postGraphQL } from '../../common/graphql';

/**
 * The joint office's published circulars (通报): frozen snapshots read as published,
 * whatever the departments corrected since and whether or not they are up. The fields
 * are those of `Circular` in gateway/api.graphql; the contract's `Circular` operation
 * asks a subset of them (test/dashboard-data.test.ts checks the dashboard asks it all).
 */
export interface CircularSummary {
  id: string;
  year: number;
  month: number;
  version: number;
  publishedAt: string;
  businessDate: string;
}

export interface CircularArea {
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

export interface CircularGap {
  code: string;
  name: string;
  indicators: string[];
  reemployedGap: number | null;
  hardshipReemployedGap: number | null;
}

/** A finding as the circular prints it: what is wrong, never whom (no records). */
export interface CircularFinding {
  id: string;
  rule: string;
  summary: string;
  countyCode: string | null;
  detectedAt: string;
}

export interface Duty {
  id: string;
  code: string;
  department: string;
  countyCode: string | null;
  title: string;
  answerer: string;
  deadline: string;
  doneOn: string | null;
  state: string | null;
}

export interface Circular extends CircularSummary {
  areas: CircularArea[];
  countiesBehindSchedule: CircularGap[];
  openFindings: CircularFinding[];
  lateDuties: Duty[];
}

const SUMMARY = 'id year month version publishedAt businessDate';
export const DUTY_FIELDS = 'id code department countyCode title answerer deadline doneOn state';
const AREA_FIELDS = `code name reemployedTarget reemployedYearToDate hardshipReemployedTarget hardshipReemployedYearToDate
      registeredUnemployed certificatesIssuedYearToDate certificatesValid loanCountYearToDate loanAmountYearToDate
      loanOutstandingAmount reliefPersonsYearToDate reliefAmountYearToDate individualBusinessesYearToDate
      feeExemptionsYearToDate subsidyAmountYearToDate`;

export const CIRCULAR_QUERY = `query DashboardCircular($id: ID!) {
  circular(id: $id) {
    ${SUMMARY}
    areas { ${AREA_FIELDS} }
    countiesBehindSchedule { code name indicators reemployedGap hardshipReemployedGap }
    openFindings { id rule summary countyCode detectedAt }
    lateDuties { ${DUTY_FIELDS} }
  }
}`;

/** Every version of each month of the year up to `throughMonth`, in one request (one alias a month). */
export function circularListQuery(throughMonth: number): string {
  const months = Array.from({ length: throughMonth }, (_, i) => i + 1);
  return `query DashboardCirculars($year: Int!) {
${months.map((m) => `  m${m}: circulars(year: $year, month: ${m}) { ${SUMMARY} }`).join('\n')}
}`;
}

/** Why a section of the joint office could not be read: no access, or the office not answering. */
export type SectionProblem = { kind: 'forbidden' | 'unavailable'; message: string };

export function problemOf(errors: GraphQLError[]): SectionProblem {
  const forbidden = errors.find((e) => errorCode(e) === 'FORBIDDEN');
  if (forbidden) return { kind: 'forbidden', message: forbidden.message };
  return { kind: 'unavailable', message: errors[0]?.message ?? 'no answer' };
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; problem: SectionProblem };

export async function loadCircularList(year: number, throughMonth: number, token: string): Promise<Loaded<CircularSummary[]>> {
  const answer = await postGraphQL<Record<string, CircularSummary[] | null>>(circularListQuery(throughMonth), { year }, token);
  if (!answer.data || answer.errors.length) return { ok: false, problem: problemOf(answer.errors) };
  const all = Object.values(answer.data).flatMap((list) => list ?? []);
  // Newest month first; within a month, the latest version first.
  return { ok: true, value: all.sort((a, b) => b.month - a.month || b.version - a.version) };
}

export async function loadCircular(id: string, token: string): Promise<Loaded<Circular | null>> {
  const answer = await postGraphQL<{ circular: Circular | null }>(CIRCULAR_QUERY, { id }, token);
  if (!answer.data || answer.errors.length) return { ok: false, problem: problemOf(answer.errors) };
  return { ok: true, value: answer.data.circular };
}
