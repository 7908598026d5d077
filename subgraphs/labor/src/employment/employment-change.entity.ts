import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { Access } from '../../../../shared/auth/access';
import { FeedEvent } from '../../../../shared/feeds/event';
import type { OutboxRow } from '../../../../shared/feeds/outbox';
import { EmploymentKind } from './employment-record.entity';

// Who a job belongs to and what it is is personal: departments' own feed tokens (city-wide)
// and labor read it; a partner's feed token needs pii:read besides.
const PERSONAL = {
  scopes: ['feed:read@finance', 'feed:read@tax', 'feed:read@commerce', 'feed:read+pii:read', 'labor:read'],
  county: true,
  personal: 'personal',
} as const;
const OPEN = { scopes: ['feed:read', 'labor:read'], county: true } as const;

/**
 * The employment outbox: one row per change of an employment record, written in the
 * transaction of the change, carrying the record's whole state after it; served in
 * `sequence` order as `employmentChanges` (finance checks subsidised hires against it).
 */
@ObjectType({ description: 'A change of an employment record (就业登记), as labor publishes it to the other departments.' })
@Entity('employment_change')
@Index('IDX_employment_change_record', ['recordId'])
@Index('IDX_employment_change_county', ['countyCode', 'sequence'])
export class EmploymentChange implements OutboxRow {
  @Access(OPEN)
  @Field(() => Int, { description: 'Strictly increasing across the feed; consumers apply changes in this order.' })
  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  sequence!: number;

  @Access(OPEN)
  @Field(() => FeedEvent)
  @Column({ type: 'varchar', length: 10 })
  event!: FeedEvent;

  @Access(OPEN)
  @Field(() => ID, { description: 'The employment record changed.' })
  @Column({ type: 'int', transformer: intTransformer })
  recordId!: number;

  @Access(PERSONAL)
  @Field(() => ID, { description: "Labor's id of the person employed." })
  @Column({ type: 'int', transformer: intTransformer })
  personId!: number;

  @Access(OPEN)
  @Field(() => String, { nullable: true, description: "Employer's credit code (enterprise hires)." })
  @Column({ type: 'varchar', length: 18, nullable: true })
  employerCreditCode!: string | null;

  @Access(PERSONAL)
  @Field(() => EmploymentKind)
  @Column({ type: 'varchar', length: 24 })
  kind!: EmploymentKind;

  @Access(PERSONAL)
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  startedOn!: string;

  @Access(PERSONAL)
  @Field(() => DateScalar, { nullable: true, description: 'Last day of work; null while the job lasts.' })
  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Access(PERSONAL)
  @Field(() => Int, { nullable: true, description: 'Contract term in months, if any.' })
  @Column({ type: 'int', nullable: true })
  contractMonths!: number | null;

  @Access(OPEN)
  @Field(() => ID, { description: "The person's county." })
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access(OPEN)
  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime' })
  changedAt!: Date;
}
