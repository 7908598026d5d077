import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { Access } from '../../../../shared/auth/access';
import { FeedEvent } from '../../../../shared/feeds/event';
import type { OutboxRow } from '../../../../shared/feeds/outbox';
import { Gender, HouseholdRole, PersonCategory } from './person.enums';

// Who is registered is personal: departments' own feed tokens (city-wide) and labor read
// it; a partner's feed token needs pii:read besides.
const PERSONAL = {
  scopes: ['feed:read@finance', 'feed:read@tax', 'feed:read@commerce', 'feed:read+pii:read', 'labor:read'],
  county: true,
  personal: 'personal',
} as const;
// The ID number and birth date identify the person: as Person.birthDate and the certificate
// feed's holderBirthDate, only with pii:read, each read audited.
const IDENTIFYING = {
  scopes: ['feed:read+pii:read', 'labor:read+pii:read'],
  county: true,
  personal: 'identifying',
  subject: 'personId',
} as const;
const OPEN = { scopes: ['feed:read', 'labor:read'], county: true } as const;

/**
 * The person outbox: one row per registration, correction or withdrawal of a person, in
 * the transaction of the change, with the registration as it stands after it (the
 * derived employment status and hardship flags have feeds or fields of their own);
 * served as `personChanges`. A DELETED row carries the state the person was withdrawn in.
 */
@ObjectType({ description: 'A change of a registered person (下岗失业人员登记), as labor publishes it to the departments and partners.' })
@Entity('person_change')
@Index('IDX_person_change_person', ['personId'])
@Index('IDX_person_change_county', ['countyCode', 'sequence'])
export class PersonChange implements OutboxRow {
  @Access(OPEN)
  @Field(() => Int, { description: 'Strictly increasing across the feed; consumers apply changes in this order.' })
  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  sequence!: number;

  @Access(OPEN)
  @Field(() => FeedEvent)
  @Column({ type: 'varchar', length: 10 })
  event!: FeedEvent;

  @Access(PERSONAL)
  @Field(() => ID, { nullable: true, description: "Labor's id of the person changed." })
  @Column({ type: 'int', transformer: intTransformer })
  personId!: number;

  @Access(PERSONAL)
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Access(IDENTIFYING)
  @Field(() => String, { nullable: true, description: '身份证号码, 18 characters: only with `pii:read` (audited).' })
  @Column({ type: 'varchar', length: 18 })
  idNumber!: string;

  @Access(PERSONAL)
  @Field(() => Gender, { nullable: true })
  @Column({ type: 'varchar', length: 6 })
  gender!: Gender;

  @Access(IDENTIFYING)
  @Field(() => DateScalar, { nullable: true, description: '出生日期: only with `pii:read` (audited).' })
  @Column({ type: 'date' })
  birthDate!: string;

  @Access(OPEN)
  @Field(() => ID, { description: "The person's county." })
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access(PERSONAL)
  @Field(() => String, { nullable: true, description: '街道/社区' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  community!: string | null;

  @Access(PERSONAL)
  @Field(() => PersonCategory, { nullable: true })
  @Column({ type: 'varchar', length: 40 })
  category!: PersonCategory;

  @Access(PERSONAL)
  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date' })
  registeredOn!: string;

  @Access(PERSONAL)
  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  householdId!: string | null;

  @Access(PERSONAL)
  @Field(() => HouseholdRole, { nullable: true })
  @Column({ type: 'varchar', length: 8, nullable: true })
  householdRole!: HouseholdRole | null;

  @Access(PERSONAL)
  @Field(() => String, {
    nullable: true,
    description: 'Why: the withdrawal of the registration (DELETED) or the correction of its household (CORRECTED); null otherwise.',
  })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason!: string | null;

  @Access(OPEN)
  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime' })
  changedAt!: Date;
}
