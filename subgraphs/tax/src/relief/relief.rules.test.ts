import { TaxOffice } from '../taxpayer/taxpayer.enums';
import { lastDayWithinYears } from '../../../../shared/policy';
import { collectingOffice, individualReliefRefusal } from './relief.rules';
import { TaxType } from './relief.enums';

describe('relief window', () => {
  it.each([
    ['2003-08-01', '2006-07-31'],
    ['2002-06-10', '2005-06-09'],
    ['2003-01-01', '2005-12-31'],
    ['2004-02-29', '2007-02-28'],
    ['2003-03-01', '2006-02-28'],
  ])('three years from %s end on %s', (from, last) => {
    expect(lastDayWithinYears(from, 3)).toBe(last);
  });
});

describe('individual business', () => {
  const registration = { creditCode: '92320803000100108M', industry: 'CATERING', registeredOn: '2002-06-10' };

  it('passes a period ending on the last day of the three years and refuses the day after', () => {
    expect(individualReliefRefusal(registration, { periodStart: '2003-01-01', periodEnd: '2005-06-09' })).toBeNull();
    expect(individualReliefRefusal(registration, { periodStart: '2003-01-01', periodEnd: '2005-06-10' })).toMatchObject({
      field: 'input.periodEnd',
    });
  });

  it('refuses a period before the registration and an excluded trade', () => {
    expect(individualReliefRefusal(registration, { periodStart: '2002-06-09', periodEnd: '2003-01-01' })).toMatchObject({
      field: 'input.periodStart',
    });
    expect(
      individualReliefRefusal({ ...registration, industry: 'OXYGEN_BAR' }, { periodStart: '2003-01-01', periodEnd: '2003-02-01' }),
    ).toMatchObject({
      field: 'input.taxpayerCreditCode',
      message: expect.stringMatching(/OXYGEN_BAR, excluded/),
    });
  });
});

describe('collecting office', () => {
  it('sends income tax of enterprises registered from 2002 to 国税, the rest to 地税', () => {
    expect(collectingOffice(TaxType.ENTERPRISE_INCOME_TAX, '2002-01-01')).toBe(TaxOffice.STATE);
    expect(collectingOffice(TaxType.ENTERPRISE_INCOME_TAX, '2001-12-31')).toBe(TaxOffice.LOCAL);
    expect(collectingOffice(TaxType.BUSINESS_TAX, '2003-05-01')).toBe(TaxOffice.LOCAL);
    expect(collectingOffice(TaxType.INDIVIDUAL_INCOME_TAX, '2003-05-01')).toBe(TaxOffice.LOCAL);
  });
});
