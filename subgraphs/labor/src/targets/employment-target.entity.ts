import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, type ValueTransformer } from 'typeorm';
import { UpdatedAt } from '../../../../shared/timestamps';
import { intTransformer } from '../../../../shared/database';
import { Access } from '../../../../shared/auth/access';

/** Percent with two decimals, kept exact as an integer of hundredths (4.5 % ↔ 450). */
const percentTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => (value === null || value === undefined ? value : Math.round(value * 100)),
  from: (value: unknown) => (value === null || value === undefined ? value : Number(value) / 100),
};

/**
 * 目标责任 — yearly employment targets of the city (area 320800) or one county. The joint
 * office sets the whole table at once, and the county figures add up to the city's.
 */
@ObjectType({ description: '目标责任 — yearly employment targets of the city or of one county.' })
@Entity('employment_target')
export class EmploymentTarget {
  @Access({ scopes: [] })
  @Field(() => ID, { description: 'GB/T 2260 code: 320800 for the city, else the county.' })
  @PrimaryColumn({ type: 'varchar', length: 6 })
  areaCode!: string;

  @Access({ scopes: [] })
  @Field(() => Int)
  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  year!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '开发就业岗位' })
  @Column({ type: 'int', transformer: intTransformer })
  jobsCreated!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '净增就业人数' })
  @Column({ type: 'int', transformer: intTransformer })
  netNewEmployment!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '实现就业再就业' })
  @Column({ type: 'int', transformer: intTransformer })
  reemployed!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '帮助"4050"等就业困难人员再就业' })
  @Column({ type: 'int', transformer: intTransformer })
  hardshipReemployed!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '农村富余劳动力劳务输出' })
  @Column({ type: 'int', transformer: intTransformer })
  ruralLaborExported!: number;

  @Access({ scopes: [] })
  @Field(() => Float, { description: '城镇登记失业率 — the ceiling, in percent (4.5 = 4.5 %).' })
  @Column({ type: 'int', transformer: percentTransformer })
  registeredUnemploymentRate!: number;

  @UpdatedAt()
  updatedAt!: Date;
}

export const TARGET_COUNTS = ['jobsCreated', 'netNewEmployment', 'reemployed', 'hardshipReemployed', 'ruralLaborExported'] as const;
export type TargetCount = (typeof TARGET_COUNTS)[number];
export type TargetFigures = Record<TargetCount, number> & { registeredUnemploymentRate: number };
