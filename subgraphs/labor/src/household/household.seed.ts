import { Gender, HouseholdRole, MemberSituation } from '../person/person.enums';
import type { HouseholdMember } from './household-member.entity';

/** The day the street offices' household survey (入户调查) recorded the demo rosters. */
export const DEMO_ROSTER_CONFIRMED_ON = '2003-08-01';

/** A demo roster row, as inserted (the id is the table's). */
export interface DemoRosterMember {
  householdId: string;
  countyCode: string;
  name: string;
  idNumber: null;
  gender: Gender;
  birthDate: string;
  role: HouseholdRole;
  situation: MemberSituation;
  situationConfirmedOn: string;
}

interface DemoHousehold {
  id: string;
  countyCode: string;
  /** The head's name: the family name of the children. */
  headName: string;
  registered: number;
}

/**
 * The members of the demo households who are not registered, deterministic by household
 * number: a household of one registrant has a spouse at work in a factory; of the
 * couples, every third has a grown child at work (so it is no zero-employment household
 * any more), every third after it a child at school, and every fourth a retired parent.
 * No ID numbers: the survey took names and birth dates.
 */
export function demoRoster(households: readonly DemoHousehold[]): DemoRosterMember[] {
  const rows: DemoRosterMember[] = [];
  for (const h of households) {
    const n = Number(h.id.slice(h.id.lastIndexOf('H') + 1));
    const surname = h.headName.slice(0, 1);
    const member = (name: string, gender: Gender, birthDate: string, role: HouseholdRole, situation: MemberSituation) =>
      rows.push({
        householdId: h.id,
        countyCode: h.countyCode,
        name,
        idNumber: null,
        gender,
        birthDate,
        role,
        situation,
        situationConfirmedOn: DEMO_ROSTER_CONFIRMED_ON,
      });
    if (h.registered === 1) member(`${surname}桂芳`, Gender.FEMALE, '1962-03-08', HouseholdRole.SPOUSE, MemberSituation.EMPLOYED);
    if (n % 3 === 0) member(`${surname}伟`, Gender.MALE, '1981-05-20', HouseholdRole.OTHER, MemberSituation.EMPLOYED);
    if (n % 3 === 1) member(`${surname}小红`, Gender.FEMALE, '1988-09-01', HouseholdRole.OTHER, MemberSituation.STUDENT);
    if (n % 4 === 2) member(`${surname}老汉`, Gender.MALE, '1932-11-11', HouseholdRole.OTHER, MemberSituation.RETIRED);
  }
  return rows;
}

/** The survey's additions in each household's history, as if each had been recorded live. */
export function demoRosterHistory(members: readonly Pick<HouseholdMember, 'id' | 'householdId' | 'countyCode' | 'role'>[]) {
  return members.map((m) => ({
    householdId: m.householdId,
    countyCode: m.countyCode,
    personId: null,
    memberId: m.id,
    fromHouseholdId: null,
    fromRole: null,
    toHouseholdId: m.householdId,
    toRole: m.role,
    reason: '入户调查 (household survey)',
    changedOn: DEMO_ROSTER_CONFIRMED_ON,
    actor: 'demo-seed',
  }));
}
