import { exemptionEnd, monthsBegun, waivedAfterEnd } from './fee-exemption-end.rules';

describe('fee exemption end on revocation', () => {
  const exemption = { validFrom: '2003-08-15', validUntil: '2006-08-14' };
  const fees = { registrationFee: 2_000n, licenceFee: 1_000n, managementFee: 72_000n };
  const certificate = (revokedOn: string | null) => ({ number: '3208032003000001', revokedOn });

  it('counts the months begun before the revocation', () => {
    expect(monthsBegun('2003-08-15', '2003-08-16')).toBe(1);
    expect(monthsBegun('2003-08-15', '2003-09-15')).toBe(1);
    expect(monthsBegun('2003-08-15', '2003-09-16')).toBe(2);
    expect(monthsBegun('2003-08-15', '2006-08-14')).toBe(36);
  });

  it('leaves the exemption whole without a revocation within it', () => {
    expect(exemptionEnd(exemption, certificate(null))).toBeNull();
    expect(exemptionEnd(exemption, certificate('2006-08-15'))).toBeNull();
    expect(waivedAfterEnd(fees, null)).toBe(75_000n);
  });

  it('ends it from the revocation: one-off fees stay waived, management fees for the months begun', () => {
    const end = exemptionEnd(exemption, certificate('2004-01-20'));
    expect(end).toEqual({
      endedOn: '2004-01-20',
      endedBecause: 'certificate 3208032003000001 was revoked on 2004-01-20',
      effectiveUntil: '2004-01-19',
      managementFeeMonths: 6,
    });
    expect(waivedAfterEnd(fees, end)).toBe(3_000n + 12_000n);
  });

  it('waives nothing when revoked on the approval date', () => {
    const end = exemptionEnd(exemption, certificate('2003-08-15'));
    expect(end).toMatchObject({ effectiveUntil: null, managementFeeMonths: 0 });
    expect(waivedAfterEnd(fees, end)).toBe(0n);
  });

  describe('on the closure of the business', () => {
    const business = (closedOn: string | null) => ({ creditCode: '92320803MA1000001X', closedOn });

    it('leaves the exemption whole while the business trades or closes on its last day', () => {
      expect(exemptionEnd(exemption, certificate(null), business(null))).toBeNull();
      expect(exemptionEnd(exemption, certificate(null), business('2006-08-14'))).toBeNull();
    });

    it('exempts through the closure date, the last day of the business', () => {
      const end = exemptionEnd(exemption, certificate(null), business('2004-01-19'));
      expect(end).toEqual({
        endedOn: '2004-01-20',
        endedBecause: 'business 92320803MA1000001X was closed (注销登记) on 2004-01-19',
        effectiveUntil: '2004-01-19',
        managementFeeMonths: 6,
      });
      expect(waivedAfterEnd(fees, end)).toBe(3_000n + 12_000n);
    });

    it('waives the first month when the business closes on its approval date', () => {
      expect(exemptionEnd(exemption, certificate(null), business('2003-08-15'))).toMatchObject({
        effectiveUntil: '2003-08-15',
        managementFeeMonths: 1,
      });
    });

    it('lets the earlier of revocation and closure decide', () => {
      const closedFirst = exemptionEnd(exemption, certificate('2004-03-01'), business('2003-12-31'));
      expect(closedFirst).toMatchObject({ effectiveUntil: '2003-12-31', endedBecause: expect.stringContaining('closed') });
      const revokedFirst = exemptionEnd(exemption, certificate('2003-11-10'), business('2003-12-31'));
      expect(revokedFirst).toMatchObject({ effectiveUntil: '2003-11-09', endedBecause: expect.stringContaining('revoked') });
      // Closed on the day before the revocation: both stop on the same day; the revocation is named.
      expect(exemptionEnd(exemption, certificate('2004-01-01'), business('2003-12-31'))).toMatchObject({
        endedOn: '2004-01-01',
        effectiveUntil: '2003-12-31',
        endedBecause: expect.stringContaining('revoked'),
      });
    });
  });
});
