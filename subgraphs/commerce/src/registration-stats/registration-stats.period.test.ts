import { reportPeriod } from './registration-stats.period';

describe('report periods', () => {
  it('spans the month and the year to its last day', () => {
    expect(reportPeriod(2003, 8)).toEqual({ year: 2003, month: 8, yearStart: '2003-01-01', monthStart: '2003-08-01', monthEnd: '2003-08-31' });
    expect(reportPeriod(2003, 2).monthEnd).toBe('2003-02-28');
    expect(reportPeriod(2004, 2).monthEnd).toBe('2004-02-29');
    expect(reportPeriod(2003, 12).monthEnd).toBe('2003-12-31');
    expect(reportPeriod(2003, 1).monthStart).toBe('2003-01-01');
  });

  it('refuses months outside 1 to 12, naming the argument', () => {
    expect(() => reportPeriod(2003, 0)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'month' }) }));
    expect(() => reportPeriod(2003, 13)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'month' }) }));
  });

  it('refuses years outside the register\'s range', () => {
    expect(() => reportPeriod(1989, 6)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'year', code: 'BAD_USER_INPUT' }) }));
    expect(() => reportPeriod(2101, 6)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'year' }) }));
    expect(reportPeriod(1990, 1).yearStart).toBe('1990-01-01');
    expect(reportPeriod(2100, 12).monthEnd).toBe('2100-12-31');
  });
});
