import { Industry } from '../enterprise/enterprise.enums';
import { EXCLUDED_INDUSTRIES, isExcludedIndustry } from '../../../../shared/policy';
import { exemptionUntil, waivedFees } from './fee-exemption.rules';

describe('fee exemption rules', () => {
  it('excludes exactly the seven trades of the notice', () => {
    expect([...EXCLUDED_INDUSTRIES].sort()).toEqual([
      'ADVERTISING',
      'CONSTRUCTION',
      'ENTERTAINMENT',
      'INTERNET_CAFE',
      'MASSAGE',
      'OXYGEN_BAR',
      'SAUNA',
    ]);
    expect(isExcludedIndustry(Industry.SAUNA)).toBe(true);
    expect(isExcludedIndustry(Industry.CATERING)).toBe(false);
    expect(isExcludedIndustry(Industry.OTHER)).toBe(false);
  });

  it('runs three years less a day from approval', () => {
    expect(exemptionUntil('2003-08-01')).toBe('2006-07-31');
    expect(exemptionUntil('2003-01-01')).toBe('2005-12-31');
    expect(exemptionUntil('2003-03-01')).toBe('2006-02-28');
    expect(exemptionUntil('2005-03-01')).toBe('2008-02-29');
  });

  it('ends a period begun on 29 February on 28 February three years on', () => {
    expect(exemptionUntil('2004-02-29')).toBe('2007-02-28');
    expect(exemptionUntil('2004-02-28')).toBe('2007-02-27');
  });

  it('waives the one-off fees once and the management fee for 36 months', () => {
    const fees = waivedFees({ registrationFee: 2_000n, licenceFee: 1_000n, monthlyManagementFee: 2_000n });
    expect(fees).toEqual({ registrationFee: 2_000n, licenceFee: 1_000n, managementFee: 72_000n });
    expect(waivedFees({ registrationFee: 1n, licenceFee: 2n, monthlyManagementFee: 3n }).managementFee).toBe(108n);
  });
});
