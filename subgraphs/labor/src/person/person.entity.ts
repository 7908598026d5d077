import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../../shared/timestamps';
import { DateScalar } from '../../../../shared/scalars';
import { EmploymentStatus, Gender, HouseholdRole, PersonCategory } from './person.enums';
import { Access } from '../../../../shared/auth/access';

@Directive('@key(fields: "id")')
@ObjectType({ description: '下岗失业人员 — a registered laid-off or unemployed person.' })
@Entity('person')
@Unique('UQ_person_idNumber', ['idNumber'])
@Index('IDX_person_county', ['countyCode', 'id'])
@Index('IDX_person_household', ['householdId'])
@Index('IDX_person_county_household', ['countyCode', 'householdId'])
// Who reaches working age or retirement between two dates (refreshAgedHouseholds).
@Index('IDX_person_birth_date', ['birthDate'])
export class Person {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50 })
  name!: string;

  /** Served by PersonResolver.idNumber: masked unless the token has `pii:read`. */
  @Column({ type: 'varchar', length: 18 })
  idNumber!: string;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => Gender, { nullable: true })
  @Column({ type: 'varchar', length: 6 })
  gender!: Gender;

  /** With the masked ID number it would give the whole number back: `pii:read` only. */
  @Access({ scopes: ['labor:read+pii:read'], county: true, personal: 'identifying' })
  @Field(() => DateScalar, {
    nullable: true,
    description: '出生日期 — in full only with `pii:read` (and then audited); `birthYear` for everyone else.',
  })
  @Column({ type: 'date' })
  birthDate!: string;

  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => String, { nullable: true, description: '街道/社区 — street or community.' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  community!: string | null;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => PersonCategory, { nullable: true })
  @Column({ type: 'varchar', length: 40 })
  category!: PersonCategory;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date' })
  registeredOn!: string;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => ID, { nullable: true, description: 'Household (户) that links spouses and family members.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  householdId!: string | null;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => HouseholdRole, { nullable: true, description: 'Place in the household: 户主, 配偶 or other member.' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  householdRole!: HouseholdRole | null;

  @Access({ scopes: ['labor:read'], county: true, personal: 'personal' })
  @Field(() => EmploymentStatus, { nullable: true })
  @Column({ type: 'varchar', length: 12, default: EmploymentStatus.UNEMPLOYED })
  employmentStatus!: EmploymentStatus;

  // Hardship flags (served as `hardship`): stored so that the registry can be listed and
  // filtered per county in SQL; recomputed for the household in every write that changes it.
  // `fortyFifty` is the one exception: it is as of the registration date here, while the
  // graph serves and filters 4050 by age on the business date (hardshipOn, fortyFiftyCondition).
  @Column({ type: 'boolean', default: false })
  fortyFifty!: boolean;

  @Column({ type: 'boolean', default: false })
  doubleLaidOff!: boolean;

  @Column({ type: 'boolean', default: false })
  doubleUnemployed!: boolean;

  @Column({ type: 'boolean', default: false })
  zeroEmploymentHousehold!: boolean;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
