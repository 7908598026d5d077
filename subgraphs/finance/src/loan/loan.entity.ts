import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../../shared/timestamps';
import { fenTransformer, intTransformer } from '../../../../shared/database';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { LoanStatus } from './loan.enums';
import { LOAN_READERS } from './loan-actors';
import { Access } from '../../../../shared/auth/access';

@Directive('@key(fields: "id")')
@ObjectType({ description: '小额担保贷款 — small guaranteed loan to a certificate holder.' })
@Entity('loan')
@Index('IDX_loan_applicant', ['applicantId'])
@Index('IDX_loan_county_applied', ['countyCode', 'appliedOn'])
@Index('IDX_loan_county_disbursed', ['countyCode', 'disbursedOn'])
@Index('IDX_loan_county_status_applied', ['countyCode', 'status', 'appliedOn'])
@Index('IDX_loan_guarantee_fund', ['guaranteeFundId'])
export class Loan {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  /** Labor's person id; finance keeps only the key. */
  @Column({ type: 'int', transformer: intTransformer })
  applicantId!: number;

  @Column({ type: 'varchar', length: 16 })
  certificateNumber!: string;

  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => MoneyScalar)
  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: bigint;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => Int)
  @Column({ type: 'int' })
  termMonths!: number;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  purpose!: string;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => Boolean, { description: '微利项目: the project is on the low-profit list (100 % interest subsidy).' })
  // The default is the one the migration that added this column to filled tables gave it.
  @Column({ type: 'boolean', default: false })
  lowProfitProject!: boolean;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => LoanStatus)
  @Column({ type: 'varchar', length: 12 })
  status!: LoanStatus;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  appliedOn!: string;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => Int, {
    description: '利率: PBOC base rate of the term band in basis points (531 = 5.31 % a year), fixed at application, no upward float.',
  })
  // The default is the one the migration that added this column to filled tables gave it.
  @Column({ type: 'int', default: 0 })
  interestRateBp!: number;

  /** The county's guarantee fund, from approval on. */
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  guaranteeFundId!: number | null;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => DateScalar, { nullable: true, description: '社区推荐日期' })
  @Column({ type: 'date', nullable: true })
  recommendedOn!: string | null;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => DateScalar, { nullable: true, description: '劳动保障部门审核日期' })
  @Column({ type: 'date', nullable: true })
  reviewedOn!: string | null;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => DateScalar, { nullable: true, description: '担保机构承诺担保日期' })
  @Column({ type: 'date', nullable: true })
  approvedOn!: string | null;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => DateScalar, { nullable: true, description: '放款日期: interest accrues from this day.' })
  @Column({ type: 'date', nullable: true })
  disbursedOn!: string | null;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => DateScalar, { nullable: true, description: '到期日: disbursement plus the term (before any extension).' })
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => Int, { description: '展期月数: 0 until the one extension (at most 12 months).' })
  @Column({ type: 'int', default: 0 })
  extensionMonths!: number;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => Int, {
    nullable: true,
    description: 'Rate of the extension period in basis points: the band of term plus extension; not subsidised.',
  })
  @Column({ type: 'int', nullable: true })
  extensionRateBp!: number | null;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => DateScalar, { nullable: true, description: '展期后到期日' })
  @Column({ type: 'date', nullable: true })
  extendedDueOn!: string | null;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => DateScalar, { nullable: true, description: '不予贷款日期' })
  @Column({ type: 'date', nullable: true })
  rejectedOn!: string | null;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => String, { nullable: true, description: '不予贷款理由' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  rejectionReason!: string | null;

  @Access({ scopes: LOAN_READERS, county: true, personal: 'personal' })
  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the principal stopped being outstanding: repaid (还清) or compensated (代偿).',
  })
  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
