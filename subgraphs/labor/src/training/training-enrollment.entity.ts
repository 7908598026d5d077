import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../../shared/timestamps';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { EnrollmentStatus } from './training.enums';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: '培训学员 — a registered person enrolled in a training course.' })
@Entity('training_enrollment')
@Unique('UQ_training_enrollment', ['courseId', 'personId'])
@Index('IDX_training_enrollment_person', ['personId'])
export class TrainingEnrollment {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', transformer: intTransformer })
  courseId!: number;

  @Column({ type: 'int', transformer: intTransformer })
  personId!: number;

  /** The course's county: the bureau that runs the course keeps its roll. */
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => DateScalar, { description: '入学日期' })
  @Column({ type: 'date' })
  enrolledOn!: string;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => EnrollmentStatus)
  @Column({ type: 'varchar', length: 12 })
  status!: EnrollmentStatus;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => DateScalar, { nullable: true, description: 'Completion (the course end) or drop-out date.' })
  @Column({ type: 'date', nullable: true })
  resultOn!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
