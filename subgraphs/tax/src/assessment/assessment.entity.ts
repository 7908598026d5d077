import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../../shared/timestamps';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { AssessmentSource, EnterpriseReliefKind } from './assessment.enums';
import { Access } from '../../../../shared/auth/access';

/**
 * The tax office's finding on an employer (认定): its staff and the certificate holders it
 * hired. What relief it allows follows from these by 财税[2002]208号 (assessment.rules).
 * The figures come from the records (commerce's register, labor's employment records) unless
 * the office overrode them with a reason; the records' figures are kept either way.
 */
@ObjectType({ description: '企业吸纳下岗失业人员认定 — an assessment of an enterprise by its staff and hired certificate holders.' })
@Entity('relief_assessment')
@Index('IDX_relief_assessment_enterprise', ['enterpriseCreditCode'])
export class EnterpriseReliefAssessment {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 18 })
  enterpriseCreditCode!: string;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => EnterpriseReliefKind)
  @Column({ type: 'varchar', length: 30 })
  kind!: EnterpriseReliefKind;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => Int, { description: '职工总数 — staff on the assessment date.' })
  @Column({ type: 'int', transformer: intTransformer })
  staffCount!: number;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => Int, {
    description: '新招用下岗失业人员 — certificate holders hired on ≥ 3-year contracts (≥ 1 year for hires from 2003-08-01).',
  })
  @Column({ type: 'int', transformer: intTransformer })
  hiredCount!: number;

  // Rows older than the records' check were typed in: the column's default marks them so.
  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => AssessmentSource, { description: 'Whether staffCount and hiredCount came from the records or were typed in.' })
  @Column({ type: 'varchar', length: 8, default: AssessmentSource.OVERRIDE })
  source!: AssessmentSource;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => String, { nullable: true, description: 'Why the figures were typed in (OVERRIDE only).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  overrideReason!: string | null;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => Int, {
    nullable: true,
    description: "职工总数 on commerce's register at the assessment; null on assessments made before the records were consulted.",
  })
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  recordedStaffCount!: number | null;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => Int, {
    nullable: true,
    description:
      "Qualifying hires in labor's employment records at the assessment; null on assessments made before the records were consulted.",
  })
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  recordedHiredCount!: number | null;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => DateScalar, { description: '减免起始日 — relief on this assessment runs three years from it.' })
  @Column({ type: 'date' })
  effectiveFrom!: string;

  @Access({ scopes: ['tax:read'], county: true })
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  assessedOn!: string;

  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @CreatedAt()
  createdAt!: Date;
}

/** A certificate holder counted in an assessment; enterprise relief rests on one of them. */
@Entity('relief_assessment_certificate')
@Index('IDX_relief_assessment_certificate', ['certificateNumber'])
export class AssessmentCertificate {
  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  assessmentId!: number;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  certificateNumber!: string;
}
