import { TaxType } from '../relief/relief.enums';
import { Industry } from '../taxpayer/taxpayer.enums';
import { EnterpriseReliefKind } from './assessment.enums';
import { assessEnterpriseRelief, industryMismatch, reachesThirtyPercent } from './assessment.rules';

const { NEW_SERVICE_ENTERPRISE: SERVICE, NEW_COMMERCIAL_RETAIL: RETAIL, MAIN_AUXILIARY_SEPARATION: SEPARATION } = EnterpriseReliefKind;

describe('30 % of the staff, in integers', () => {
  it.each([
    [3, 10, true],
    [30, 100, true],
    [299, 1000, false],
    [300, 1000, true],
    [2, 7, false], // 28.57 %
    [3, 9, true],
  ])('%i hired of %i staff → %s', (hired, staff, expected) => {
    expect(reachesThirtyPercent(hired, staff)).toBe(expected);
  });
});

describe('财税[2002]208号 for employers', () => {
  it('exempts a service enterprise at 30 % from business tax, both surcharges and income tax', () => {
    expect(assessEnterpriseRelief(SERVICE, 10, 3)).toEqual({
      taxTypes: [TaxType.BUSINESS_TAX, TaxType.CITY_CONSTRUCTION_TAX, TaxType.EDUCATION_SURCHARGE, TaxType.ENTERPRISE_INCOME_TAX],
      incomeTaxBasisPoints: 10_000,
    });
  });

  it('reduces income tax below 30 % by (hired ÷ staff) × 2, in basis points rounded down', () => {
    expect(assessEnterpriseRelief(SERVICE, 1000, 299)).toEqual({ taxTypes: [TaxType.ENTERPRISE_INCOME_TAX], incomeTaxBasisPoints: 5980 });
    expect(assessEnterpriseRelief(SERVICE, 20, 1)).toEqual({ taxTypes: [TaxType.ENTERPRISE_INCOME_TAX], incomeTaxBasisPoints: 1000 });
    expect(assessEnterpriseRelief(SERVICE, 7, 2).incomeTaxBasisPoints).toBe(5714); // 57.142… %
    expect(assessEnterpriseRelief(SERVICE, 30_000, 1).incomeTaxBasisPoints).toBe(null); // 0.67 bp: nothing to reduce
  });

  it('exempts a retail enterprise at 30 % from the surcharges and income tax, and gives nothing below', () => {
    expect(assessEnterpriseRelief(RETAIL, 10, 3).taxTypes).toEqual([
      TaxType.CITY_CONSTRUCTION_TAX,
      TaxType.EDUCATION_SURCHARGE,
      TaxType.ENTERPRISE_INCOME_TAX,
    ]);
    expect(assessEnterpriseRelief(RETAIL, 1000, 299)).toEqual({ taxTypes: [], incomeTaxBasisPoints: null });
  });

  it('exempts a main/auxiliary separation entity at 30 % from income tax only', () => {
    expect(assessEnterpriseRelief(SEPARATION, 10, 3)).toEqual({ taxTypes: [TaxType.ENTERPRISE_INCOME_TAX], incomeTaxBasisPoints: 10_000 });
    expect(assessEnterpriseRelief(SEPARATION, 10, 2)).toEqual({ taxTypes: [], incomeTaxBasisPoints: null });
  });
});

describe('kind and trade', () => {
  it('refuses excluded trades for every kind', () => {
    for (const kind of [SERVICE, RETAIL, SEPARATION]) expect(industryMismatch(kind, Industry.SAUNA)).toMatch(/excluded/);
  });

  it('takes retail only as commercial and service trades only as service', () => {
    expect(industryMismatch(RETAIL, Industry.RETAIL)).toBeNull();
    expect(industryMismatch(RETAIL, Industry.CATERING)).toMatch(/RETAIL/);
    expect(industryMismatch(SERVICE, Industry.CATERING)).toBeNull();
    expect(industryMismatch(SERVICE, Industry.MANUFACTURING)).toMatch(/not a service trade/);
    expect(industryMismatch(SEPARATION, Industry.MANUFACTURING)).toBeNull();
  });
});
