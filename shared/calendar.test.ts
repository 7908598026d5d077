import { addDays, addMonths, addYears, ageOn, daysBetween, nextMonthStart, quarterEnd, quarterStart } from './calendar';

describe('calendar arithmetic on YYYY-MM-DD', () => {
  it('adds days across month and year ends, leap years included', () => {
    expect(addDays('2003-08-15', 21)).toBe('2003-09-05');
    expect(addDays('2003-12-31', 1)).toBe('2004-01-01');
    expect(addDays('2004-03-01', -1)).toBe('2004-02-29');
    expect(daysBetween('2003-01-01', '2004-01-01')).toBe(365);
    expect(daysBetween('2004-01-01', '2005-01-01')).toBe(366);
    expect(daysBetween('2003-08-15', '2003-08-01')).toBe(-14);
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2003-08-15', 24)).toBe('2005-08-15');
    expect(addMonths('2003-01-31', 1)).toBe('2003-02-28');
    expect(addMonths('2003-11-30', 3)).toBe('2004-02-29');
    expect(addMonths('2003-03-15', -3)).toBe('2002-12-15');
    expect(addYears('2004-02-29', 1)).toBe('2005-02-28');
    expect(nextMonthStart('2003-12-09')).toBe('2004-01-01');
  });

  it('counts completed years of age, turning on the birthday', () => {
    expect(ageOn('1943-08-15', '2003-08-15')).toBe(60);
    expect(ageOn('1943-08-16', '2003-08-15')).toBe(59);
    expect(ageOn('1943-08-14', '2003-08-15')).toBe(60);
  });

  it('finds calendar quarters', () => {
    expect(quarterStart('2003-08-15')).toBe('2003-07-01');
    expect(quarterStart('2003-12-31')).toBe('2003-10-01');
    expect(quarterEnd('2003-07-01')).toBe('2003-09-30');
    expect(quarterEnd('2004-01-01')).toBe('2004-03-31');
  });
});
