import { ageOn } from '../../../../shared/calendar';
import { computeHardship, type HardshipSubject, inLaborForce, isHardship, isWorkingAge, type RosterSubject } from './hardship';
import { EmploymentStatus, Gender, HouseholdRole, MemberSituation, PersonCategory } from './person.enums';

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

describe('hardship flags over the household roster', () => {
  const head = { ...husband, category: PersonCategory.SOE_UNEMPLOYED };
  const son = { ...husband, id: 3, birthDate: '1982-01-01', householdRole: HouseholdRole.OTHER };
  const spouseOnRoster: RosterSubject = {
    gender: Gender.FEMALE,
    birthDate: '1962-03-08',
    role: HouseholdRole.SPOUSE,
    situation: MemberSituation.UNEMPLOYED,
    situationConfirmedOn: '2003-08-01',
  };
  const working = { ...spouseOnRoster, situation: MemberSituation.EMPLOYED };

  it('takes only working-age members in work or looking for it into the labour force, aged on the confirmation date', () => {
    expect(inLaborForce(spouseOnRoster)).toBe(true);
    expect(inLaborForce({ ...spouseOnRoster, situation: MemberSituation.STUDENT })).toBe(false);
    expect(inLaborForce({ ...spouseOnRoster, situation: MemberSituation.DISABLED })).toBe(false);
    // A woman of 50 on the confirmation date is past working age; the day before she was 49.
    expect(inLaborForce({ ...working, birthDate: '1953-08-01' })).toBe(false);
    expect(inLaborForce({ ...working, birthDate: '1953-08-02' })).toBe(true);
    expect(inLaborForce({ ...working, gender: Gender.MALE, birthDate: '1987-08-02' })).toBe(false);
  });

  it('counts an unemployed roster spouse for double unemployed, and an employed one breaks it and zero-employment', () => {
    expect(computeHardship(head, [head, son], [spouseOnRoster])).toMatchObject({
      doubleLaidOff: false,
      doubleUnemployed: true,
      zeroEmploymentHousehold: true,
    });
    for (const p of [head, son])
      expect(computeHardship(p, [head, son], [working])).toMatchObject({ doubleUnemployed: false, zeroEmploymentHousehold: false });
    // The son is no part of the couple, whatever the roster says.
    expect(computeHardship(son, [head, son], [spouseOnRoster]).doubleUnemployed).toBe(false);
  });

  it('never makes double laid-off from a roster spouse: only a registration tells the category', () => {
    expect(computeHardship(husband, [husband], [spouseOnRoster])).toMatchObject({ doubleLaidOff: false, doubleUnemployed: true });
  });

  it('lets a roster head pair with a registered spouse', () => {
    const registeredWife = { ...wife, category: PersonCategory.SOE_UNEMPLOYED };
    const rosterHead = { ...spouseOnRoster, gender: Gender.MALE, birthDate: '1960-01-01', role: HouseholdRole.HEAD };
    expect(computeHardship(registeredWife, [registeredWife], [rosterHead]).doubleUnemployed).toBe(true);
    expect(
      computeHardship(registeredWife, [registeredWife], [{ ...rosterHead, situation: MemberSituation.EMPLOYED }]).doubleUnemployed,
    ).toBe(false);
  });

  it('ignores students, retired and disabled members for zero-employment, and a roster member alone can make it', () => {
    const student = { ...spouseOnRoster, role: HouseholdRole.OTHER, birthDate: '1985-01-01', situation: MemberSituation.STUDENT };
    const retiredButWorking = { ...working, role: HouseholdRole.OTHER, birthDate: '1940-01-01' };
    expect(computeHardship(wife, [wife], [student, retiredButWorking]).zeroEmploymentHousehold).toBe(true);
    const old = { ...wife, birthDate: '1950-01-01', householdRole: HouseholdRole.OTHER };
    expect(computeHardship(old, [old]).zeroEmploymentHousehold).toBe(false);
    expect(
      computeHardship(old, [old], [{ ...spouseOnRoster, role: HouseholdRole.OTHER, birthDate: '1980-01-01' }]).zeroEmploymentHousehold,
    ).toBe(true);
  });

  it('sets no household flag for a person without a household, whatever roster is passed', () => {
    const alone = { ...head, householdId: null, householdRole: null };
    expect(computeHardship(alone, [alone], [spouseOnRoster])).toMatchObject({ doubleUnemployed: false, zeroEmploymentHousehold: false });
  });
});

describe('hardship flags as of the business date (members age into and out of working age)', () => {
  // Registered at 59; turns 60, and retires, on 2003-08-20.
  const man: HardshipSubject = {
    ...husband,
    birthDate: '1943-08-20',
    registeredOn: '2003-08-01',
    category: PersonCategory.SOE_UNEMPLOYED,
  };
  const retiredMother: RosterSubject = {
    gender: Gender.FEMALE,
    birthDate: '1930-05-05',
    role: HouseholdRole.OTHER,
    situation: MemberSituation.RETIRED,
    situationConfirmedOn: '2003-08-01',
  };

  it('judges working age on the date given, else on the registration date', () => {
    expect(isWorkingAge(man, '2003-08-19')).toBe(true);
    expect(isWorkingAge(man, '2003-08-20')).toBe(false);
    expect(isWorkingAge(man)).toBe(true);
    const girl = { ...wife, birthDate: '1987-08-20' };
    expect(isWorkingAge(girl, '2003-08-19')).toBe(false);
    expect(isWorkingAge(girl, '2003-08-20')).toBe(true);
    // Women retire at 50.
    expect(isWorkingAge({ ...wife, birthDate: '1953-08-20' }, '2003-08-20')).toBe(false);
  });

  it('drops zero-employment once the only working-age member retires, the others unchanged', () => {
    const before = computeHardship(man, [man], [retiredMother], '2003-08-19');
    const after = computeHardship(man, [man], [retiredMother], '2003-08-20');
    expect(before.zeroEmploymentHousehold).toBe(true);
    expect(after.zeroEmploymentHousehold).toBe(false);
    // Without a date: as on the registration, when he was 59.
    expect(computeHardship(man, [man], [retiredMother]).zeroEmploymentHousehold).toBe(true);
  });

  it('counts a roster member in work from the 16th birthday, breaking zero-employment', () => {
    const mother = { ...wife, birthDate: '1965-01-01', householdRole: HouseholdRole.HEAD, category: PersonCategory.SOE_UNEMPLOYED };
    const workingBoy: RosterSubject = {
      gender: Gender.MALE,
      birthDate: '1987-08-20',
      role: HouseholdRole.OTHER,
      situation: MemberSituation.EMPLOYED,
      situationConfirmedOn: '2003-08-01',
    };
    expect(inLaborForce(workingBoy, '2003-08-19')).toBe(false);
    expect(inLaborForce(workingBoy, '2003-08-20')).toBe(true);
    expect(computeHardship(mother, [mother], [workingBoy], '2003-08-19').zeroEmploymentHousehold).toBe(true);
    expect(computeHardship(mother, [mother], [workingBoy], '2003-08-20').zeroEmploymentHousehold).toBe(false);
  });
});
