import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../../shared/timestamps';
import { fenTransformer, intTransformer } from '../../../../shared/database';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { SubsidyKind } from './subsidy.enums';
import { Access } from '../../../../shared/auth/access';

@Directive('@key(fields: "id")')
@ObjectType({ description: "补贴发放 — a subsidy paid out of a county's re-employment fund." })
@Entity('subsidy_payment')
@Index('IDX_subsidy_payment_county_paid', ['countyCode', 'paidOn'])
@Index('IDX_subsidy_payment_person', ['personId'])
@Index('IDX_subsidy_payment_certificate', ['certificateNumber', 'kind', 'periodStart'])
@Index('IDX_subsidy_payment_enterprise', ['enterpriseCreditCode'])
export class SubsidyPayment {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Access({ scopes: ['finance:read'], county: true })
  @Field(() => SubsidyKind)
  @Column({ type: 'varchar', length: 20 })
  kind!: SubsidyKind;

  @Access({ scopes: ['finance:read'], county: true })
  @Field(() => ID, { description: 'GB/T 2260 code of the county whose fund paid.' })
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  /** Labor's person id of the certificate holder the subsidy is for. */
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  personId!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  certificateNumber!: string | null;

  /** Commerce's credit code of the employer (or of the institution) paid. */
  @Column({ type: 'varchar', length: 18, nullable: true })
  enterpriseCreditCode!: string | null;

  @Access({ scopes: ['finance:read'], county: true })
  @Field(() => String, { nullable: true, description: '培训/职业介绍机构名称, for institution subsidies.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  institutionName!: string | null;

  @Access({ scopes: ['finance:read'], county: true })
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  periodStart!: string;

  @Access({ scopes: ['finance:read'], county: true })
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  periodEnd!: string;

  @Access({ scopes: ['finance:read'], county: true })
  @Field(() => MoneyScalar, { nullable: true, description: '养老保险单位缴费部分 (social-insurance subsidy).' })
  @Column({ type: 'bigint', nullable: true, transformer: fenTransformer })
  pensionAmount!: bigint | null;

  @Access({ scopes: ['finance:read'], county: true })
  @Field(() => MoneyScalar, { nullable: true, description: '失业保险单位缴费部分 (social-insurance subsidy).' })
  @Column({ type: 'bigint', nullable: true, transformer: fenTransformer })
  unemploymentAmount!: bigint | null;

  @Access({ scopes: ['finance:read'], county: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Trainees or referred persons who found work (institution subsidies are paid by outcome).',
  })
  @Column({ type: 'int', nullable: true })
  placedPersons!: number | null;

  @Access({ scopes: ['finance:read'], county: true })
  @Field(() => MoneyScalar, { nullable: true, description: 'Subsidy per placed person (institution subsidies).' })
  @Column({ type: 'bigint', nullable: true, transformer: fenTransformer })
  amountPerPerson!: bigint | null;

  @Access({ scopes: ['finance:read'], county: true })
  @Field(() => MoneyScalar)
  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: bigint;

  @Access({ scopes: ['finance:read'], county: true })
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  paidOn!: string;

  @Column({ type: 'int', transformer: intTransformer })
  fundAllocationId!: number;

  @CreatedAt()
  createdAt!: Date;
}
