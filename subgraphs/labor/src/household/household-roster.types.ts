import { Field, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';
import { Person } from '../person/person.entity';
import { HouseholdRole, MemberSituation } from '../person/person.enums';
import { HouseholdMember } from './household-member.entity';

const PERSONAL = { scopes: ['labor:read'], county: true, personal: 'personal' } as const;

/**
 * One member of a household on its full roster: a registered person (`person`) or a
 * member who is not registered (`member`), with what the flags read of either. Names and
 * birth dates are read through `person` or `member`, under their own rules.
 */
@ObjectType({ description: '户内成员 — one member of a household, registered or not.' })
export class HouseholdRosterEntry {
  @Access({ scopes: [] })
  @Field(() => Boolean, { description: 'True for a registered person (`person` set), false for a roster member (`member` set).' })
  registered!: boolean;

  @Access(PERSONAL)
  @Field(() => HouseholdRole, { nullable: true })
  role!: HouseholdRole | null;

  @Access(PERSONAL)
  @Field(() => MemberSituation, {
    nullable: true,
    description: "A registered person's from their employment records (EMPLOYED or UNEMPLOYED), a roster member's as confirmed.",
  })
  situation!: MemberSituation;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => Person, { nullable: true })
  person!: Person | null;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => HouseholdMember, { nullable: true })
  member!: HouseholdMember | null;

  /** The household's county, for the county check of the fields above. */
  countyCode!: string;
}
