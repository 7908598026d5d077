import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { PersonCategory } from '../person/person.enums';
import { CertificateStatus } from './certificate.entity';
import { Access } from '../../../../shared/auth/access';

/**
 * The outbox: one row per certificate change, written in the transaction of the change,
 * served in `sequence` order as the feed that tax, commerce and finance replicate
 * (定期向税务、工商部门通报).
 */
@ObjectType({ description: 'A change of a re-employment certificate, as notified to tax, commerce and finance.' })
@Entity('certificate_change')
@Index('IDX_certificate_change_number', ['number'])
export class CertificateChange {
  @Access({ scopes: ['feed:read', 'labor:read'], county: true })
  @Field(() => Int, { description: 'Strictly increasing across the whole feed; replicas apply changes in this order.' })
  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  sequence!: number;

  @Access({ scopes: ['feed:read', 'labor:read'], county: true })
  @Field(() => ID)
  @Column({ type: 'varchar', length: 16 })
  number!: string;

  @Column({ type: 'int', transformer: intTransformer })
  holderId!: number;

  /** Finance's replica needs it for the loan age limit; partners and county tokens do not. */
  @Access({ scopes: ['feed:read@finance', 'pii:read'], county: true, personal: 'identifying', subject: 'holderId' })
  @Field(() => DateScalar, {
    description:
      "Holder's birth date, for finance's age limit on loans while labor is down: only to finance's city-wide feed token or with `pii:read` (audited).",
  })
  @Column({ type: 'date' })
  holderBirthDate!: string;

  @Access({ scopes: ['feed:read', 'labor:read'], county: true })
  @Field(() => ID, { description: 'Issuing county.' })
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access({ scopes: ['feed:read', 'labor:read'], county: true })
  @Field(() => PersonCategory)
  @Column({ type: 'varchar', length: 40 })
  category!: PersonCategory;

  @Access({ scopes: ['feed:read', 'labor:read'], county: true })
  @Field(() => CertificateStatus, { description: 'Status after the change.' })
  @Column({ type: 'varchar', length: 10 })
  status!: CertificateStatus;

  @Access({ scopes: ['feed:read', 'labor:read'], county: true })
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  issuedOn!: string;

  @Access({ scopes: ['feed:read', 'labor:read'], county: true })
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Business date of the revocation (REVOKED only; null on changes from before it was recorded): relief and exemptions end from it.',
  })
  @Column({ type: 'date', nullable: true })
  revokedOn!: string | null;

  @Access({ scopes: ['feed:read', 'labor:read'], county: true, personal: 'personal' })
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason!: string | null;

  @Access({ scopes: ['feed:read', 'labor:read'], county: true })
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
