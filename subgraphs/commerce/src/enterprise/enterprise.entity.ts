import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../../shared/timestamps';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { EnterpriseKind, Industry } from './enterprise.enums';
import { Access } from '../../../../shared/auth/access';

@Directive('@key(fields: "creditCode")')
@ObjectType({ description: '市场主体 — an enterprise or individual business on the commerce register.' })
@Entity('enterprise')
@Unique('UQ_enterprise_registration_number', ['registrationNumber'])
@Index('IDX_enterprise_county', ['countyCode', 'creditCode'])
@Index('IDX_enterprise_owner', ['ownerId'])
export class Enterprise {
  @Access({ scopes: [] })
  @Field(() => ID, { description: '统一社会信用代码 (GB 32100-2015), 18 characters.' })
  @PrimaryColumn({ type: 'varchar', length: 18 })
  creditCode!: string;

  @Access({ scopes: ['commerce:read'], county: true })
  @Field(() => String, { nullable: true, description: '注册号: the 15-digit registration number of older records.' })
  @Column({ type: 'varchar', length: 15, nullable: true })
  registrationNumber!: string | null;

  @Access({ scopes: ['commerce:read'], county: true })
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Access({ scopes: ['commerce:read'], county: true })
  @Field(() => EnterpriseKind, { nullable: true })
  @Column({ type: 'varchar', length: 20 })
  kind!: EnterpriseKind;

  @Access({ scopes: ['commerce:read'], county: true })
  @Field(() => Industry, { nullable: true })
  @Column({ type: 'varchar', length: 20 })
  industry!: Industry;

  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  /** Labor's person id of the owner (individual businesses). */
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  ownerId!: number | null;

  @Access({ scopes: ['commerce:read'], county: true })
  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date' })
  registeredOn!: string;

  @Access({ scopes: ['commerce:read'], county: true })
  @Field(() => Int, { nullable: true, description: '从业人员 — employees (commerce counts individual and private business staff).' })
  @Column({ type: 'int', default: 0 })
  employeeCount!: number;

  /** 注销登记: the entry's last day on the register; null while it trades. Set once (closeBusiness). */
  @Access({ scopes: ['commerce:read'], county: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: '注销登记 — the last day of the business on the register; null while it trades.',
  })
  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @Access({ scopes: ['commerce:read'], county: true })
  @Field(() => String, { nullable: true, description: 'Why the business was closed (注销原因), as the clerk recorded it.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  closedBecause!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
