import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../../../shared/timestamps';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { Access } from '../../../../shared/auth/access';

export enum EmploymentKind {
  ENTERPRISE_HIRE = 'ENTERPRISE_HIRE',
  SELF_EMPLOYMENT = 'SELF_EMPLOYMENT',
  FLEXIBLE = 'FLEXIBLE',
  PUBLIC_WELFARE_POST = 'PUBLIC_WELFARE_POST',
  LABOR_EXPORT = 'LABOR_EXPORT',
}
registerEnumType(EmploymentKind, {
  name: 'EmploymentKind',
  valuesConfig: {
    ENTERPRISE_HIRE: { description: '企业吸纳 — hired by an enterprise (employer credit code recorded)' },
    SELF_EMPLOYMENT: { description: '自谋职业 / 自主创业' },
    FLEXIBLE: { description: '灵活就业: part-time, temporary, hourly' },
    PUBLIC_WELFARE_POST: { description: '公益性岗位' },
    LABOR_EXPORT: { description: '劳务输出' },
  },
});

@ObjectType({ description: '就业再就业登记 — a person found work.' })
@Entity('employment_record')
@Index('IDX_employment_person', ['personId'])
@Index('IDX_employment_employer', ['employerCreditCode'])
@Index('IDX_employment_county_started', ['countyCode', 'startedOn'])
@Index('IDX_employment_county_ended', ['countyCode', 'endedOn'])
export class EmploymentRecord {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', transformer: intTransformer })
  personId!: number;

  // The default is the one the migration that added this column to filled tables gave it.
  @Column({ type: 'varchar', length: 6, default: '' })
  countyCode!: string;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => EmploymentKind)
  @Column({ type: 'varchar', length: 24 })
  kind!: EmploymentKind;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  startedOn!: string;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => DateScalar, { nullable: true, description: 'Last day of work; null while the job lasts.' })
  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'varchar', length: 18, nullable: true })
  employerCreditCode!: string | null;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => Int, { nullable: true, description: 'Contract term in months, if any.' })
  @Column({ type: 'int', nullable: true })
  contractMonths!: number | null;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => Boolean, {
    description:
      'The person was a hardship person (4050, double laid-off or unemployed, zero-employment household) when the record started: counts towards hardshipReemployed.',
  })
  @Column({ type: 'boolean', default: false })
  hardship!: boolean;

  /** The public-welfare post this record fills (kind PUBLIC_WELFARE_POST). */
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  postId!: number | null;

  @CreatedAt()
  createdAt!: Date;
}
