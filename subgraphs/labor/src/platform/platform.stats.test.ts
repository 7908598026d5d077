import { readinessStats } from './platform.stats';

describe('platform readiness figures of a county', () => {
  const counts = { platforms: 10, readyOnTime: 4, complete: 7 };

  it('splits incomplete platforms into overdue after the deadline', () => {
    expect(readinessStats(counts, '2003-08-01')).toEqual({
      platforms: 10,
      readyOnTime: 4,
      readyLate: 3,
      overdue: 3,
      inProgress: 0,
      late: 6,
    });
  });

  it('and into in progress up to the deadline day', () => {
    expect(readinessStats({ platforms: 10, readyOnTime: 7, complete: 7 }, '2003-07-31')).toEqual({
      platforms: 10,
      readyOnTime: 7,
      readyLate: 0,
      overdue: 0,
      inProgress: 3,
      late: 0,
    });
  });
});
