import { makeCreditCode, makeRegistrationNumber } from '../../../../shared/checksums';
import { EnterpriseKind, Industry } from './enterprise.enums';
import { type RegisterEnterpriseInput, validateEnterpriseRegistration } from './enterprise-registration.inputs';

const TODAY = '2003-08-15';
const base: RegisterEnterpriseInput = {
  name: ' 淮安金湖纺织有限公司 ',
  kind: EnterpriseKind.PRIVATE_ENTERPRISE,
  industry: Industry.MANUFACTURING,
  countyCode: '320831',
  registeredOn: '2001-04-15',
  employeeCount: 40,
};
const fieldOf = (input: Partial<RegisterEnterpriseInput>) => {
  try {
    validateEnterpriseRegistration({ ...base, ...input }, TODAY);
    return null;
  } catch (error) {
    return (error as { extensions?: { field?: string } }).extensions?.field;
  }
};

describe('enterprise registration input', () => {
  it('normalises a migrated record: code upper-cased, name trimmed, blanks as absent', () => {
    const creditCode = makeCreditCode('1', '320831', 4321);
    const registrationNumber = makeRegistrationNumber('320831', 99);
    expect(
      validateEnterpriseRegistration({ ...base, creditCode: ` ${creditCode.toLowerCase()} `, registrationNumber, ownerId: ' ' }, TODAY),
    ).toEqual({
      name: '淮安金湖纺织有限公司',
      countyCode: '320831',
      registeredOn: '2001-04-15',
      kind: EnterpriseKind.PRIVATE_ENTERPRISE,
      industry: Industry.MANUFACTURING,
      employeeCount: 40,
      ownerId: null,
      creditCode,
      registrationNumber,
    });
  });

  it('names the field of each rule', () => {
    const code = makeCreditCode('1', '320831', 4321);
    expect(fieldOf({ creditCode: code.slice(0, 17) + (code[17] === 'A' ? 'B' : 'A') })).toBe('input.creditCode');
    expect(fieldOf({ creditCode: makeCreditCode('2', '320831', 4321) })).toBe('input.creditCode');
    expect(fieldOf({ registrationNumber: '32083100000099' })).toBe('input.registrationNumber');
    expect(fieldOf({ kind: EnterpriseKind.INDIVIDUAL_BUSINESS })).toBe('input.kind');
    expect(fieldOf({ employeeCount: 2.5 })).toBe('input.employeeCount');
    expect(fieldOf({ employeeCount: -1 })).toBe('input.employeeCount');
    expect(fieldOf({ employeeCount: 0 })).toBeNull();
    expect(fieldOf({ ownerId: '0' })).toBe('input.ownerId');
    expect(fieldOf({ ownerId: '17' })).toBeNull();
    expect(fieldOf({ registeredOn: '2003-08-16' })).toBe('input.registeredOn');
    expect(fieldOf({ registeredOn: TODAY })).toBeNull();
    expect(fieldOf({ countyCode: '320800' })).toBe('input.countyCode');
  });
});
