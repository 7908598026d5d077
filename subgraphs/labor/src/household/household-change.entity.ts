import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Access } from '../../../../shared/auth/access';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { CreatedAt } from '../../../../shared/timestamps';
import { HouseholdRole } from '../person/person.enums';

const PERSONAL = { scopes: ['labor:read'], county: true, personal: 'personal' } as const;

/**
 * 户籍变更记录 — one change of a household's membership or of a member's role, in the
 * transaction of the change. A move writes a row into the history of each household it
 * touches (`householdId`), both with the same before and after.
 */
@ObjectType({ description: "A change of a household's membership or of a member's role (户内成员变更), with its reason." })
@Entity('household_change')
@Index('IDX_household_change_household', ['householdId', 'id'])
export class HouseholdChange {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Access(PERSONAL)
  @Field(() => ID, { nullable: true, description: 'The household whose history this row is part of.' })
  @Column({ type: 'varchar', length: 32 })
  householdId!: string;

  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access(PERSONAL)
  @Field(() => ID, { nullable: true, description: 'The registered person changed; null for a roster member.' })
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  personId!: number | null;

  @Access(PERSONAL)
  @Field(() => ID, { nullable: true, description: 'The roster member changed (HouseholdMember id); null for a registered person.' })
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  memberId!: number | null;

  @Access(PERSONAL)
  @Field(() => ID, { nullable: true, description: 'Household before the change; null when the member joined.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  fromHouseholdId!: string | null;

  @Access(PERSONAL)
  @Field(() => HouseholdRole, { nullable: true })
  @Column({ type: 'varchar', length: 8, nullable: true })
  fromRole!: HouseholdRole | null;

  @Access(PERSONAL)
  @Field(() => ID, { nullable: true, description: 'Household after the change; null when the member left.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  toHouseholdId!: string | null;

  @Access(PERSONAL)
  @Field(() => HouseholdRole, { nullable: true })
  @Column({ type: 'varchar', length: 8, nullable: true })
  toRole!: HouseholdRole | null;

  @Access(PERSONAL)
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200 })
  reason!: string;

  @Access(PERSONAL)
  @Field(() => DateScalar, { nullable: true, description: 'The business date of the change.' })
  @Column({ type: 'date' })
  changedOn!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => String, { nullable: true, description: "Who made the change (the token's subject, as in the audit trail)." })
  @Column({ type: 'varchar', length: 100 })
  actor!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => GraphQLISODateTime)
  @CreatedAt()
  createdAt!: Date;
}
