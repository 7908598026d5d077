import { GraphQLError } from 'graphql';
import { areaPeriodLoader, monthPeriod, quarterPeriod, reportingPeriod, yearSeries } from './reporting-period';
import { CITY_CODE, CITY_COUNTIES } from './areas';

const refusal = (run: () => unknown): Record<string, unknown> => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  }
  throw new Error('accepted');
};

describe('reporting periods', () => {
  it('bounds the month and the year to date, leap years included', () => {
    expect(monthPeriod(2003, 7)).toEqual({
      year: 2003,
      month: 7,
      quarter: null,
      yearStart: '2003-01-01',
      start: '2003-07-01',
      end: '2003-07-31',
      id: '2003-07',
      ended: true,
    });
    expect(monthPeriod(2004, 2).end).toBe('2004-02-29');
    expect(monthPeriod(2003, 2).end).toBe('2003-02-28');
    expect(monthPeriod(2003, 12).end).toBe('2003-12-31');
    expect(monthPeriod(1990, 1).yearStart).toBe('1990-01-01');
  });

  it('bounds a quarter by its first and last day; its month is the last', () => {
    expect(quarterPeriod(2003, 3)).toEqual({
      year: 2003,
      month: 9,
      quarter: 3,
      yearStart: '2003-01-01',
      start: '2003-07-01',
      end: '2003-09-30',
      id: '2003-Q3',
      ended: true,
    });
    expect(quarterPeriod(2004, 1).end).toBe('2004-03-31');
    expect(quarterPeriod(2003, 4).end).toBe('2003-12-31');
  });

  it('refuses years, months and quarters out of range with one wording, naming the argument', () => {
    expect(refusal(() => monthPeriod(2003, 0))).toEqual({ code: 'BAD_USER_INPUT', field: 'month' });
    expect(refusal(() => monthPeriod(2003, 13))).toMatchObject({ field: 'month' });
    expect(refusal(() => monthPeriod(1989, 5))).toMatchObject({ field: 'year' });
    expect(refusal(() => monthPeriod(2003.5, 5))).toMatchObject({ field: 'year' });
    expect(refusal(() => quarterPeriod(2003, 5))).toMatchObject({ field: 'quarter' });
    expect(refusal(() => reportingPeriod({ year: 2003, month: 7, quarter: 3 }, '2003-08-15'))).toMatchObject({ field: 'quarter' });
    expect(refusal(() => reportingPeriod({ year: 2003 }, '2003-08-15'))).toMatchObject({ field: 'month' });
  });

  it('refuses a month or quarter that begins after the business date; the current one is answered', () => {
    expect(reportingPeriod({ year: 2003, month: 8 }, '2003-08-15')).toMatchObject({ end: '2003-08-31', ended: false });
    expect(reportingPeriod({ year: 2003, month: 7 }, '2003-08-15')).toMatchObject({ end: '2003-07-31', ended: true });
    expect(reportingPeriod({ year: 2003, quarter: 3 }, '2003-08-15').end).toBe('2003-09-30');
    const month = refusal(() => reportingPeriod({ year: 2003, month: 9 }, '2003-08-15'));
    expect(month).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    expect(() => reportingPeriod({ year: 2003, month: 9 }, '2003-08-15')).toThrow('2003-09 begins after the business date 2003-08-15');
    expect(refusal(() => reportingPeriod({ year: 2003, quarter: 4 }, '2003-08-15'))).toMatchObject({ field: 'quarter' });
    expect(refusal(() => reportingPeriod({ year: 2004, month: 1 }, '2003-08-15'))).toMatchObject({ field: 'month' });
  });
});

describe('yearSeries', () => {
  it('runs to December for a past year and to the business month for the current one, as reportingPeriod makes each month', () => {
    const past = yearSeries(2002, '2003-08-15');
    expect(past.map((p) => p.id)).toEqual(Array.from({ length: 12 }, (_, i) => `2002-${String(i + 1).padStart(2, '0')}`));
    expect(past.every((p) => p.ended)).toBe(true);
    const current = yearSeries(2003, '2003-08-15');
    expect(current).toEqual(Array.from({ length: 8 }, (_, i) => reportingPeriod({ year: 2003, month: i + 1 }, '2003-08-15')));
    expect(current[7]).toMatchObject({ id: '2003-08', ended: false });
  });

  it('refuses a year after the business date, and a year out of range, naming year', () => {
    expect(refusal(() => yearSeries(2004, '2003-08-15'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(refusal(() => yearSeries(1800, '2003-08-15'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});

describe('areaPeriodLoader', () => {
  it('fetches once for all counties, the city and all periods, and sums the city from its counties', async () => {
    const calls: [string[], string[]][] = [];
    const loader = areaPeriodLoader<number>({
      fetch: async (codes, periods) => {
        calls.push([[...codes].sort(), periods.map((p) => p.id)]);
        const figures = new Map(codes.filter((c) => c !== '320831').map((c) => [c, Number(c.slice(4))]));
        return new Map(periods.map((p) => [p.id, new Map([...figures].map(([c, v]) => [c, v * p.month]))]));
      },
      empty: () => 0,
      add: (a, b) => a + b,
    });
    const july = monthPeriod(2003, 7);
    const august = monthPeriod(2003, 8);
    const [chuzhou, city, jinhu, chuzhouAugust] = await Promise.all([
      loader.load({ code: '320803', period: july }),
      loader.load({ code: CITY_CODE, period: july }),
      loader.load({ code: '320831', period: july }),
      loader.load({ code: '320803', period: august }),
    ]);
    expect(chuzhou).toBe(3 * 7);
    expect(chuzhouAugust).toBe(3 * 8);
    expect(jinhu).toBe(0);
    expect(city).toBe(CITY_COUNTIES.filter((c) => c.code !== '320831').reduce((sum, c) => sum + Number(c.code.slice(4)) * 7, 0));
    expect(calls).toEqual([[CITY_COUNTIES.map((c) => c.code).sort(), ['2003-07', '2003-08']]]);
  });
});
