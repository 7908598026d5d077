/** 财税[2002]208号 is in force for these dates. */
export const POLICY_START = '2003-01-01';
export const POLICY_END = '2005-12-31';

/** Every relief of 财税[2002]208号 runs at most three years. */
export const RELIEF_YEARS = 3;

/**
 * The last day of `years` years starting on `from` (`YYYY-MM-DD`): 2003-08-01 → 2006-07-31.
 * A start on 29 February ends on 28 February, the day before the anniversary (1 March).
 */
export function lastDayWithinYears(from: string, years: number): string {
  const [y, m, d] = from.split('-').map(Number);
  // Date.UTC rolls a missing 29 February over to 1 March, the anniversary we want.
  const anniversary = new Date(Date.UTC(y + years, m - 1, d));
  anniversary.setUTCDate(anniversary.getUTCDate() - 1);
  return anniversary.toISOString().slice(0, 10);
}
