import { ageOn, computeHardship, type HardshipSubject } from './hardship';
import { EmploymentStatus, Gender, PersonCategory } from './person.enums';

const base: HardshipSubject = {
  id: 1,
  gender: Gender.FEMALE,
  birthDate: '1963-07-16',
  registeredOn: '2003-07-15',
  category: PersonCategory.SOE_LAID_OFF,
  employmentStatus: EmploymentStatus.UNEMPLOYED,
};

describe('hardship flags', () => {
  it('computes age on a date, counting the birthday itself', () => {
    expect(ageOn('1963-07-15', '2003-07-15')).toBe(40);
    expect(ageOn('1963-07-16', '2003-07-15')).toBe(39);
  });

  it('marks 4050 at 40 for women and 50 for men, on the registration date', () => {
    expect(computeHardship(base, [base], '2003-07-15').fortyFifty).toBe(false);
    const forty = { ...base, birthDate: '1963-07-15' };
    expect(computeHardship(forty, [forty], '2003-07-15').fortyFifty).toBe(true);
    const man49 = { ...base, gender: Gender.MALE, birthDate: '1954-01-01' };
    expect(computeHardship(man49, [man49], '2003-07-15').fortyFifty).toBe(false);
    const man50 = { ...man49, birthDate: '1953-07-15' };
    expect(computeHardship(man50, [man50], '2003-07-15').fortyFifty).toBe(true);
  });

  it('derives double laid-off, double unemployed and zero-employment from the household', () => {
    const spouse = { ...base, id: 2, gender: Gender.MALE, birthDate: '1960-01-01' };
    const both = computeHardship(base, [base, spouse], '2003-07-15');
    expect(both).toMatchObject({ doubleLaidOff: true, doubleUnemployed: false, zeroEmploymentHousehold: true });

    const unemployedSpouse = { ...spouse, category: PersonCategory.SOE_UNEMPLOYED };
    expect(computeHardship(base, [base, unemployedSpouse], '2003-07-15')).toMatchObject({
      doubleLaidOff: false,
      doubleUnemployed: true,
    });

    const employedSpouse = { ...spouse, employmentStatus: EmploymentStatus.EMPLOYED };
    expect(computeHardship(base, [base, employedSpouse], '2003-07-15')).toMatchObject({
      doubleLaidOff: false,
      doubleUnemployed: false,
      zeroEmploymentHousehold: false,
    });
  });
});
