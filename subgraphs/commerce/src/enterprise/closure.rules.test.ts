import { closedRefusal, closureRefusal } from './closure.rules';

describe('closure rules', () => {
  const entry = { creditCode: '92320803MA1000001X', registeredOn: '2003-05-10', closedOn: null };
  const count = { effectiveOn: '2003-06-01', employeeCount: 3 };

  it('closes a trading entry on or after its registration and its last count', () => {
    expect(closureRefusal(entry, count, '2003-06-01')).toBeNull();
    expect(closureRefusal(entry, null, '2003-05-10')).toBeNull();
  });

  it('refuses a closure before the registration or the last count, naming closedOn', () => {
    expect(closureRefusal(entry, null, '2003-05-09')).toMatchObject({
      field: 'input.closedOn',
      message: expect.stringContaining('2003-05-10'),
    });
    expect(closureRefusal(entry, count, '2003-05-31')).toMatchObject({
      field: 'input.closedOn',
      message: expect.stringContaining('3 from 2003-06-01'),
    });
  });

  it('closes an entry once, naming the credit code', () => {
    const closed = { ...entry, closedOn: '2003-07-31' };
    expect(closureRefusal(closed, count, '2003-08-01')).toMatchObject({
      field: 'input.creditCode',
      message: expect.stringContaining('2003-07-31'),
    });
    expect(closedRefusal(closed, 'input.creditCode')).toMatchObject({ field: 'input.creditCode' });
    expect(closedRefusal(entry, 'input.creditCode')).toBeNull();
  });
});
