import { Authorized, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { PersonCategory } from '../person/person.enums';
import { CertificateStatus } from './certificate.entity';

/**
 * The outbox: one row per certificate change, written in the transaction of the change,
 * served in `sequence` order as the feed that tax, commerce and finance replicate
 * (定期向税务、工商部门通报).
 */
@Authorized('feed:read', 'labor:read')
@ObjectType({ description: 'A change of a re-employment certificate, as notified to tax, commerce and finance.' })
@Entity('certificate_change')
export class CertificateChange {
  @Field(() => Int, { description: 'Strictly increasing across the whole feed; replicas apply changes in this order.' })
  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  sequence!: number;

  @Field(() => ID)
  @Index()
  @Column({ type: 'varchar', length: 16 })
  number!: string;

  @Column({ type: 'int', transformer: intTransformer })
  holderId!: number;

  @Field(() => DateScalar, { description: "Holder's birth date: finance's age limit for loans needs it while labor is down." })
  @Column({ type: 'date' })
  holderBirthDate!: string;

  @Field(() => ID, { description: 'Issuing county.' })
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Field(() => PersonCategory)
  @Column({ type: 'varchar', length: 40 })
  category!: PersonCategory;

  @Field(() => CertificateStatus, { description: 'Status after the change.' })
  @Column({ type: 'varchar', length: 10 })
  status!: CertificateStatus;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  issuedOn!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime' })
  changedAt!: Date;
}

/** Single-row counter whose row lock orders concurrent writers (see appendCertificateChange). */
@Entity('certificate_feed_head')
export class CertificateFeedHead {
  @PrimaryColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'int', transformer: intTransformer })
  lastSequence!: number;
}
