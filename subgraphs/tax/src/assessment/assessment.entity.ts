import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../../shared/timestamps';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { EnterpriseReliefKind } from './assessment.enums';
import { Access } from '../../../../shared/auth/access';

/**
 * The tax office's finding on an employer (认定): its staff and the certificate holders it
 * hired. What relief it allows follows from these by 财税[2002]208号 (assessment.rules).
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
  @Field(() => Int, { description: '新招用下岗失业人员 — certificate holders hired on ≥ 3-year contracts.' })
  @Column({ type: 'int', transformer: intTransformer })
  hiredCount!: number;

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
