import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../../shared/timestamps';
import { fenTransformer, intTransformer } from '../../../../shared/database';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { TaxOffice } from '../taxpayer/taxpayer.enums';
import { TaxType } from './relief.enums';
import { Access } from '../../../../shared/auth/access';

@Directive('@key(fields: "id")')
@ObjectType({ description: '税收减免 — tax relief under 财税[2002]208号, resting on a re-employment certificate.' })
@Entity('tax_relief')
@Index('IDX_relief_certificate', ['certificateNumber', 'taxType'])
@Index('IDX_relief_person', ['personId'])
@Index('IDX_relief_enterprise', ['enterpriseCreditCode'])
@Index('IDX_relief_county_granted', ['countyCode', 'grantedOn'])
@Index('IDX_relief_office_county_granted', ['office', 'countyCode', 'grantedOn'])
@Index('IDX_relief_enterprise_tax', ['enterpriseCreditCode', 'taxType'])
@Index('IDX_relief_taxpayer', ['taxpayerCreditCode'])
export class TaxRelief {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  certificateNumber!: string;

  /** Labor's person id of the certificate holder (for an individual business). */
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  personId!: number | null;

  /** Commerce's credit code of the enterprise that hired the holder, if relief is the enterprise's. */
  @Column({ type: 'varchar', length: 18, nullable: true })
  enterpriseCreditCode!: string | null;

  /** The taxpayer relieved: the holder's individual business, or the enterprise (null on rows before tax registrations). */
  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => ID, { nullable: true, description: '纳税人 — credit code of the taxpayer relieved.' })
  @Column({ type: 'varchar', length: 18, nullable: true })
  taxpayerCreditCode!: string | null;

  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => TaxOffice, { description: '税务机关 that collects the tax: the relief offsets its collection quota (抵减收缴任务).' })
  @Column({ type: 'varchar', length: 5, default: TaxOffice.LOCAL })
  office!: TaxOffice;

  /** The assessment (认定) enterprise relief rests on. */
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  assessmentId!: number | null;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => TaxType)
  @Column({ type: 'varchar', length: 24 })
  taxType!: TaxType;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => MoneyScalar)
  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: bigint;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  periodStart!: string;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  periodEnd!: string;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  grantedOn!: string;

  @CreatedAt()
  createdAt!: Date;
}
