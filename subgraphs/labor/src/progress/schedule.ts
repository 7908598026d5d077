import { TARGET_COUNTS, type TargetFigures } from '../targets/employment-target.entity';
import type { EmploymentFigures } from './progress.types';

/** The yearly targets pro-rated to `month` (target × month ÷ 12), rounded up. */
export function expectedToDate(targets: TargetFigures, month: number): EmploymentFigures {
  const share = (target: number) => Math.ceil((target * month) / 12);
  return {
    jobsCreated: share(targets.jobsCreated),
    netNewEmployment: share(targets.netNewEmployment),
    reemployed: share(targets.reemployed),
    hardshipReemployed: share(targets.hardshipReemployed),
    ruralLaborExported: share(targets.ruralLaborExported),
  };
}

/**
 * Indicators behind schedule: a count below its pro-rated target (for whole numbers,
 * below the rounded-up share is the same as below target × month ÷ 12), and the
 * unemployment rate above its ceiling.
 */
export function behindSchedule(yearToDate: EmploymentFigures, expected: EmploymentFigures, rate: number | null, ceiling: number): string[] {
  const behind: string[] = TARGET_COUNTS.filter((key) => yearToDate[key] < expected[key]);
  if (rate !== null && rate > ceiling) behind.push('registeredUnemploymentRate');
  return behind;
}

/** Percent with two decimals; null while the base is unknown. */
export function ratePercent(unemployed: number, laborForce: number | null): number | null {
  if (laborForce === null || laborForce <= 0) return null;
  return Math.round((unemployed * 10_000) / laborForce) / 100;
}
