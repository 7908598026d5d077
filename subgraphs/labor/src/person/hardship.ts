import { addYears, ageOn } from '../../../../shared/calendar';
import { Field, ObjectType } from 'type-graphql';
import { EmploymentStatus, Gender, HouseholdRole, PersonCategory } from './person.enums';
import { Access } from '../../../../shared/auth/access';

@ObjectType({
  description:
    '就业困难 — hardship flags, derived from the registry and never typed in. Stored on the person and recomputed for the whole household in the transaction of every registration or employment change (动态管理).',
})
export class Hardship {
  @Access({ scopes: [] })
  @Field(() => Boolean, {
    description: '"4050": a woman aged 40 or more, a man aged 50 or more, on the business date (people age into it: 动态管理).',
  })
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

const FORTY_FIFTY_AGE = { [Gender.FEMALE]: 40, [Gender.MALE]: 50 } as const;

/**
 * "4050" on `asOf`: the notice's registry keeps ages as of the business date, so a person
 * ages into the flag. Without `asOf`, the registration date: the stored column, which the
 * household recomputation writes and nothing serves or filters on any more.
 */
export function isFortyFifty(p: Pick<HardshipSubject, 'birthDate' | 'gender' | 'registeredOn'>, asOf = p.registeredOn): boolean {
  return ageOn(p.birthDate, asOf) >= FORTY_FIFTY_AGE[p.gender];
}

/** The latest birth dates that are "4050" on `asOf`, for SQL (a 29 February `asOf` counts from the 28th). */
export function fortyFiftyBornBy(asOf: string): Record<Gender, string> {
  return { [Gender.FEMALE]: addYears(asOf, -FORTY_FIFTY_AGE[Gender.FEMALE]), [Gender.MALE]: addYears(asOf, -FORTY_FIFTY_AGE[Gender.MALE]) };
}

/** The SQL condition "4050 on the date" for a person row aliased `alias`, with its parameters. */
export function fortyFiftyCondition(alias: string, asOf: string): { sql: string; params: Record<string, string> } {
  const bornBy = fortyFiftyBornBy(asOf);
  return {
    sql: `((${alias}.gender = :ffFemale AND ${alias}.birthDate <= :ffWomenBornBy) OR (${alias}.gender = :ffMale AND ${alias}.birthDate <= :ffMenBornBy))`,
    params: { ffFemale: Gender.FEMALE, ffMale: Gender.MALE, ffWomenBornBy: bornBy[Gender.FEMALE], ffMenBornBy: bornBy[Gender.MALE] },
  };
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
