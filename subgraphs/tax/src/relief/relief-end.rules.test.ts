import { reliefEnd } from './relief-end.rules';

describe('relief end on revocation', () => {
  const relief = { periodStart: '2004-01-01', periodEnd: '2004-01-10', amount: 1_000n };
  const certificate = (revokedOn: string | null) => ({ number: '3208032003000001', revokedOn });

  it('leaves a relief whole when the certificate is not revoked or was revoked after the period', () => {
    expect(reliefEnd(relief, certificate(null))).toBeNull();
    expect(reliefEnd(relief, certificate('2004-01-11'))).toBeNull();
  });

  it('ends it from the revocation date, pro rata by day', () => {
    expect(reliefEnd(relief, certificate('2004-01-05'))).toEqual({
      endedOn: '2004-01-05',
      endedBecause: 'certificate 3208032003000001 was revoked on 2004-01-05',
      effectivePeriodEnd: '2004-01-04',
      effectiveAmount: 400n,
    });
    // Revoked on the last day: that day is not relieved.
    expect(reliefEnd(relief, certificate('2004-01-10'))).toMatchObject({ effectivePeriodEnd: '2004-01-09', effectiveAmount: 900n });
  });

  it('relieves nothing when the revocation came on or before the first day', () => {
    expect(reliefEnd(relief, certificate('2004-01-01'))).toMatchObject({ effectivePeriodEnd: null, effectiveAmount: 0n });
    expect(reliefEnd(relief, certificate('2003-12-01'))).toMatchObject({ effectivePeriodEnd: null, effectiveAmount: 0n });
  });

  describe('of an individual business on its closure', () => {
    const business = (closedOn: string | null) => ({ creditCode: '92320803MA1000001X', closedOn });

    it('leaves it whole while the business trades or when it closes on the last day or later', () => {
      expect(reliefEnd(relief, certificate(null), business(null))).toBeNull();
      expect(reliefEnd(relief, certificate(null), business('2004-01-10'))).toBeNull();
    });

    it('relieves through the closure date, pro rata by day', () => {
      expect(reliefEnd(relief, certificate(null), business('2004-01-04'))).toEqual({
        endedOn: '2004-01-05',
        endedBecause: 'business 92320803MA1000001X was closed (注销登记) on 2004-01-04',
        effectivePeriodEnd: '2004-01-04',
        effectiveAmount: 400n,
      });
      expect(reliefEnd(relief, certificate(null), business('2004-01-01'))).toMatchObject({
        effectivePeriodEnd: '2004-01-01',
        effectiveAmount: 100n,
      });
    });

    it('relieves nothing for a business closed before the period', () => {
      expect(reliefEnd(relief, certificate(null), business('2003-12-31'))).toMatchObject({ effectivePeriodEnd: null, effectiveAmount: 0n });
    });

    it('lets the earlier of revocation and closure decide', () => {
      expect(reliefEnd(relief, certificate('2004-01-08'), business('2004-01-03'))).toMatchObject({
        effectivePeriodEnd: '2004-01-03',
        endedBecause: expect.stringContaining('closed'),
      });
      expect(reliefEnd(relief, certificate('2004-01-03'), business('2004-01-08'))).toMatchObject({
        effectivePeriodEnd: '2004-01-02',
        endedBecause: expect.stringContaining('revoked'),
      });
    });
  });
});
