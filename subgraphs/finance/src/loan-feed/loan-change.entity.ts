import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { fenTransformer, intTransformer } from '../../../../shared/database';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { Access } from '../../../../shared/auth/access';
import { FeedEvent } from '../../../../shared/feeds/event';
import type { OutboxRow } from '../../../../shared/feeds/outbox';
import { LOAN_READERS } from '../loan/loan-actors';
import { LoanStatus } from '../loan/loan.enums';

const OPEN = { scopes: ['feed:read', ...LOAN_READERS], county: true } as const;
// Whose loan it is, and how much, is personal: departments' own feed tokens (city-wide)
// and finance read it; a partner's feed token needs pii:read besides.
const PERSONAL = {
  scopes: ['feed:read@labor', 'feed:read@tax', 'feed:read@commerce', 'feed:read+pii:read', ...LOAN_READERS],
  county: true,
  personal: 'personal',
} as const;

/**
 * The loan outbox: one row per application and per lifecycle step of a small guaranteed
 * loan, written in the transaction of the change, with the loan's whole state after it;
 * served as `loanChanges`.
 */
@ObjectType({ description: 'A change of a small guaranteed loan (小额担保贷款), as finance publishes it to the departments and partners.' })
@Entity('loan_change')
@Index('IDX_loan_change_loan', ['loanId'])
@Index('IDX_loan_change_county', ['countyCode', 'sequence'])
export class LoanChange implements OutboxRow {
  @Access(OPEN)
  @Field(() => Int, { description: 'Strictly increasing across the feed; consumers apply changes in this order.' })
  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  sequence!: number;

  @Access(OPEN)
  @Field(() => FeedEvent, { description: 'CREATED at application, CHANGED at each step of the lifecycle.' })
  @Column({ type: 'varchar', length: 10 })
  event!: FeedEvent;

  @Access(OPEN)
  @Field(() => LoanStatus, {
    nullable: true,
    description:
      'The step the change took, named by the status it entered (APPLIED, RECOMMENDED, …); null for loans put on the feed when it opened.',
  })
  @Column({ type: 'varchar', length: 12, nullable: true })
  transition!: LoanStatus | null;

  @Access(OPEN)
  @Field(() => ID, { description: 'The loan changed.' })
  @Column({ type: 'int', transformer: intTransformer })
  loanId!: number;

  @Access(PERSONAL)
  @Field(() => ID, { nullable: true, description: "Labor's id of the applicant." })
  @Column({ type: 'int', transformer: intTransformer })
  applicantId!: number;

  @Access(PERSONAL)
  @Field(() => String, { nullable: true, description: 'The 再就业优惠证 the loan rests on.' })
  @Column({ type: 'varchar', length: 16 })
  certificateNumber!: string;

  @Access(OPEN)
  @Field(() => ID)
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access(PERSONAL)
  @Field(() => MoneyScalar, { nullable: true })
  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: bigint;

  @Access(OPEN)
  @Field(() => Int)
  @Column({ type: 'int' })
  termMonths!: number;

  @Access(PERSONAL)
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200 })
  purpose!: string;

  @Access(OPEN)
  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  lowProfitProject!: boolean;

  @Access(OPEN)
  @Field(() => LoanStatus, { description: 'Status after the change.' })
  @Column({ type: 'varchar', length: 12 })
  status!: LoanStatus;

  @Access(OPEN)
  @Field(() => Int, { description: 'Base rate in basis points, fixed at application.' })
  @Column({ type: 'int' })
  interestRateBp!: number;

  @Access(OPEN)
  @Field(() => ID, { nullable: true, description: 'The guarantee fund, from approval on.' })
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  guaranteeFundId!: number | null;

  @Access(OPEN)
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  appliedOn!: string;

  @Access(OPEN)
  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  recommendedOn!: string | null;

  @Access(OPEN)
  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  reviewedOn!: string | null;

  @Access(OPEN)
  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  approvedOn!: string | null;

  @Access(OPEN)
  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  disbursedOn!: string | null;

  @Access(OPEN)
  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Access(OPEN)
  @Field(() => Int)
  @Column({ type: 'int' })
  extensionMonths!: number;

  @Access(OPEN)
  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  extensionRateBp!: number | null;

  @Access(OPEN)
  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  extendedDueOn!: string | null;

  @Access(OPEN)
  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  rejectedOn!: string | null;

  @Access(PERSONAL)
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  rejectionReason!: string | null;

  @Access(OPEN)
  @Field(() => DateScalar, { nullable: true, description: 'Repaid or compensated on.' })
  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @Access(OPEN)
  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime' })
  changedAt!: Date;
}
