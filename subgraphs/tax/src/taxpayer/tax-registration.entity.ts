import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../../shared/timestamps';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { Industry, TaxOffice, TaxpayerKind } from './taxpayer.enums';
import { Access } from '../../../../shared/auth/access';

/**
 * A taxpayer's registration with one office. Tax keeps its own: the relief windows run
 * from the tax registration date and the industry excludes trades, whatever commerce's
 * register says.
 */
@ObjectType({ description: '税务登记 — a taxpayer (individual business or enterprise) registered with 国税 or 地税.' })
@Entity('tax_registration')
@Index('IDX_tax_registration_owner', ['ownerId'])
@Index('UQ_tax_registration_office', ['creditCode', 'office'], { unique: true })
export class TaxRegistration {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => ID, { description: '统一社会信用代码 of the taxpayer (GB 32100-2015).' })
  @Column({ type: 'varchar', length: 18 })
  creditCode!: string;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => TaxOffice)
  @Column({ type: 'varchar', length: 5 })
  office!: TaxOffice;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => TaxpayerKind)
  @Column({ type: 'varchar', length: 20 })
  kind!: TaxpayerKind;

  /** Labor's person id of the certificate holder who owns an individual business. */
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  ownerId!: number | null;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => Industry)
  @Column({ type: 'varchar', length: 20 })
  industry!: Industry;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => DateScalar, { description: '税务登记日期 — the individual relief runs three years from it.' })
  @Column({ type: 'date' })
  registeredOn!: string;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => ID, { description: 'County (GB/T 2260) of the office the taxpayer is registered with.' })
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @CreatedAt()
  createdAt!: Date;
}
