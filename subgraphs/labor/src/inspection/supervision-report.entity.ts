import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RecordField } from '../../../../shared/auth/decorators';
import { DateScalar } from '../../../../shared/scalars';
import { ReportChannel, ReportStatus, ReportSubject } from './inspection.enums';

@ObjectType({ description: '监督举报 — a report from the public (hotline, letter or visit) about re-employment work or an employer.' })
@Entity('supervision_report')
export class SupervisionReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  /** The county the report concerns, whose bureau handles it. */
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @RecordField('labor:read')
  @Field(() => DateScalar, { description: '受理日期' })
  @Column({ type: 'date' })
  receivedOn!: string;

  @RecordField('labor:read')
  @Field(() => ReportChannel)
  @Column({ type: 'varchar', length: 10 })
  channel!: ReportChannel;

  @RecordField('labor:read')
  @Field(() => ReportSubject)
  @Column({ type: 'varchar', length: 30 })
  subject!: ReportSubject;

  @RecordField('labor:read')
  @Field(() => String, { description: '举报内容' })
  @Column({ type: 'varchar', length: 1000 })
  content!: string;

  @Index()
  @Column({ type: 'varchar', length: 18, nullable: true })
  enterpriseCreditCode!: string | null;

  /** Served masked unless the token has `pii:read` (see SupervisionReportResolver). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  reporterContact!: string | null;

  @RecordField('labor:read')
  @Field(() => ReportStatus)
  @Column({ type: 'varchar', length: 12 })
  status!: ReportStatus;

  @RecordField('labor:read')
  @Field(() => String, { nullable: true, description: '处理情况/答复意见' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  handlingNote!: string | null;

  @RecordField('labor:read')
  @Field(() => DateScalar, { nullable: true, description: '办结日期' })
  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
