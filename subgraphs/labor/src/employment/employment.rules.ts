import { EmploymentKind } from './employment-record.entity';

/**
 * Full-time work: a labour contract with an enterprise, a public-welfare post, work away
 * (劳务输出) or one's own business. The notice (§5) lets a person work for several employers
 * in flexible forms (非全日制、临时性、季节性、弹性工作, paid by the hour) — FLEXIBLE records,
 * any number of them, beside anything — but one full-time job at a time.
 */
export const FULL_TIME_KINDS: readonly EmploymentKind[] = [
  EmploymentKind.ENTERPRISE_HIRE,
  EmploymentKind.PUBLIC_WELFARE_POST,
  EmploymentKind.LABOR_EXPORT,
  EmploymentKind.SELF_EMPLOYMENT,
];

export const isFullTime = (kind: EmploymentKind): boolean => FULL_TIME_KINDS.includes(kind);

/**
 * Why a new job of `kind` may not start beside the person's open jobs, or null when it
 * may: flexible work goes beside anything, a full-time job only beside flexible work.
 */
export function concurrentJobRefusal(kind: EmploymentKind, open: readonly { id: number; kind: EmploymentKind }[]): string | null {
  if (!isFullTime(kind)) return null;
  const fullTime = open.find((r) => isFullTime(r.kind));
  if (!fullTime) return null;
  return `the person already has full-time work open (${fullTime.kind}, employment record ${fullTime.id}): only FLEXIBLE work may be recorded beside it; end that record first`;
}
