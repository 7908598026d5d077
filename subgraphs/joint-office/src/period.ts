import { badUserInput } from '../../../shared/errors';

/** The first month the office reports on: the 2003 targets run from January (the notice is of July). */
export const POLICY_START = { year: 2003, month: 1 };

/**
 * A month the office may report on: not before the policy, not after the business date's
 * month. The error names the argument to fix.
 */
export function validateReportMonth(year: number, month: number, today: string): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw badUserInput('month', 'must be between 1 and 12');
  if (!Number.isInteger(year) || year < POLICY_START.year)
    throw badUserInput('year', `must not be before the policy (${POLICY_START.year})`);
  const nowYear = Number(today.slice(0, 4));
  const nowMonth = Number(today.slice(5, 7));
  if (year > nowYear) throw badUserInput('year', `is in the future (the business date is ${today})`);
  if (year === nowYear && month > nowMonth) throw badUserInput('month', `is in the future (the business date is ${today})`);
  if (year === POLICY_START.year && month < POLICY_START.month) throw badUserInput('month', 'is before the policy');
}
