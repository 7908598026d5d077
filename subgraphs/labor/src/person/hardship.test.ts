import { ageOn } from '../../../../shared/calendar';
import { computeHardship, type HardshipSubject, isHardship, isWorkingAge } from './hardship';
import { EmploymentStatus, Gender, HouseholdRole, PersonCategory } from './person.enums';

const wife: HardshipSubject = {
  id: 1,
  gender: Gender.FEMALE,
  birthDate: '1963-07-16',
  registeredOn: '2003-07-15',
  category: PersonCategory.SOE_LAID_OFF,
  employmentStatus: EmploymentStatus.UNEMPLOYED,
  householdId: 'H1',
  householdRole: HouseholdRole.SPOUSE,
};
const husband: HardshipSubject = { ...wife, id: 2, gender: Gender.MALE, birthDate: '1960-01-01', householdRole: HouseholdRole.HEAD };
const employed = EmploymentStatus.EMPLOYED;

describe('hardship flags', () => {
  it('computes age on a date, counting the birthday itself', () => {
    expect(ageOn('1963-07-15', '2003-07-15')).toBe(40);
    expect(ageOn('1963-07-16', '2003-07-15')).toBe(39);
  });

  it('marks 4050 at 40 for women and 50 for men, on the registration date', () => {
    expect(computeHardship(wife, [wife]).fortyFifty).toBe(false);
    expect(computeHardship({ ...wife, birthDate: '1963-07-15' }, []).fortyFifty).toBe(true);
    expect(computeHardship({ ...wife, registeredOn: '2003-07-16' }, []).fortyFifty).toBe(true);
    const man49 = { ...husband, birthDate: '1953-07-16', registeredOn: '2003-07-15' };
    expect(computeHardship(man49, [man49]).fortyFifty).toBe(false);
    expect(computeHardship({ ...man49, birthDate: '1953-07-15' }, []).fortyFifty).toBe(true);
  });

  it('judges working age on the registration date: 16 to 59 for men, 16 to 49 for women', () => {
    expect(isWorkingAge({ ...husband, birthDate: '1943-07-16' })).toBe(true);
    expect(isWorkingAge({ ...husband, birthDate: '1943-07-15' })).toBe(false);
    expect(isWorkingAge({ ...wife, birthDate: '1953-07-16' })).toBe(true);
    expect(isWorkingAge({ ...wife, birthDate: '1953-07-15' })).toBe(false);
    expect(isWorkingAge({ ...wife, birthDate: '1987-07-15' })).toBe(true);
    expect(isWorkingAge({ ...wife, birthDate: '1987-07-16' })).toBe(false);
  });

  it('marks double laid-off when both spouses are laid-off SOE workers without work', () => {
    expect(computeHardship(wife, [wife, husband])).toMatchObject({
      doubleLaidOff: true,
      doubleUnemployed: false,
      zeroEmploymentHousehold: true,
    });
    expect(computeHardship(husband, [wife, husband])).toMatchObject({ doubleLaidOff: true });
    const workingHusband = { ...husband, employmentStatus: employed };
    expect(computeHardship(wife, [wife, workingHusband])).toMatchObject({
      doubleLaidOff: false,
      doubleUnemployed: false,
      zeroEmploymentHousehold: false,
    });
  });

  it('marks double unemployed when both spouses are without work but not both laid-off', () => {
    const unemployedHusband = { ...husband, category: PersonCategory.SOE_UNEMPLOYED };
    expect(computeHardship(wife, [wife, unemployedHusband])).toMatchObject({ doubleLaidOff: false, doubleUnemployed: true });
  });

  it('looks only at the couple (head and spouse) for the double flags', () => {
    const son = { ...husband, id: 3, birthDate: '1982-01-01', householdRole: HouseholdRole.OTHER };
    expect(computeHardship(wife, [wife, son])).toMatchObject({
      doubleLaidOff: false,
      doubleUnemployed: false,
      zeroEmploymentHousehold: true,
    });
    expect(computeHardship(son, [wife, son])).toMatchObject({ doubleLaidOff: false, doubleUnemployed: false });
  });

  it('marks a zero-employment household only while no working-age member works', () => {
    const retiredMother = { ...wife, id: 4, birthDate: '1940-01-01', householdRole: HouseholdRole.OTHER, employmentStatus: employed };
    expect(computeHardship(wife, [wife, retiredMother]).zeroEmploymentHousehold).toBe(true);
    const workingSon = { ...husband, id: 3, birthDate: '1982-01-01', householdRole: HouseholdRole.OTHER, employmentStatus: employed };
    expect(computeHardship(wife, [wife, husband, workingSon]).zeroEmploymentHousehold).toBe(false);
    // Only members past working age: nobody the household could place.
    const old = { ...wife, birthDate: '1950-01-01' };
    expect(computeHardship(old, [old]).zeroEmploymentHousehold).toBe(false);
  });

  it('sets no household flag without a household', () => {
    const alone = { ...wife, householdId: null, householdRole: null, birthDate: '1960-01-01' };
    expect(computeHardship(alone, [alone])).toEqual({
      fortyFifty: true,
      doubleLaidOff: false,
      doubleUnemployed: false,
      zeroEmploymentHousehold: false,
    });
    expect(isHardship(computeHardship(alone, [alone]))).toBe(true);
    expect(isHardship(computeHardship({ ...alone, birthDate: '1970-01-01' }, []))).toBe(false);
  });
});
