import { Field, ObjectType } from 'type-graphql';
import { EmploymentStatus, Gender, PersonCategory } from './person.enums';

@ObjectType({ description: '就业困难 — hardship flags, derived from the registry, never typed in.' })
export class Hardship {
  @Field(() => Boolean, { description: '"4050": a woman aged 40 or more, a man aged 50 or more, on the registration date.' })
  fortyFifty!: boolean;

  @Field(() => Boolean, { description: '双下岗: this person and another member of the household are laid-off SOE workers without work.' })
  doubleLaidOff!: boolean;

  @Field(() => Boolean, { description: '双失业: this person and another member of the household are without work.' })
  doubleUnemployed!: boolean;

  @Field(() => Boolean, { description: '零就业家庭: no working-age member of the household is employed.' })
  zeroEmploymentHousehold!: boolean;
}

export interface HardshipSubject {
  id: number;
  gender: Gender;
  birthDate: string;
  registeredOn: string;
  category: PersonCategory;
  employmentStatus: EmploymentStatus;
}

/** Whole years between two ISO dates (birthday counted on the day itself). */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** Statutory working age in 2003: 16 up to retirement at 60 (men) or 50 (women workers). */
function isWorkingAge(p: HardshipSubject, on: string): boolean {
  const age = ageOn(p.birthDate, on);
  return age >= 16 && age < (p.gender === Gender.MALE ? 60 : 50);
}

/**
 * Derives the flags from the person and the registered members of the household
 * (including the person). A household is only as complete as the registry: members who
 * never registered are not seen, which the labor bureau's street platform must fix.
 */
export function computeHardship(person: HardshipSubject, household: HardshipSubject[], today: string): Hardship {
  const jobless = (p: HardshipSubject) => p.employmentStatus === EmploymentStatus.UNEMPLOYED;
  const others = household.filter((m) => m.id !== person.id);
  const age = ageOn(person.birthDate, person.registeredOn);
  const laidOff = (p: HardshipSubject) => p.category === PersonCategory.SOE_LAID_OFF && jobless(p);
  const doubleLaidOff = laidOff(person) && others.some(laidOff);
  const workingAge = [person, ...others].filter((m) => isWorkingAge(m, today));
  return {
    fortyFifty: person.gender === Gender.FEMALE ? age >= 40 : age >= 50,
    doubleLaidOff,
    doubleUnemployed: !doubleLaidOff && jobless(person) && others.some(jobless),
    zeroEmploymentHousehold: workingAge.length > 0 && workingAge.every(jobless),
  };
}
