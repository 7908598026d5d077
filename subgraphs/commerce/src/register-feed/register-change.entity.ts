import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { Access } from '../../../../shared/auth/access';
import { FeedEvent } from '../../../../shared/feeds/event';
import type { OutboxRow } from '../../../../shared/feeds/outbox';
import { EnterpriseKind, Industry } from '../enterprise/enterprise.enums';

const OPEN = { scopes: ['feed:read', 'commerce:read'], county: true } as const;
// Who owns a business is personal: departments' own feed tokens (city-wide) and commerce
// read it; a partner's feed token needs pii:read besides.
const PERSONAL = {
  scopes: ['feed:read@labor', 'feed:read@finance', 'feed:read@tax', 'feed:read+pii:read', 'commerce:read'],
  county: true,
  personal: 'personal',
} as const;

/**
 * The register outbox: one row per change of a register entry, written in the transaction
 * of the change with the entry's whole state after it; served as `registerChanges`.
 */
@ObjectType({ description: 'A change of a register entry (市场主体登记), as commerce publishes it to the other departments.' })
@Entity('register_change')
@Index('IDX_register_change_code', ['creditCode'])
@Index('IDX_register_change_county', ['countyCode', 'sequence'])
export class RegisterChange implements OutboxRow {
  @Access(OPEN)
  @Field(() => Int, { description: 'Strictly increasing across the feed; consumers apply changes in this order.' })
  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  sequence!: number;

  @Access(OPEN)
  @Field(() => FeedEvent)
  @Column({ type: 'varchar', length: 10 })
  event!: FeedEvent;

  @Access(OPEN)
  @Field(() => ID, { description: '统一社会信用代码 of the entry changed.' })
  @Column({ type: 'varchar', length: 18 })
  creditCode!: string;

  @Access(OPEN)
  @Field(() => EnterpriseKind)
  @Column({ type: 'varchar', length: 20 })
  kind!: EnterpriseKind;

  @Access(OPEN)
  @Field(() => Industry)
  @Column({ type: 'varchar', length: 20 })
  industry!: Industry;

  @Access(OPEN)
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  registeredOn!: string;

  @Access(OPEN)
  @Field(() => ID)
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access(PERSONAL)
  @Field(() => ID, { nullable: true, description: "Labor's id of the owner (individual businesses)." })
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  ownerId!: number | null;

  @Access(PERSONAL)
  @Field(() => String, { nullable: true, description: "The owner's 再就业优惠证 the registration cited (its fee exemption), if any." })
  @Column({ type: 'varchar', length: 16, nullable: true })
  ownerCertificateNumber!: string | null;

  @Access(OPEN)
  @Field(() => Int, { description: '从业人员 after the change.' })
  @Column({ type: 'int' })
  employeeCount!: number;

  @Access(OPEN)
  @Field(() => DateScalar, {
    nullable: true,
    description: '注销登记: the last day of the entry on the register, once closed (labor ends the owner’s self-employment on it).',
  })
  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @Access(OPEN)
  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime' })
  changedAt!: Date;
}
