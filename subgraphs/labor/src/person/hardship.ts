import { ageOn } from '../../../../shared/calendar';
import { Field, ObjectType } from 'type-graphql';
import { EmploymentStatus, Gender, HouseholdRole, PersonCategory } from './person.enums';
import { Access } from '../../../../shared/auth/access';

@ObjectType({
  description:
    '就业困难 — hardship flags, derived from the registry and never typed in. Stored on the person and recomputed for the whole household in the transaction of every registration or employment change (动态管理).',
})
export class Hardship {
  @Access({ scopes: [] })
  @Field(() => Boolean, { description: '"4050": a woman aged 40 or more, a man aged 50 or more, on the registration date.' })
  fortyFifty!: boolean;

  @Access({ scopes: [] })
  @Field(() => Boolean, {
    description: '双下岗: this person and the spouse (household HEAD and SPOUSE) are both laid-off SOE workers without work.',
  })
  doubleLaidOff!: boolean;

  @Access({ scopes: [] })
  @Field(() => Boolean, {
    description: '双失业: this person and the spouse are both registered and without work (and not both laid-off: then doubleLaidOff).',
  })
  doubleUnemployed!: boolean;

  @Access({ scopes: [] })
  @Field(() => Boolean, {
    description:
      '零就业家庭: the household has working-age registered members (16 up to 60 for men, 50 for women, on their registration date) and none of them is employed.',
  })
  zeroEmploymentHousehold!: boolean;
}

export interface HardshipSubject {
  id: number;
  gender: Gender;
  birthDate: string;
  registeredOn: string;
  category: PersonCategory;
  employmentStatus: EmploymentStatus;
  householdId: string | null;
  householdRole: HouseholdRole | null;
}

/**
 * Statutory working age in 2003: 16 up to retirement at 60 (men) or 50 (women workers),
 * judged on the registration date so that stored flags never go stale with the calendar.
 */
export function isWorkingAge(p: Pick<HardshipSubject, 'birthDate' | 'gender' | 'registeredOn'>): boolean {
  const age = ageOn(p.birthDate, p.registeredOn);
  return age >= 16 && age < (p.gender === Gender.MALE ? 60 : 50);
}

export function isFortyFifty(p: Pick<HardshipSubject, 'birthDate' | 'gender' | 'registeredOn'>): boolean {
  return ageOn(p.birthDate, p.registeredOn) >= (p.gender === Gender.FEMALE ? 40 : 50);
}

const jobless = (p: HardshipSubject) => p.employmentStatus === EmploymentStatus.UNEMPLOYED;
const laidOff = (p: HardshipSubject) => p.category === PersonCategory.SOE_LAID_OFF && jobless(p);
const inCouple = (p: HardshipSubject) => p.householdRole === HouseholdRole.HEAD || p.householdRole === HouseholdRole.SPOUSE;

/**
 * Derives the flags of `person` from the registered members of its household (the
 * person included). A household is only as complete as the registry: members who never
 * registered are not seen, which the street platform must put right.
 */
export function computeHardship(person: HardshipSubject, household: readonly HardshipSubject[]): Hardship {
  const fortyFifty = isFortyFifty(person);
  if (!person.householdId) return { fortyFifty, doubleLaidOff: false, doubleUnemployed: false, zeroEmploymentHousehold: false };
  const members = household.filter((m) => m.householdId === person.householdId);
  const spouse = inCouple(person) ? members.find((m) => m.id !== person.id && inCouple(m)) : undefined;
  const doubleLaidOff = spouse !== undefined && laidOff(person) && laidOff(spouse);
  const workingAge = members.filter(isWorkingAge);
  return {
    fortyFifty,
    doubleLaidOff,
    doubleUnemployed: spouse !== undefined && !doubleLaidOff && jobless(person) && jobless(spouse),
    zeroEmploymentHousehold: workingAge.length > 0 && workingAge.every(jobless),
  };
}

/** Hardship persons in the sense of the notice's priority rules and the registry (统一台帐). */
export function isHardship(flags: Hardship): boolean {
  return flags.fortyFifty || flags.doubleLaidOff || flags.doubleUnemployed || flags.zeroEmploymentHousehold;
}
