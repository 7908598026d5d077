import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Access } from '../../../../shared/auth/access';
import { DateScalar } from '../../../../shared/scalars';
import { CreatedAt, UpdatedAt } from '../../../../shared/timestamps';
import { Gender, HouseholdRole, MemberSituation } from '../person/person.enums';

// Roster members never asked to be in the registry: their name and birth date identify
// someone who is no registrant, so both are served only with pii:read (and audited);
// gender, birth year, role and situation are what the household's flags rest on.
const PERSONAL = { scopes: ['labor:read'], county: true, personal: 'personal' } as const;
const IDENTIFYING = { scopes: ['labor:read+pii:read'], county: true, personal: 'identifying' } as const;

/**
 * 户内其他成员 — a member of a household who is not in the registry (a spouse at work in
 * a factory, a student child, a retired parent), recorded by the street office so that
 * the household's flags see the whole family. Registered persons are members through
 * their own `householdId`, never through this table.
 */
@ObjectType({ description: '户内成员 (未登记) — a household member who is not a registered person, as the street office recorded them.' })
@Entity('household_member')
@Unique('UQ_household_member_idNumber', ['idNumber'])
@Index('IDX_household_member_household', ['householdId', 'id'])
@Index('IDX_household_member_county', ['countyCode', 'householdId'])
@Index('IDX_household_member_birth_date', ['birthDate'])
export class HouseholdMember {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Access(PERSONAL)
  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 32 })
  householdId!: string;

  /** The household's county (its registered members'), fixed when the member is added. */
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access(IDENTIFYING)
  @Field(() => String, { nullable: true, description: '姓名 — only with `pii:read` (audited): the member is no registrant.' })
  @Column({ type: 'varchar', length: 50 })
  name!: string;

  /** Served by HouseholdMemberResolver.idNumber, masked unless the token has `pii:read`. */
  @Column({ type: 'varchar', length: 18, nullable: true })
  idNumber!: string | null;

  @Access(PERSONAL)
  @Field(() => Gender, { nullable: true })
  @Column({ type: 'varchar', length: 6 })
  gender!: Gender;

  @Access(IDENTIFYING)
  @Field(() => DateScalar, { nullable: true, description: '出生日期 — only with `pii:read` (audited); `birthYear` for everyone else.' })
  @Column({ type: 'date' })
  birthDate!: string;

  @Access(PERSONAL)
  @Field(() => HouseholdRole, { nullable: true })
  @Column({ type: 'varchar', length: 8 })
  role!: HouseholdRole;

  @Access(PERSONAL)
  @Field(() => MemberSituation, { nullable: true })
  @Column({ type: 'varchar', length: 12 })
  situation!: MemberSituation;

  @Access(PERSONAL)
  @Field(() => DateScalar, {
    nullable: true,
    description: "When the situation was last confirmed; the member's working age is judged on this date.",
  })
  @Column({ type: 'date' })
  situationConfirmedOn!: string;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
