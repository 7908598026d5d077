import { GraphQLError } from 'graphql';
import { makeCreditCode } from '../../../../shared/checksums';
import { InstitutionSubsidyKind } from './subsidy.enums';
import { validateInstitutionSubsidy, validateSocialInsurance, withinSocialInsuranceYears } from './subsidy.inputs';

const fieldOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.field : error;
  }
  return undefined;
};

describe('subsidy inputs', () => {
  const si = {
    certificateNumber: '3208032003000001',
    enterpriseCreditCode: makeCreditCode('1', '320803', 10_000),
    quarterStart: '2003-07-01',
    pensionAmount: 30_000n,
    unemploymentAmount: 3_000n,
  };

  it('pays the social-insurance subsidy by calendar quarter, both shares together', () => {
    const valid = validateSocialInsurance(si);
    expect(valid).toMatchObject({ periodStart: '2003-07-01', periodEnd: '2003-09-30', amount: 33_000n });
    expect(fieldOf(() => validateSocialInsurance({ ...si, quarterStart: '2003-08-01' }))).toBe('input.quarterStart');
    expect(fieldOf(() => validateSocialInsurance({ ...si, pensionAmount: 0n, unemploymentAmount: 0n }))).toBe('input.pensionAmount');
    expect(fieldOf(() => validateSocialInsurance({ ...si, unemploymentAmount: -1n }))).toBe('input.unemploymentAmount');
    expect(fieldOf(() => validateSocialInsurance({ ...si, enterpriseCreditCode: '' }))).toBe('input.enterpriseCreditCode');
  });

  it("keeps one holder's subsidised quarters within three years of the first", () => {
    expect(withinSocialInsuranceYears(['2003-07-01'])).toBe(true);
    expect(withinSocialInsuranceYears(['2003-07-01', '2006-04-01'])).toBe(true);
    expect(withinSocialInsuranceYears(['2003-07-01', '2006-07-01'])).toBe(false);
    // Paying an earlier quarter late cannot stretch the window either.
    expect(withinSocialInsuranceYears(['2006-04-01', '2003-04-01'])).toBe(false);
  });

  it('pays institutions by outcome: persons placed × amount per person', () => {
    const input = {
      kind: InstitutionSubsidyKind.TRAINING,
      countyCode: '320803',
      institutionName: ' 楚州区再就业培训中心 ',
      periodStart: '2003-01-01',
      periodEnd: '2003-06-30',
      placedPersons: 12,
      amountPerPerson: 30_000n,
    };
    expect(validateInstitutionSubsidy(input)).toMatchObject({ amount: 360_000n, institutionName: '楚州区再就业培训中心' });
    expect(validateInstitutionSubsidy({ ...input, placedPersons: 1 }).amount).toBe(30_000n);
    expect(fieldOf(() => validateInstitutionSubsidy({ ...input, placedPersons: 0 }))).toBe('input.placedPersons');
    expect(fieldOf(() => validateInstitutionSubsidy({ ...input, countyCode: '320101' }))).toBe('input.countyCode');
    expect(fieldOf(() => validateInstitutionSubsidy({ ...input, periodEnd: '2002-12-31' }))).toBe('input.periodEnd');
  });
});
