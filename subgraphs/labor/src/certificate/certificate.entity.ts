import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../../shared/timestamps';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { PersonCategory } from '../person/person.enums';
import { Access } from '../../../../shared/auth/access';

export enum CertificateStatus {
  VALID = 'VALID',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  valuesConfig: {
    VALID: { description: '有效' },
    SUSPENDED: { description: '暂停' },
    REVOKED: { description: '注销 (with a reason)' },
    EXPIRED: { description: '失效: missed the yearly review (年检)' },
  },
});

@Directive('@key(fields: "number")')
@ObjectType({ description: '再就业优惠证 — re-employment preferential certificate, one per person.' })
@Entity('reemployment_certificate')
@Unique('UQ_certificate_holder', ['holderId'])
@Index('IDX_certificate_county_issued', ['countyCode', 'issuedOn'])
export class ReemploymentCertificate {
  @Access({ scopes: [] })
  @Field(() => ID, { description: 'County code + year + 6-digit sequence, e.g. 3208032003000001.' })
  @PrimaryColumn({ type: 'varchar', length: 16 })
  number!: string;

  @Column({ type: 'int', transformer: intTransformer })
  holderId!: number;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => ID, { nullable: true, description: 'Issuing county bureau.' })
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => PersonCategory, { nullable: true })
  @Column({ type: 'varchar', length: 40 })
  category!: PersonCategory;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date' })
  issuedOn!: string;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => CertificateStatus, { nullable: true })
  @Column({ type: 'varchar', length: 10 })
  status!: CertificateStatus;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => String, { nullable: true, description: 'Why it was revoked or suspended.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  statusReason!: string | null;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => DateScalar, {
    nullable: true,
    description: '注销日期 — business date of the revocation; relief and exemptions end from it.',
  })
  @Column({ type: 'date', nullable: true })
  revokedOn!: string | null;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => Int, { nullable: true, description: 'Last year whose yearly review (年检) the certificate passed.' })
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  reviewedYear!: number | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
