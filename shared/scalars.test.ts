import { DateScalar, MoneyScalar } from './scalars';

describe('Money scalar', () => {
  it('round-trips yuan strings through fen', () => {
    expect(MoneyScalar.parseValue('1234.5')).toBe(123450n);
    expect(MoneyScalar.serialize(123450n)).toBe('1234.50');
  });
  it('refuses numbers and malformed strings', () => {
    expect(() => MoneyScalar.parseValue(12.5)).toThrow(/decimal string/);
    expect(() => MoneyScalar.parseValue('12.345')).toThrow(/decimal string/);
  });
});

describe('Date scalar', () => {
  it('accepts real calendar dates and keeps them as strings', () => {
    expect(DateScalar.parseValue('2003-07-15')).toBe('2003-07-15');
    expect(DateScalar.serialize('2003-07-15')).toBe('2003-07-15');
  });
  it('refuses impossible dates', () => {
    expect(() => DateScalar.parseValue('2003-02-30')).toThrow();
    expect(() => DateScalar.parseValue('15/07/2003')).toThrow();
  });
});
