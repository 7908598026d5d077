import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../../shared/timestamps';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { CourseKind } from './training.enums';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: '培训班 — a course (free re-employment training or entrepreneurship training) run by an institution.' })
@Entity('training_course')
@Index('IDX_training_course_institution', ['institutionId', 'id'])
export class TrainingCourse {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', transformer: intTransformer })
  institutionId!: number;

  /** The institution's county, copied so that county-limited tokens are checked on the course itself. */
  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => ID)
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => String, { description: '课程名称, e.g. 家政服务员.' })
  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => CourseKind)
  @Column({ type: 'varchar', length: 20 })
  kind!: CourseKind;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, { description: '开班日期' })
  @Column({ type: 'date' })
  startsOn!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, { description: '结业日期: outcomes ("found work within N months") count from this date.' })
  @Column({ type: 'date' })
  endsOn!: string;

  @CreatedAt()
  createdAt!: Date;
}
