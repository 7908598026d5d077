import type { GraphQLError } from 'graphql';
import { EnterpriseReliefKind } from './assessment.enums';
import { type AssessEnterpriseReliefInput, validateAssessment } from './assessment.inputs';

const base: AssessEnterpriseReliefInput = {
  enterpriseCreditCode: '91320803000000422K',
  kind: EnterpriseReliefKind.NEW_SERVICE_ENTERPRISE,
  effectiveFrom: '2003-08-01',
};
const TODAY = '2003-08-15';
const validate = (input: Partial<AssessEnterpriseReliefInput>) => validateAssessment({ ...base, ...input }, TODAY);

function fieldOf(input: Partial<AssessEnterpriseReliefInput>): unknown {
  try {
    validate(input);
    return null;
  } catch (error) {
    return (error as GraphQLError).extensions.field;
  }
}

describe('typed-in figures are an override with a reason', () => {
  it('takes the figures from the records when none are typed in', () => {
    expect(validate({})).toEqual({ ...base, override: null });
    expect(validate({ staffCount: null, hiredCertificateNumbers: null, effectiveFrom: null }).effectiveFrom).toBe(TODAY);
  });

  it('needs a reason for either figure, and a figure for a reason', () => {
    expect(fieldOf({ staffCount: 5 })).toBe('input.overrideReason');
    expect(fieldOf({ hiredCertificateNumbers: ['3208032003000001'], overrideReason: '   ' })).toBe('input.overrideReason');
    expect(fieldOf({ overrideReason: '企业申报' })).toBe('input.overrideReason');
  });

  it('keeps what is not typed in to the records, and trims the reason', () => {
    expect(validate({ staffCount: 5, overrideReason: ' 登记人数未更新 ' }).override).toEqual({
      reason: '登记人数未更新',
      staffCount: 5,
      certificateNumbers: null,
    });
  });

  it('checks typed-in figures as before', () => {
    const reason = { overrideReason: '企业申报' };
    expect(fieldOf({ ...reason, staffCount: 0 })).toBe('input.staffCount');
    expect(fieldOf({ ...reason, hiredCertificateNumbers: [] })).toBe('input.hiredCertificateNumbers');
    expect(fieldOf({ ...reason, hiredCertificateNumbers: ['a', 'a'] })).toBe('input.hiredCertificateNumbers');
    expect(fieldOf({ ...reason, staffCount: 1, hiredCertificateNumbers: ['a', 'b'] })).toBe('input.hiredCertificateNumbers');
    expect(fieldOf({ ...reason, staffCount: 1, overrideReason: 'x'.repeat(201) })).toBe('input.overrideReason');
  });
});
