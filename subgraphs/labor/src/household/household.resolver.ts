import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Access, seesInFull } from '../../../../shared/auth/access';
import { visibleOrNull } from '../../../../shared/auth/decorators';
import { maskIdNumber } from '../../../../shared/auth/viewer';
import { pageSize } from '../../../../shared/pagination';
import type { LaborContext } from '../context';
import { Household } from '../person/household.types';
import { Person } from '../person/person.entity';
import { EmploymentStatus, HouseholdRole, MemberSituation } from '../person/person.enums';
import { HouseholdChange } from './household-change.entity';
import { HouseholdMember } from './household-member.entity';
import { HouseholdRosterEntry } from './household-roster.types';

const HISTORY_MAX = 100;
const ROLE_ORDER = [HouseholdRole.HEAD, HouseholdRole.SPOUSE, HouseholdRole.OTHER, null];

const fromPerson = (p: Person): HouseholdRosterEntry => ({
  registered: true,
  role: p.householdRole,
  situation: p.employmentStatus === EmploymentStatus.EMPLOYED ? MemberSituation.EMPLOYED : MemberSituation.UNEMPLOYED,
  person: p,
  member: null,
  countyCode: p.countyCode,
});

const fromRoster = (m: HouseholdMember): HouseholdRosterEntry => ({
  registered: false,
  role: m.role,
  situation: m.situation,
  person: null,
  member: m,
  countyCode: m.countyCode,
});

@Resolver(() => Household)
export class HouseholdRosterResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => Household, {
    nullable: true,
    description: '户 — a household by id: null if nobody (registered or on a roster) is in it, or it is of another county.',
  })
  async household(@Arg('id', () => ID) id: string, @Ctx() { loaders, viewer }: LaborContext): Promise<Household | null> {
    const [persons, roster] = await Promise.all([loaders.householdMembers.load(id), loaders.householdRoster.load(id)]);
    const countyCode = persons[0]?.countyCode ?? roster[0]?.countyCode;
    return countyCode ? visibleOrNull(viewer, { id, countyCode }) : null;
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => [HouseholdRosterEntry], {
    description:
      'Every member, registered (`registered: true`) or only on the roster: HEAD, SPOUSE, then the others; registered first, by id.',
  })
  async roster(@Root() household: Household, @Ctx() { loaders }: LaborContext): Promise<HouseholdRosterEntry[]> {
    const [persons, roster] = await Promise.all([loaders.householdMembers.load(household.id), loaders.householdRoster.load(household.id)]);
    const entries = [...persons.map(fromPerson), ...roster.map(fromRoster)];
    // A stable sort keeps registered before roster members, each by id, within a role.
    return entries.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => [HouseholdChange], {
    description: `Changes of membership and roles, newest first: the last \`first\` (at most ${HISTORY_MAX}).`,
  })
  async history(
    @Root() household: Household,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() { loaders }: LaborContext,
  ): Promise<HouseholdChange[]> {
    const take = pageSize(first, 'first', HISTORY_MAX);
    return (await loaders.householdHistory.load(household.id)).slice(0, take);
  }
}

@Resolver(() => HouseholdMember)
export class HouseholdMemberResolver {
  @Access({ scopes: ['labor:read'], county: true, personal: 'masked' })
  @FieldResolver(() => String, {
    nullable: true,
    description: '公民身份号码, if recorded: in full only with `pii:read` (and then audited), otherwise masked.',
  })
  idNumber(@Root() member: HouseholdMember, @Ctx() { viewer }: LaborContext): string | null {
    if (member.idNumber === null) return null;
    return seesInFull(viewer) ? member.idNumber : maskIdNumber(member.idNumber);
  }

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @FieldResolver(() => Int, { nullable: true, description: '出生年份 — what the roster shows without `pii:read`.' })
  birthYear(@Root() member: HouseholdMember): number {
    return Number(member.birthDate.slice(0, 4));
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => Household, { nullable: true })
  household(@Root() member: HouseholdMember): Household {
    return { id: member.householdId, countyCode: member.countyCode };
  }
}
