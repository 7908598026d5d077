import { Industry } from './enterprise.enums';
import { type RegisterIndividualBusinessInput, validateBusinessRegistration } from './registration.inputs';

// A business date after the window, so approvals on both sides of its last day can be tried.
const TODAY = '2006-03-01';
const base: RegisterIndividualBusinessInput = {
  ownerId: '7',
  name: '周记裁缝铺',
  industry: Industry.LAUNDRY_TAILORING,
  countyCode: '320803',
  registeredOn: '2005-12-31',
  certificateNumber: '3208032003000001',
};
const fieldOf = (input: Partial<RegisterIndividualBusinessInput>) => {
  try {
    validateBusinessRegistration({ ...base, ...input }, TODAY);
    return null;
  } catch (error) {
    return (error as { extensions?: { field?: string } }).extensions?.field;
  }
};

describe('individual business registration input: the fee exemption window', () => {
  it('asks for the exemption on approvals from 2003-01-01 to 2005-12-31', () => {
    expect(fieldOf({ registeredOn: '2003-01-01' })).toBeNull();
    expect(fieldOf({ registeredOn: '2005-12-31' })).toBeNull();
  });

  it('refuses it on an approval before or after, naming registeredOn', () => {
    expect(fieldOf({ registeredOn: '2002-12-31' })).toBe('input.registeredOn');
    expect(fieldOf({ registeredOn: '2006-01-01' })).toBe('input.registeredOn');
  });

  it('registers without the exemption at any date', () => {
    expect(fieldOf({ registeredOn: '2006-01-01', certificateNumber: null })).toBeNull();
  });
});
