import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../../shared/timestamps';
import { fenTransformer, intTransformer } from '../../../../shared/database';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { CaseOutcome, CaseStatus, InspectionKind } from './inspection.enums';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: '劳动监察案件 — a labor inspection case against an enterprise.' })
@Entity('labor_inspection_case')
@Index('IDX_inspection_case_county', ['countyCode', 'id'])
@Index('IDX_inspection_case_enterprise', ['enterpriseCreditCode'])
@Index('IDX_inspection_case_report', ['reportId'])
export class InspectionCase {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  /** The county bureau that handles the case. */
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Column({ type: 'varchar', length: 18 })
  enterpriseCreditCode!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => InspectionKind)
  @Column({ type: 'varchar', length: 30 })
  kind!: InspectionKind;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, { description: '立案日期' })
  @Column({ type: 'date' })
  openedOn!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => String, { description: '案情摘要' })
  @Column({ type: 'varchar', length: 500 })
  summary!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => Int, { description: '涉及劳动者人数' })
  @Column({ type: 'int', transformer: intTransformer })
  workersAffected!: number;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => CaseStatus)
  @Column({ type: 'varchar', length: 10 })
  status!: CaseStatus;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, { nullable: true, description: '结案日期' })
  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => CaseOutcome, { nullable: true, description: '处理结果' })
  @Column({ type: 'varchar', length: 12, nullable: true })
  outcome!: CaseOutcome | null;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => String, { nullable: true, description: '结案意见' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  outcomeNote!: string | null;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => MoneyScalar, { nullable: true, description: '追发工资或补缴社会保险费 — wages or contributions recovered for the workers.' })
  @Column({ type: 'bigint', nullable: true, transformer: fenTransformer })
  amountRecovered!: bigint | null;

  /** The supervision report (监督举报) the case was opened on, if any. */
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  reportId!: number | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
