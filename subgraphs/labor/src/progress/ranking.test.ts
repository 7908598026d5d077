import { County } from '../county/county.entity';
import { noFigures } from './progress.queries';
import { type CountyStanding, rankCounties, RankingIndicator } from './ranking';

const targets = (reemployed: number) => ({
  jobsCreated: 0,
  netNewEmployment: 0,
  reemployed,
  hardshipReemployed: 0,
  ruralLaborExported: 0,
  registeredUnemploymentRate: 4.5,
});

function standing(code: string, reemployedYtd: number, target: number | null, unemployed = 0, laborForce = 1000): CountyStanding {
  const county = Object.assign(new County(), { code, name: code, nameEn: code });
  return {
    county,
    laborForce,
    figures: { month: noFigures(), yearToDate: { ...noFigures(), reemployed: reemployedYtd } },
    unemployed,
    targets: target === null ? null : targets(target),
  };
}

describe('county ranking', () => {
  it('ranks counts by the share of the yearly target reached, with the gap to the schedule', () => {
    // June: half the year is due. 320803 reached 60 % of a small target, 320802 40 % of a large one.
    const ranked = rankCounties(RankingIndicator.REEMPLOYED, 6, [
      standing('320802', 400, 1000),
      standing('320803', 60, 100),
      standing('320804', 5, null),
    ]);
    expect(ranked.map((r) => [r.county.code, r.rank, r.value, r.expectedToDate, r.gap, r.completionPercent])).toEqual([
      ['320803', 1, 60, 50, 10, 60],
      ['320802', 2, 400, 500, -100, 40],
      ['320804', 3, 5, null, null, null],
    ]);
  });

  it('shares a rank between equal standings (1, 1, 3)', () => {
    const ranked = rankCounties(RankingIndicator.REEMPLOYED, 12, [
      standing('320802', 50, 100),
      standing('320803', 5, 10),
      standing('320804', 1, 10),
    ]);
    expect(ranked.map((r) => [r.county.code, r.rank])).toEqual([
      ['320802', 1],
      ['320803', 1],
      ['320804', 3],
    ]);
  });

  it('ranks the unemployment rate lowest first, the gap being the room under the ceiling', () => {
    const ranked = rankCounties(RankingIndicator.REGISTERED_UNEMPLOYMENT_RATE, 6, [
      standing('320802', 0, 10, 50),
      standing('320803', 0, 10, 30),
      standing('320804', 0, 10, 10, 0),
    ]);
    expect(ranked.map((r) => [r.county.code, r.rank, r.value, r.gap])).toEqual([
      ['320803', 1, 3, 1.5],
      ['320802', 2, 5, -0.5],
      ['320804', 3, null, null],
    ]);
  });
});
