import { ownerOf, selfEmploymentEnd, selfEmploymentStart } from './self-employment.rules';

describe('self-employment from the register', () => {
  it('ends on the closure date, never before the start', () => {
    expect(selfEmploymentEnd('2003-05-10', '2003-07-31')).toBe('2003-07-31');
    expect(selfEmploymentEnd('2003-05-10', '2003-05-10')).toBe('2003-05-10');
    expect(selfEmploymentEnd('2003-08-01', '2003-07-31')).toBe('2003-08-01');
  });

  it('starts with the registration, or the person’s own registration when later', () => {
    expect(selfEmploymentStart('2003-05-10', '2003-03-01')).toBe('2003-05-10');
    expect(selfEmploymentStart('2002-05-10', '2003-03-01')).toBe('2003-03-01');
  });

  it('places the owner of an owner-run business only', () => {
    const entry = { kind: 'INDIVIDUAL_BUSINESS', registeredOn: '2003-05-10', ownerId: 7, ownerCertificateNumber: '3208032003000001' };
    expect(ownerOf(entry, new Set([7]), new Map())).toBe(7);
    expect(ownerOf(entry, new Set(), new Map([['3208032003000001', 9]]))).toBe(9);
    expect(ownerOf({ ...entry, kind: 'STATE_OWNED' }, new Set([7]), new Map())).toBeNull();
  });
});
