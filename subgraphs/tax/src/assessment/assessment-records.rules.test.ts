import { certificateOfRecord, hireRefusal, isNewEnterprise, minimumContractMonths } from './assessment-records.rules';

const hire = { kind: 'ENTERPRISE_HIRE', startedOn: '2003-07-01', endedOn: null, contractMonths: 36 };
const valid = { status: 'VALID', issuedOn: '2003-06-01' };

describe('新办: set up while 财税[2002]208号 is in force', () => {
  it.each([
    ['2002-12-31', false],
    ['2003-01-01', true],
    ['1999-05-15', false],
    ['2003-06-20', true],
  ])('registered %s → new %s', (registeredOn, expected) => {
    expect(isNewEnterprise(registeredOn)).toBe(expected);
  });
});

describe('contract terms', () => {
  it('asks three years of a hire before 2003-08-01 and one year from it', () => {
    expect(minimumContractMonths('2003-07-31')).toBe(36);
    expect(minimumContractMonths('2003-08-01')).toBe(12);
    expect(minimumContractMonths('2003-09-15')).toBe(12);
  });
});

describe('a qualifying hire on the assessment date', () => {
  const on = '2003-10-01';

  it('counts an open enterprise hire on a long enough contract of a VALID certificate issued by then', () => {
    expect(hireRefusal(hire, valid, on)).toBeNull();
    expect(hireRefusal({ ...hire, endedOn: on }, valid, on)).toBeNull();
    expect(hireRefusal({ ...hire, startedOn: '2003-09-01', contractMonths: 12 }, valid, on)).toBeNull();
    // Issued after the hire began but by the assessment: the holder held it when assessed.
    expect(hireRefusal(hire, { ...valid, issuedOn: on }, on)).toBeNull();
  });

  it('refuses a 24-month contract started in July 2003, and any contract under a year', () => {
    expect(hireRefusal({ ...hire, contractMonths: 24 }, valid, on)).toMatch(/24 months, under the 36/);
    expect(hireRefusal({ ...hire, startedOn: '2003-09-01', contractMonths: 11 }, valid, on)).toMatch(/under the 12/);
    expect(hireRefusal({ ...hire, contractMonths: null }, valid, on)).toMatch(/no months/);
  });

  it('refuses hires not open on the day, and other kinds of work', () => {
    expect(hireRefusal({ ...hire, startedOn: '2003-10-02' }, valid, on)).toMatch(/after/);
    expect(hireRefusal({ ...hire, endedOn: '2003-09-30' }, valid, on)).toMatch(/ended/);
    expect(hireRefusal({ ...hire, kind: 'FLEXIBLE' }, valid, on)).toMatch(/not an enterprise hire/);
  });

  it('refuses a hire without a VALID certificate issued by the assessment date', () => {
    expect(hireRefusal(hire, null, on)).toMatch(/no certificate/);
    expect(hireRefusal(hire, { ...valid, status: 'REVOKED' }, on)).toMatch(/REVOKED/);
    expect(hireRefusal(hire, { ...valid, issuedOn: '2003-10-02' }, on)).toMatch(/issued 2003-10-02/);
  });

  it("judges a person's hire on a VALID certificate if one is held, else the latest", () => {
    const revoked = { status: 'REVOKED', issuedOn: '2003-02-01' };
    const expired = { status: 'EXPIRED', issuedOn: '2003-03-01' };
    expect(certificateOfRecord([revoked, valid])).toBe(valid);
    expect(certificateOfRecord([revoked, expired])).toBe(expired);
    expect(certificateOfRecord([])).toBeNull();
  });
});
