import { GraphQLError } from 'graphql';
import { areaPeriodLoader, monthPeriod, quarterPeriod, reportingPeriod } from './reporting-period';
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

describe('areaPeriodLoader', () => {
  it('fetches once per period for counties and the city, and sums the city from its counties', async () => {
    const calls: [string[], string][] = [];
    const loader = areaPeriodLoader<number>({
      fetch: async (codes, p) => {
        calls.push([[...codes].sort(), p.id]);
        return new Map(codes.filter((c) => c !== '320831').map((c) => [c, Number(c.slice(4))]));
      },
      empty: () => 0,
      add: (a, b) => a + b,
    });
    const july = monthPeriod(2003, 7);
    const [chuzhou, city, jinhu] = await Promise.all([
      loader.load({ code: '320803', period: july }),
      loader.load({ code: CITY_CODE, period: july }),
      loader.load({ code: '320831', period: july }),
    ]);
    expect(chuzhou).toBe(3);
    expect(jinhu).toBe(0);
    expect(city).toBe(CITY_COUNTIES.filter((c) => c.code !== '320831').reduce((sum, c) => sum + Number(c.code.slice(4)), 0));
    expect(calls).toEqual([[CITY_COUNTIES.map((c) => c.code).sort(), '2003-07']]);
  });
});
