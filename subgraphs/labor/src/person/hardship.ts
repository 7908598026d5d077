import { addYears, ageOn } from '../../../../shared/calendar';
import { Field, ObjectType } from 'type-graphql';
import { EmploymentStatus, Gender, HouseholdRole, MemberSituation, PersonCategory } from './person.enums';
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
    description: '双下岗: this person and the spouse (household HEAD and SPOUSE) are both registered laid-off SOE workers without work.',
  })
  doubleLaidOff!: boolean;

  @Access({ scopes: [] })
  @Field(() => Boolean, {
    description:
      '双失业: this person is registered and without work, and so is the spouse: registered without a job, or on the household roster as UNEMPLOYED (not both laid-off: then doubleLaidOff). A roster spouse in work breaks it.',
  })
  doubleUnemployed!: boolean;

  @Access({ scopes: [] })
  @Field(() => Boolean, {
    description:
      '零就业家庭: the household has members of working age in the labour force (16 up to 60 for men, 50 for women, on the business date: members age into and out of it; roster members count when EMPLOYED or UNEMPLOYED) and none of them is employed.',
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

/** Statutory working age in 2003: 16 up to retirement at 60 (men) or 50 (women workers). */
export const WORKING_AGE_FROM = 16;
export const RETIREMENT_AGE = { [Gender.FEMALE]: 50, [Gender.MALE]: 60 } as const;

/**
 * Of working age on `asOf` (the business date: people age into and out of it, and the
 * stored flags are recomputed as they do, see refreshAgedHouseholds). Without `asOf`, on
 * the registration date: what migrations and seeds that predate the business date store.
 */
export function isWorkingAge(p: Pick<HardshipSubject, 'birthDate' | 'gender' | 'registeredOn'>, asOf = p.registeredOn): boolean {
  const age = ageOn(p.birthDate, asOf);
  return age >= WORKING_AGE_FROM && age < RETIREMENT_AGE[p.gender];
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

/**
 * A household member who is not in the registry (the household roster), as far as the
 * flags need them: without a business date, age on the date their situation was
 * confirmed, like a registrant's on the registration date.
 */
export interface RosterSubject {
  gender: Gender;
  birthDate: string;
  role: HouseholdRole;
  situation: MemberSituation;
  situationConfirmedOn: string;
}

const jobless = (p: HardshipSubject) => p.employmentStatus === EmploymentStatus.UNEMPLOYED;
const laidOff = (p: HardshipSubject) => p.category === PersonCategory.SOE_LAID_OFF && jobless(p);
const coupleRole = (role: HouseholdRole | null) => role === HouseholdRole.HEAD || role === HouseholdRole.SPOUSE;
const inCouple = (p: HardshipSubject) => coupleRole(p.householdRole);

/** A roster member in the labour force (EMPLOYED or UNEMPLOYED) and of working age on `asOf` (by default when that was confirmed). */
export function inLaborForce(m: RosterSubject, asOf = m.situationConfirmedOn): boolean {
  if (m.situation !== MemberSituation.EMPLOYED && m.situation !== MemberSituation.UNEMPLOYED) return false;
  return isWorkingAge({ birthDate: m.birthDate, gender: m.gender, registeredOn: m.situationConfirmedOn }, asOf);
}

/**
 * Derives the flags of `person` from its household: the registered members (the person
 * included) and the roster of members who are not registered. The couple is the HEAD and
 * the SPOUSE whoever of them is registered; double laid-off needs both registered (only a
 * registration tells the category), double unemployed takes a roster spouse confirmed
 * UNEMPLOYED, and a roster spouse in work breaks both. Zero-employment looks at every
 * working-age member in the labour force, registered or on the roster: of working age on
 * `asOf` (the business date) when given, else on each one's registration or confirmation
 * date. The stored 4050 column stays as of the registration date (served by hardshipOn).
 */
export function computeHardship(
  person: HardshipSubject,
  household: readonly HardshipSubject[],
  roster: readonly RosterSubject[] = [],
  asOf?: string,
): Hardship {
  const fortyFifty = isFortyFifty(person);
  if (!person.householdId) return { fortyFifty, doubleLaidOff: false, doubleUnemployed: false, zeroEmploymentHousehold: false };
  const members = household.filter((m) => m.householdId === person.householdId);
  const spouse = inCouple(person) ? members.find((m) => m.id !== person.id && inCouple(m)) : undefined;
  const rosterSpouse = inCouple(person) && !spouse ? roster.find((m) => coupleRole(m.role)) : undefined;
  const doubleLaidOff = spouse !== undefined && laidOff(person) && laidOff(spouse);
  const spouseJobless = spouse ? jobless(spouse) : rosterSpouse?.situation === MemberSituation.UNEMPLOYED;
  // One entry per working-age member of the labour force: true while they are without work.
  const withoutWork = [
    ...members.filter((m) => isWorkingAge(m, asOf)).map(jobless),
    ...roster.filter((m) => inLaborForce(m, asOf)).map((m) => m.situation !== MemberSituation.EMPLOYED),
  ];
  return {
    fortyFifty,
    doubleLaidOff,
    doubleUnemployed: !doubleLaidOff && jobless(person) && spouseJobless,
    zeroEmploymentHousehold: withoutWork.length > 0 && withoutWork.every(Boolean),
  };
}

/** Hardship persons in the sense of the notice's priority rules and the registry (统一台帐). */
export function isHardship(flags: Hardship): boolean {
  return flags.fortyFifty || flags.doubleLaidOff || flags.doubleUnemployed || flags.zeroEmploymentHousehold;
}
