import { GraphQLError } from 'graphql';
import { periodOf } from './period';

describe('reporting periods', () => {
  it('bounds the month and the year to date, leap years included', () => {
    expect(periodOf(2003, 7)).toEqual({ year: 2003, month: 7, yearStart: '2003-01-01', monthStart: '2003-07-01', monthEnd: '2003-07-31' });
    expect(periodOf(2004, 2).monthEnd).toBe('2004-02-29');
    expect(periodOf(2003, 2).monthEnd).toBe('2003-02-28');
    expect(periodOf(2003, 12).monthEnd).toBe('2003-12-31');
  });

  it('refuses months and years out of range, naming the argument', () => {
    for (const [year, month, field] of [[2003, 0, 'month'], [2003, 13, 'month'], [1989, 5, 'year'], [2003.5, 5, 'year']] as const) {
      try {
        periodOf(year, month);
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(GraphQLError);
        expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    }
    expect(() => periodOf(1990, 1)).not.toThrow();
  });
});
