import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../../shared/timestamps';
import { DateScalar } from '../../../../shared/scalars';
import { ReportChannel, ReportStatus, ReportSubject } from './inspection.enums';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: '监督举报 — a report from the public (hotline, letter or visit) about re-employment work or an employer.' })
@Entity('supervision_report')
@Index('IDX_supervision_report_county', ['countyCode', 'id'])
@Index('IDX_supervision_report_enterprise', ['enterpriseCreditCode'])
export class SupervisionReport {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  /** The county the report concerns, whose bureau handles it. */
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, { description: '受理日期' })
  @Column({ type: 'date' })
  receivedOn!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => ReportChannel)
  @Column({ type: 'varchar', length: 10 })
  channel!: ReportChannel;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => ReportSubject)
  @Column({ type: 'varchar', length: 30 })
  subject!: ReportSubject;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => String, { description: '举报内容' })
  @Column({ type: 'varchar', length: 1000 })
  content!: string;

  @Column({ type: 'varchar', length: 18, nullable: true })
  enterpriseCreditCode!: string | null;

  /** Served masked unless the token has `pii:read` (see SupervisionReportResolver). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  reporterContact!: string | null;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => ReportStatus)
  @Column({ type: 'varchar', length: 12 })
  status!: ReportStatus;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => String, { nullable: true, description: '处理情况/答复意见' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  handlingNote!: string | null;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, { nullable: true, description: '办结日期' })
  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
