import { behindSchedule, expectedToDate, ratePercent } from './schedule';

const targets = {
  jobsCreated: 1200,
  netNewEmployment: 800,
  reemployed: 1000,
  hardshipReemployed: 7,
  ruralLaborExported: 0,
  registeredUnemploymentRate: 4.5,
};

describe('progress against pro-rated targets', () => {
  it('pro-rates to the month, rounding up', () => {
    expect(expectedToDate(targets, 7)).toEqual({
      jobsCreated: 700,
      netNewEmployment: 467,
      reemployed: 584,
      hardshipReemployed: 5,
      ruralLaborExported: 0,
    });
    expect(expectedToDate(targets, 12)).toEqual({
      jobsCreated: 1200,
      netNewEmployment: 800,
      reemployed: 1000,
      hardshipReemployed: 7,
      ruralLaborExported: 0,
    });
  });

  it('flags a count below target × month ÷ 12 and nothing at or above it', () => {
    const expected = expectedToDate(targets, 7);
    const onPace = { jobsCreated: 700, netNewEmployment: 467, reemployed: 584, hardshipReemployed: 5, ruralLaborExported: 0 };
    expect(behindSchedule(onPace, expected, 4.5, 4.5)).toEqual([]);
    // 466 < 800 × 7 ÷ 12 = 466.67; 4 < 4.08
    const behind = { ...onPace, netNewEmployment: 466, hardshipReemployed: 4 };
    expect(behindSchedule(behind, expected, 4.5, 4.5)).toEqual(['netNewEmployment', 'hardshipReemployed']);
  });

  it('flags an unemployment rate above the ceiling, not at it or unknown', () => {
    const expected = expectedToDate(targets, 1);
    const ytd = { jobsCreated: 100, netNewEmployment: 67, reemployed: 84, hardshipReemployed: 1, ruralLaborExported: 0 };
    expect(behindSchedule(ytd, expected, 4.51, 4.5)).toEqual(['registeredUnemploymentRate']);
    expect(behindSchedule(ytd, expected, 4.5, 4.5)).toEqual([]);
    expect(behindSchedule(ytd, expected, null, 4.5)).toEqual([]);
  });

  it('computes the rate in percent with two decimals', () => {
    expect(ratePercent(9, 200)).toBe(4.5);
    expect(ratePercent(1, 3)).toBe(33.33);
    expect(ratePercent(5, 0)).toBeNull();
  });
});
