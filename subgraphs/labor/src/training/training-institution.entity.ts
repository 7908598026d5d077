import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../../shared/timestamps';
import { DateScalar } from '../../../../shared/scalars';
import { Access } from '../../../../shared/auth/access';

/** An entity so that finance's training subsidies can refer to the institution they pay. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '培训机构 — a vocational training institution; certified ones (资质认定) are subsidised by outcome.' })
@Entity('training_institution')
@Unique('UQ_training_institution_name', ['countyCode', 'name'])
@Index('IDX_training_institution_county', ['countyCode', 'id'])
export class TrainingInstitution {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => ID, { description: 'County (GB/T 2260) whose labor bureau supervises it.' })
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: '资质认定日期 — date of certification by the labor bureau; null if not certified.',
  })
  @Column({ type: 'date', nullable: true })
  certifiedOn!: string | null;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => String, { nullable: true, description: '资质证书编号 — certification document number.' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  certificationNumber!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
