import {
  EXCLUDED_INDUSTRIES,
  isExcludedIndustry,
  isWithinPolicyWindow,
  lastDayWithinYears,
  POLICY_END,
  POLICY_START,
  RELIEF_YEARS,
} from './policy';

describe('财税[2002]208号 reference data', () => {
  it('is in force 2003 to 2005, for three years at most', () => {
    expect([POLICY_START, POLICY_END, RELIEF_YEARS]).toEqual(['2003-01-01', '2005-12-31', 3]);
  });

  it('takes grants from the first to the last day of the window', () => {
    expect(['2002-12-31', '2003-01-01', '2005-12-31', '2006-01-01'].map(isWithinPolicyWindow)).toEqual([false, true, true, false]);
  });

  it('excludes the seven trades and nothing else', () => {
    expect(EXCLUDED_INDUSTRIES.size).toBe(7);
    expect(isExcludedIndustry('INTERNET_CAFE')).toBe(true);
    expect(isExcludedIndustry('RETAIL')).toBe(false);
  });

  it.each([
    ['2003-08-01', '2006-07-31'],
    ['2003-01-01', '2005-12-31'],
    ['2004-02-29', '2007-02-28'],
    ['2004-03-01', '2007-02-28'],
  ])('three years from %s end on %s', (from, last) => {
    expect(lastDayWithinYears(from)).toBe(last);
  });
});
