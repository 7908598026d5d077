/**
 * The national rules of 财税[2002]208号 that more than one department applies: tax relieves
 * taxes and commerce waives fees under the same notice, so its window, its three years
 * and its excluded trades are written once here. Reference data only: each department
 * still decides what the rule means for its own records.
 */

/** 财税[2002]208号 is in force for these dates. */
export const POLICY_START = '2003-01-01';
export const POLICY_END = '2005-12-31';

/** How refusals name the window, the same in every department. */
export const POLICY_WINDOW_TEXT = `${POLICY_START} … ${POLICY_END} (财税[2002]208号)`;

/**
 * The notice grants its reliefs and exemptions only while in force: a grant's first day
 * (a relief period's start, a fee exemption's approval date) must fall inside the window.
 * What follows from a grant may run past 2005 (three years from a late-2005 approval).
 */
export function isWithinPolicyWindow(date: string): boolean {
  return date >= POLICY_START && date <= POLICY_END;
}

/** Every relief and exemption of the notice runs at most three years (…之日起3年). */
export const RELIEF_YEARS = 3;

/**
 * Trades the notice leaves out of every relief and of the fee exemption: construction,
 * entertainment, advertising, sauna, massage, internet cafés, oxygen bars. The values are
 * the names of each department's `Industry` enum members.
 */
export const EXCLUDED_INDUSTRIES: ReadonlySet<string> = new Set([
  'CONSTRUCTION',
  'ENTERTAINMENT',
  'ADVERTISING',
  'SAUNA',
  'MASSAGE',
  'INTERNET_CAFE',
  'OXYGEN_BAR',
]);

/** How refusals name the excluded trades, the same in every department. */
export const EXCLUDED_INDUSTRIES_TEXT =
  '财税[2002]208号: construction, entertainment, advertising, sauna, massage, internet cafés, oxygen bars';

export function isExcludedIndustry(industry: string): boolean {
  return EXCLUDED_INDUSTRIES.has(industry);
}

/**
 * The last day of `years` years starting on `from` (`YYYY-MM-DD`): 2003-08-01 → 2006-07-31.
 * A start on 29 February ends on 28 February, the day before the anniversary (1 March).
 */
export function lastDayWithinYears(from: string, years = RELIEF_YEARS): string {
  const [y, m, d] = from.split('-').map(Number);
  // Date.UTC rolls a missing 29 February over to 1 March, the anniversary we want.
  const anniversary = new Date(Date.UTC(y + years, m - 1, d));
  anniversary.setUTCDate(anniversary.getUTCDate() - 1);
  return anniversary.toISOString().slice(0, 10);
}
