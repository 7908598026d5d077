import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { fenTransformer, intTransformer } from '../../../../shared/database';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { Access } from '../../../../shared/auth/access';
import { FeedEvent } from '../../../../shared/feeds/event';
import type { OutboxRow } from '../../../../shared/feeds/outbox';
import { TaxType } from '../relief/relief.enums';
import { TaxOffice } from '../taxpayer/taxpayer.enums';

const OPEN = { scopes: ['feed:read', 'tax:read'], county: true } as const;
// Whose relief it is, and how much, is personal: departments' own feed tokens (city-wide)
// and tax read it; a partner's feed token needs pii:read besides.
const PERSONAL = {
  scopes: ['feed:read@labor', 'feed:read@finance', 'feed:read@commerce', 'feed:read+pii:read', 'tax:read'],
  county: true,
  personal: 'personal',
} as const;

/**
 * The relief outbox: one row per tax relief granted (an individual business's or an
 * enterprise's), written in the transaction of the grant with the relief's whole state;
 * served as `taxReliefChanges`.
 */
@ObjectType({ description: 'A change of a tax relief (税收减免), as tax publishes it to the departments and partners.' })
@Entity('tax_relief_change')
@Index('IDX_tax_relief_change_relief', ['reliefId'])
@Index('IDX_tax_relief_change_county', ['countyCode', 'sequence'])
export class TaxReliefChange implements OutboxRow {
  @Access(OPEN)
  @Field(() => Int, { description: 'Strictly increasing across the feed; consumers apply changes in this order.' })
  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  sequence!: number;

  @Access(OPEN)
  @Field(() => FeedEvent)
  @Column({ type: 'varchar', length: 10 })
  event!: FeedEvent;

  @Access(OPEN)
  @Field(() => ID, { description: 'The relief changed.' })
  @Column({ type: 'int', transformer: intTransformer })
  reliefId!: number;

  @Access(PERSONAL)
  @Field(() => String, { nullable: true, description: 'The 再就业优惠证 the relief rests on.' })
  @Column({ type: 'varchar', length: 16 })
  certificateNumber!: string;

  @Access(PERSONAL)
  @Field(() => ID, { nullable: true, description: "Labor's id of the holder, for an individual business's relief; else null." })
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  personId!: number | null;

  @Access(OPEN)
  @Field(() => ID, {
    nullable: true,
    description: "The employer's credit code, for an enterprise's relief; null for an individual business's.",
  })
  @Column({ type: 'varchar', length: 18, nullable: true })
  enterpriseCreditCode!: string | null;

  @Access(OPEN)
  @Field(() => ID, { nullable: true, description: '纳税人 relieved (null on reliefs from before tax registrations).' })
  @Column({ type: 'varchar', length: 18, nullable: true })
  taxpayerCreditCode!: string | null;

  @Access(OPEN)
  @Field(() => ID)
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access(OPEN)
  @Field(() => TaxOffice)
  @Column({ type: 'varchar', length: 5 })
  office!: TaxOffice;

  @Access(OPEN)
  @Field(() => ID, { nullable: true, description: "The assessment (认定) an enterprise's relief rests on." })
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  assessmentId!: number | null;

  @Access(OPEN)
  @Field(() => TaxType)
  @Column({ type: 'varchar', length: 24 })
  taxType!: TaxType;

  @Access(PERSONAL)
  @Field(() => MoneyScalar, { nullable: true })
  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: bigint;

  @Access(OPEN)
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  periodStart!: string;

  @Access(OPEN)
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  periodEnd!: string;

  @Access(OPEN)
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  grantedOn!: string;

  @Access(OPEN)
  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime' })
  changedAt!: Date;
}
